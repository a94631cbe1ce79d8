// PositionReader: lazy decoding of one document's positions (byte varint gaps), for phrase checks.

/// Decodes one document's positions lazily, so a phrase check can stop at the first match. Positions
/// stay byte varints: nearly all gaps of a frequent word take one byte, which this loop reads faster than
/// any bit-packed layout measured (a phrase check reads "of" up to each candidate start).
struct PositionReader {
    private var pointer: UnsafePointer<UInt8>
    private let end: UnsafePointer<UInt8>
    /// The current position (−1 before the first `next()`; `Int32.max` once exhausted).
    private(set) var position: Int32 = -1
    private var sum: Int32 = 0

    init(start: UnsafePointer<UInt8>, count: Int) {
        pointer = start
        end = start + count
    }

    @inline(__always)
    mutating func next() -> Bool {
        guard pointer < end else { position = Int32.max; return false }
        sum += Int32(VarInt.read(&pointer))
        position = sum
        return true
    }

    /// Moves to the first position ≥ `target`; false if there is none. The hot loop of phrase checks, so
    /// it runs on locals and decodes one-byte gaps, nearly all of them, without the general varint path.
    @inline(__always)
    mutating func advance(to target: Int32) -> Bool {
        if position >= target { return true }
        var p = pointer, s = sum
        while p < end {
            let b = p.pointee
            if b < 0x80 {
                s &+= Int32(b)
                p += 1
            } else {
                s &+= Int32(bitPattern: VarInt.read(&p))
            }
            if s >= target {
                pointer = p; sum = s; position = s
                return true
            }
        }
        pointer = p; sum = s; position = Int32.max
        return false
    }
}
