// PostingCursor: forward iteration over one term's postings, with skip-based advance and lazy positions.

/// All postings, immutable after build. Per term: a docs stream of (doc delta, position-bytes length)
/// varint pairs (the first delta counts from −1) and a positions stream of per-document position deltas.
final class PostingStorage: @unchecked Sendable {
    let docBytes: ByteBuffer, posBytes: ByteBuffer
    let docStart: [Int], posStart: [Int]
    let df: [UInt32], cf: [UInt32]
    let skipStart: [UInt32]
    let skips: [SkipEntry]

    init(docBytes: ByteBuffer, posBytes: ByteBuffer, docStart: [Int], posStart: [Int], df: [UInt32],
         cf: [UInt32], skipStart: [UInt32], skips: [SkipEntry]) {
        self.docBytes = docBytes; self.posBytes = posBytes; self.docStart = docStart; self.posStart = posStart
        self.df = df; self.cf = cf; self.skipStart = skipStart; self.skips = skips
    }
}

/// Iterates the documents containing a term in ascending order. Start with `next()` or `advance(to:)`;
/// `document` is −1 before the first call and `Int.max` once exhausted. Keeps its index alive.
public struct PostingCursor {
    private let storage: PostingStorage
    private let docBase: UnsafePointer<UInt8>, posBase: UnsafePointer<UInt8>
    private var docPointer: UnsafePointer<UInt8>
    private var posPointer: UnsafePointer<UInt8>
    private var posLength = 0
    private var ordinal = 0
    private let skipRange: Range<Int>
    /// Number of documents in the list.
    public let documentFrequency: Int
    /// The current document (−1 before start, `Int.max` at the end).
    public private(set) var document = -1

    init(storage: PostingStorage, term: Int) {
        self.storage = storage
        docBase = UnsafePointer(storage.docBytes.base + storage.docStart[term])
        posBase = UnsafePointer(storage.posBytes.base + storage.posStart[term])
        docPointer = docBase
        posPointer = posBase
        documentFrequency = Int(storage.df[term])
        skipRange = Int(storage.skipStart[term])..<Int(storage.skipStart[term + 1])
    }

    /// Moves to the next document; false at the end.
    @inline(__always)
    public mutating func next() -> Bool {
        guard ordinal < documentFrequency else { document = Int.max; return false }
        posPointer += posLength
        document += Int(VarInt.read(&docPointer))
        posLength = Int(VarInt.read(&docPointer))
        ordinal += 1
        return true
    }

    /// Moves to the first document ≥ `target` (never backwards); false at the end.
    @inline(__always)
    public mutating func advance(to target: Int) -> Bool {
        if document >= target { return document != Int.max }
        if skipRange.count > 0 && target - document > 8 { skip(to: target) }
        while document < target { if !next() { return false } }
        return true
    }

    /// Jumps to the last skip block that starts before `target`, if it is ahead of us.
    private mutating func skip(to target: Int) {
        var lo = skipRange.lowerBound, hi = skipRange.upperBound
        while lo < hi {
            let mid = (lo + hi) >> 1
            if Int(storage.skips[mid].baseDoc) < target { lo = mid + 1 } else { hi = mid }
        }
        let block = lo - 1
        guard block >= skipRange.lowerBound else { return }
        let blockOrdinal = (block - skipRange.lowerBound) * IndexBuilder.skipInterval
        guard blockOrdinal > ordinal else { return }
        let entry = storage.skips[block]
        docPointer = docBase + Int(entry.docOffset)
        posPointer = posBase + Int(entry.posOffset)
        posLength = 0
        document = Int(entry.baseDoc)
        ordinal = blockOrdinal
    }

    /// Occurrences of the term in the current document.
    public var termFrequency: Int {
        var n = 0
        for i in 0..<posLength where posPointer[i] < 0x80 { n += 1 }
        return n
    }

    /// Appends the term's positions in the current document (ascending) to `out`.
    @inline(__always)
    public func positions(into out: inout [Int32]) {
        var p = posPointer
        let end = posPointer + posLength
        var position: Int32 = 0
        while p < end {
            position += Int32(VarInt.read(&p))
            out.append(position)
        }
    }

    /// A streaming decoder over the current document's positions (valid while this cursor's index lives).
    var positionReader: PositionReader { PositionReader(start: posPointer, count: posLength) }

    /// The term's positions in the current document.
    public var positions: [Int32] {
        var out: [Int32] = []
        positions(into: &out)
        return out
    }
}

/// Decodes one document's positions lazily, so a phrase check can stop at the first match.
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

    /// Moves to the first position ≥ `target`; false if there is none. The hot loop of phrase checks (a
    /// frequent word such as "the" is read up to each candidate start), so it runs on locals and decodes
    /// one-byte deltas, nearly all of them, without the general varint path.
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
