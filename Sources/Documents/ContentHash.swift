// ContentHash: a 128-bit hash of a file's bytes, the key under which its extracted text is cached.

/// Two independent 64-bit lanes over 8-byte words, finished with MurmurHash3's avalanche. Not for
/// security: a key that tells one file's content from another's.
public enum ContentHash {
    public static func hex(_ bytes: [UInt8]) -> String {
        var h1: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var h2: UInt64 = 0xC2B2_AE3D_27D4_EB4F &+ UInt64(bytes.count)
        bytes.withUnsafeBytes { raw in
            let n = raw.count
            var i = 0
            while i + 8 <= n {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian
                h1 = rotate((h1 ^ w) &* 0x87C3_7B91_1142_53D5, 31) &+ h2
                h2 = rotate((h2 ^ (w &* 0x4CF5_AD43_2745_937F)) &* 0x5279_4D3E_6A3C_5C65, 33) &+ h1
                i += 8
            }
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < n { tail |= UInt64(raw[i]) << shift; shift += 8; i += 1 }
            h1 = rotate((h1 ^ tail) &* 0x87C3_7B91_1142_53D5, 31) &+ h2
            h2 = rotate((h2 ^ (tail &* 0x4CF5_AD43_2745_937F)) &* 0x5279_4D3E_6A3C_5C65, 33) &+ h1
        }
        h1 = mix(h1 &+ h2); h2 = mix(h2 &+ h1)
        return hex64(h1) + hex64(h2)
    }

    private static func rotate(_ x: UInt64, _ r: UInt64) -> UInt64 { (x << r) | (x >> (64 - r)) }

    private static func mix(_ k: UInt64) -> UInt64 {
        var k = k
        k ^= k >> 33; k = k &* 0xFF51_AFD7_ED55_8CCD
        k ^= k >> 33; k = k &* 0xC4CE_B9FE_1A85_EC53
        k ^= k >> 33
        return k
    }

    private static func hex64(_ v: UInt64) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
