// BitPacking: fixed-width bit packing of UInt32 runs, with random access to any value of a run.

/// Values of one run all take `width` bits (0...32), least significant bit first, value k at bit k·width.
/// A run of n values takes `byteCount(n, width)` bytes. Readers load whole 8-byte words, so every
/// stream that holds runs keeps `BitPacking.slack` readable bytes past its end.
enum BitPacking {
    /// Bytes that must stay readable after the last run of a stream (one unaligned 8-byte load).
    static let slack = 16

    /// Bits needed for `value` (0 for 0).
    @inline(__always)
    static func width(_ value: UInt32) -> Int { 32 &- value.leadingZeroBitCount }

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

    /// Value `k` of a run at `p` (needs `slack` bytes after the run).
    @inline(__always)
    static func value(_ p: UnsafePointer<UInt8>, _ k: Int, _ width: Int) -> UInt32 {
        let bit = k &* width
        let word = UnsafeRawPointer(p + (bit >> 3)).loadUnaligned(as: UInt64.self)
        return UInt32(truncatingIfNeeded: (word >> UInt64(bit & 7)) & mask(width))
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

    /// The smallest width in {0, 1, 2, 4, 8, 16, 32} that holds `value`: runs of such widths never split a
    /// field across 8-byte words, so `prefixSum` adds a word's fields at once.
    @inline(__always)
    static func wordAlignedWidth(_ value: UInt32) -> Int {
        let w = width(value)
        return w <= 2 ? w : 1 << (64 - UInt64(w - 1).leadingZeroBitCount)
    }

    /// Sum of the first `count` values of a run whose width is in {0, 1, 2, 4, 8, 16, 32}: a word at a time.
    @inline(__always)
    static func prefixSum(_ p: UnsafePointer<UInt8>, _ count: Int, width: Int) -> Int {
        switch width {
        case 0: return 0
        case 1: return fieldSums(Bits<1>(), p, count)
        case 2: return fieldSums(Bits<2>(), p, count)
        case 4: return fieldSums(Bits<4>(), p, count)
        case 8: return fieldSums(Bits<8>(), p, count)
        case 16: return fieldSums(Bits<16>(), p, count)
        default: return fieldSums(Bits<32>(), p, count)
        }
    }

    @inline(__always)
    private static func fieldSums<let W: Int>(_ bits: Bits<W>, _ p: UnsafePointer<UInt8>, _ count: Int) -> Int {
        let raw = UnsafeRawPointer(p)
        var remaining = count &* W, byte = 0, sum = 0
        while remaining >= 64 {
            sum &+= fieldSum(bits, raw.loadUnaligned(fromByteOffset: byte, as: UInt64.self))
            byte &+= 8
            remaining &-= 64
        }
        if remaining > 0 {
            let word = raw.loadUnaligned(fromByteOffset: byte, as: UInt64.self) & ((1 << UInt64(remaining)) &- 1)
            sum &+= fieldSum(bits, word)
        }
        return sum
    }

    /// Sum of the W-bit fields of a word (SWAR: pairwise lane sums, then one multiply).
    @inline(__always)
    private static func fieldSum<let W: Int>(_: Bits<W>, _ x: UInt64) -> Int {
        switch W {
        case 1: return x.nonzeroBitCount
        case 2: return x.nonzeroBitCount &+ (x & 0xAAAA_AAAA_AAAA_AAAA).nonzeroBitCount
        case 4:
            let y = (x & 0x0F0F_0F0F_0F0F_0F0F) &+ ((x >> 4) & 0x0F0F_0F0F_0F0F_0F0F)
            return Int((y &* 0x0101_0101_0101_0101) >> 56)
        case 8:
            let y = (x & 0x00FF_00FF_00FF_00FF) &+ ((x >> 8) & 0x00FF_00FF_00FF_00FF)
            return Int((y &* 0x0001_0001_0001_0001) >> 48)
        case 16:
            let y = (x & 0x0000_FFFF_0000_FFFF) &+ ((x >> 16) & 0x0000_FFFF_0000_FFFF)
            return Int((y &* 0x0000_0001_0000_0001) >> 32)
        default: return Int(x & 0xFFFF_FFFF) &+ Int(x >> 32)
        }
    }

    /// Unpacks gaps `from..<to` of a run (each stored as gap − 1; `from` a multiple of 8) and writes their
    /// running sum from `base`, the id before them: ascending ids. Returns the last. Dispatches on the
    /// width so that each case runs with it constant: 8 values per `width` bytes with constant shifts and
    /// no bit counter, half the instructions of the general loop (which the tail uses).
    static func unpackAscending(_ p: UnsafePointer<UInt8>, from: Int, to: Int, width: Int, base: Int32,
                                into out: UnsafeMutablePointer<Int32>) -> Int32 {
        let q = p + (from >> 3) &* width, o = out + from, n = to &- from
        let done: (count: Int, sum: Int32)
        switch width {
        case 0:
            for k in 0..<n { o[k] = base &+ Int32(truncatingIfNeeded: k) &+ 1 }
            return base &+ Int32(truncatingIfNeeded: n)
        case 1: done = ascending(Bits<1>(), q, n, base, o)
        case 2: done = ascending(Bits<2>(), q, n, base, o)
        case 3: done = ascending(Bits<3>(), q, n, base, o)
        case 4: done = ascending(Bits<4>(), q, n, base, o)
        case 5: done = ascending(Bits<5>(), q, n, base, o)
        case 6: done = ascending(Bits<6>(), q, n, base, o)
        case 7: done = ascending(Bits<7>(), q, n, base, o)
        case 8: done = ascending(Bits<8>(), q, n, base, o)
        case 9: done = ascending(Bits<9>(), q, n, base, o)
        case 10: done = ascending(Bits<10>(), q, n, base, o)
        case 11: done = ascending(Bits<11>(), q, n, base, o)
        case 12: done = ascending(Bits<12>(), q, n, base, o)
        case 13: done = ascending(Bits<13>(), q, n, base, o)
        case 14: done = ascending(Bits<14>(), q, n, base, o)
        case 15: done = ascending(Bits<15>(), q, n, base, o)
        case 16: done = ascending(Bits<16>(), q, n, base, o)
        default: done = (0, base)
        }
        let m = mask(width)
        let raw = UnsafeRawPointer(q)
        var sum = done.sum
        var bit = done.count &* width
        for k in done.count..<n {
            let word = raw.loadUnaligned(fromByteOffset: bit >> 3, as: UInt64.self)
            sum &+= Int32(truncatingIfNeeded: (word >> UInt64(bit & 7)) & m) &+ 1
            o[k] = sum
            bit &+= width
        }
        return sum
    }

    /// A width as a type, so that `ascending` is specialized with it constant.
    struct Bits<let W: Int> {}

    /// The whole groups of 8 of `unpackAscending`; returns how many values it wrote and their sum.
    @inline(__always)
    private static func ascending<let W: Int>(_: Bits<W>, _ p: UnsafePointer<UInt8>, _ n: Int, _ base: Int32,
                                              _ out: UnsafeMutablePointer<Int32>) -> (count: Int, sum: Int32) {
        let m = mask(W)
        let raw = UnsafeRawPointer(p)
        var k = 0, byte = 0
        var sum = base
        while k &+ 8 <= n {
            for j in 0..<8 {
                let bit = j &* W
                let word = raw.loadUnaligned(fromByteOffset: byte &+ (bit >> 3), as: UInt64.self)
                sum &+= Int32(truncatingIfNeeded: (word >> UInt64(bit & 7)) & m) &+ 1
                out[k &+ j] = sum
            }
            k &+= 8
            byte &+= W
        }
        return (k, sum)
    }
}
