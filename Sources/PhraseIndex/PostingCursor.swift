// PostingCursor: forward iteration over one term's postings, reading bit-packed document gaps in place.

/// Iterates the documents containing a term in ascending order. Start with `next()` or `advance(to:)`;
/// `document` is −1 before the first call and `Int.max` once exhausted. Keeps its index alive.
/// Nothing is decoded ahead: a step reads one gap where it lies, so a cursor that skips (a rare word's
/// documents probed in a common word's list) reads only the gaps up to its target in one block.
public struct PostingCursor {
    private let storage: PostingStorage
    private let docData: UnsafePointer<UInt8>, posData: UnsafePointer<UInt8>
    private let skips: UnsafePointer<SkipEntry>
    private let blockCount: Int
    private var block = -1
    /// Index of `document` in the block, and the block's document count.
    private var k = -1, n = 0
    /// Last document of the block (`Int.max` for a term's only block, which has no skip entry).
    private var lastInBlock = -1
    /// A gap block's fields (gap − 1, then position byte count − 1 above it), their width and masks.
    private var fields: UnsafePointer<UInt8>
    private var fieldWidth = 0, gapWidth = 0
    private var fieldMask: UInt64 = 0, gapMask: UInt64 = 0
    /// Where the block's positions start, and the current document's positions from there.
    private var blockPositions: UnsafePointer<UInt8>
    private var positionOffset = 0, positionLength = 0
    /// Number of documents in the list.
    public let documentFrequency: Int
    /// The current document (−1 before start, `Int.max` at the end).
    public private(set) var document = -1

    init(storage: PostingStorage, term: Int) {
        self.storage = storage
        docData = storage.docBytes.base + Int(storage.docStart[term])
        posData = storage.posBytes.base + Int(storage.posStart[term])
        skips = storage.skips.base + Int(storage.skipStart[term])
        documentFrequency = Int(storage.df[term])
        blockCount = PostingStorage.docBlocks(documentFrequency)
        fields = docData
        blockPositions = posData
    }

    /// Moves to the block's next document (there must be one), reading its field where it lies.
    @inline(__always)
    private mutating func step() {
        k &+= 1
        let f = BitPacking.field(fields, k, fieldWidth, fieldMask)
        document &+= Int(truncatingIfNeeded: f & gapMask) &+ 1
        positionOffset &+= positionLength
        positionLength = Int(truncatingIfNeeded: f >> UInt64(gapWidth)) &+ 1
    }

    /// Moves to the next document; false at the end.
    @inline(__always)
    public mutating func next() -> Bool {
        if k &+ 1 < n {
            step()
            return true
        }
        return nextBlock()
    }

    @inline(never)
    private mutating func nextBlock() -> Bool {
        guard block &+ 1 < blockCount else { return exhaust() }
        load(block &+ 1)
        step()
        return true
    }

    private mutating func exhaust() -> Bool {
        block = blockCount
        k = n
        document = Int.max
        return false
    }

    /// Moves to the first document ≥ `target` (never backwards); false at the end.
    @inline(__always)
    public mutating func advance(to target: Int) -> Bool {
        if document >= target { return document != Int.max }
        // A term's only block has no skip entry, so its last document is unknown: `seek` steps it with a bound.
        if target > lastInBlock || blockCount == 1 { return seek(target) }
        // target ≤ the block's last document
        repeat { step() } while document < target
        return true
    }

    /// Moves to the first later block whose last document is ≥ `target` (skip entries, galloping from the
    /// current block), then steps to the target in it; false (exhausted) if there is none.
    @inline(never)
    private mutating func seek(_ target: Int) -> Bool {
        var b = block &+ 1
        if blockCount > 1 {
            if b < blockCount && Int(skips[b].lastDoc) < target {
                var lo = b, stride = 1, hi = b &+ 1
                while hi < blockCount && Int(skips[hi].lastDoc) < target {
                    lo = hi
                    stride &<<= 1
                    hi = lo &+ stride
                }
                if hi > blockCount { hi = blockCount }
                while hi &- lo > 1 {
                    let mid = (lo &+ hi) >> 1
                    if Int(skips[mid].lastDoc) < target { lo = mid } else { hi = mid }
                }
                b = hi
            }
            guard b < blockCount else { return exhaust() }
            load(b)
            repeat { step() } while document < target
            return true
        }
        // The term's only block: step until the target or its end.
        if b == 0 {
            guard blockCount == 1 else { return exhaust() }
            load(0)
        }
        while document < target {
            guard k &+ 1 < n else { return exhaust() }
            step()
        }
        return true
    }

    /// Moves to block `b`, before its first document.
    @inline(never)
    private mutating func load(_ b: Int) {
        n = min(PostingStorage.docBlockSize, documentFrequency &- (b << PostingStorage.docBlockShift))
        var offset = 0
        blockPositions = posData
        lastInBlock = Int.max
        document = -1
        if blockCount > 1 {
            let entry = skips[b]
            offset = Int(entry.docOffset)
            blockPositions = posData + Int(entry.posOffset)
            lastInBlock = Int(entry.lastDoc)
            if b > 0 { document = Int(skips[b &- 1].lastDoc) }
        }
        let p = docData + offset
        gapWidth = Int(p[0])
        fieldWidth = gapWidth &+ Int(p[1])
        gapMask = BitPacking.mask(gapWidth)
        fieldMask = BitPacking.mask(fieldWidth)
        fields = p + 2
        positionOffset = 0
        positionLength = 0
        block = b
        k = -1
    }

    /// Occurrences of the term in the current document.
    public var termFrequency: Int {
        let start = blockPositions + positionOffset
        var count = 0
        for j in 0..<positionLength where start[j] < 0x80 { count += 1 }
        return count
    }

    /// Appends the term's positions in the current document (ascending) to `out`.
    public func positions(into out: inout [Int32]) {
        var p = blockPositions + positionOffset
        let end = p + positionLength
        var position: Int32 = 0
        while p < end {
            position &+= Int32(bitPattern: VarInt.read(&p))
            out.append(position)
        }
    }

    /// A streaming decoder over the current document's positions (valid while this cursor's index lives).
    var positionReader: PositionReader { PositionReader(start: blockPositions + positionOffset, count: positionLength) }

    /// The term's positions in the current document.
    public var positions: [Int32] {
        var out: [Int32] = []
        positions(into: &out)
        return out
    }
}
