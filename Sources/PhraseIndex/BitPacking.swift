// BitPacking: fixed-width bit packing of integer runs, with random access to any value of a run.

/// Values of one run all take `width` bits (0...64), least significant bit first, value k at bit k·width.
/// A run of n values takes `byteCount(n, width)` bytes. Readers load whole 8-byte words, so every
/// stream that holds runs keeps `BitPacking.slack` readable bytes past its end.
enum BitPacking {
    /// Bytes that must stay readable after the last run of a stream (one unaligned 8-byte load).
    static let slack = 16

    @inline(__always)
    static func byteCount(_ n: Int, _ width: Int) -> Int { (n &* width &+ 7) >> 3 }

    @inline(__always)
    static func mask(_ width: Int) -> UInt64 { width >= 64 ? ~0 : (1 << UInt64(width)) &- 1 }

    /// Field `k` of a run of `width` ≤ 64 bits at `p`, masked by `mask` (needs `slack` bytes after the run).
    /// Fields up to 57 bits take one 8-byte load; wider ones (a pathological document) a second.
    @inline(__always)
    static func field(_ p: UnsafePointer<UInt8>, _ k: Int, _ width: Int, _ mask: UInt64) -> UInt64 {
        let bit = k &* width, shift = UInt64(bit & 7)
        var word = UnsafeRawPointer(p + (bit >> 3)).loadUnaligned(as: UInt64.self) >> shift
        if width > 57 && shift > 0 {
            word |= UInt64(p[(bit >> 3) &+ 8]) << (64 &- shift)
        }
        return word & mask
    }

    /// Packs `values[0..<n]` at `out`, which must hold `byteCount(n, width) + slack` writable bytes;
    /// returns the bytes used. Every value must fit in `width` (≤ 64) bits.
    static func pack<T: FixedWidthInteger & UnsignedInteger>(_ values: UnsafePointer<T>, _ n: Int, width: Int,
                                                            into out: UnsafeMutablePointer<UInt8>) -> Int {
        let bytes = byteCount(n, width)
        out.update(repeating: 0, count: bytes + slack)
        guard width > 0 else { return 0 }
        let raw = UnsafeMutableRawPointer(out)
        var bit = 0
        for k in 0..<n {
            let at = bit >> 3, shift = UInt64(bit & 7), v = UInt64(values[k])
            let word = raw.loadUnaligned(fromByteOffset: at, as: UInt64.self) | (v << shift)
            raw.storeBytes(of: word, toByteOffset: at, as: UInt64.self)
            if shift > 0 && width &+ Int(shift) > 64 { out[at &+ 8] |= UInt8(truncatingIfNeeded: v >> (64 &- shift)) }
            bit &+= width
        }
        return bytes
    }
}
