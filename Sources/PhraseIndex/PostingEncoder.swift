// PostingEncoder: writes terms' postings in the layout of PostingStorage, one term after another.

/// Encodes a sequence of terms into one doc stream and one position stream (a worker's share of the
/// vocabulary). Per term: `begin`, then `add(document:positionBytes:)` per document in order, with its
/// position bytes appended by `appendPositions` at any time before `end`. Offsets recorded here are
/// relative to this encoder's streams.
struct PostingEncoder {
    let docOut = ByteBuffer(capacity: 1 << 16)
    let posOut = ByteBuffer(capacity: 1 << 16)
    private(set) var skips: [SkipEntry] = []
    /// Per encoded term: start of its doc stream, of its position stream and of its skips.
    private(set) var docStart: [Int] = [], posStart: [Int] = [], skipStart: [Int] = []

    private let gaps = UnsafeMutablePointer<UInt64>.allocate(capacity: PostingStorage.docBlockSize)
    private let lengths = UnsafeMutablePointer<UInt64>.allocate(capacity: PostingStorage.docBlockSize)
    private var documents = 0
    private var lastDoc: Int32 = -1
    private var positionBytes = 0, blockPositionBytes = 0
    private var maxGap: UInt64 = 0, maxLength: UInt64 = 0
    private var withSkips = false

    func release() {
        gaps.deallocate(); lengths.deallocate()
        docOut.release(); posOut.release()
    }

    /// Starts a term with `df` documents.
    mutating func begin(df: Int) {
        docStart.append(docOut.count)
        posStart.append(posOut.count)
        skipStart.append(skips.count)
        withSkips = df > PostingStorage.docBlockSize
        documents = 0
        lastDoc = -1
        positionBytes = 0; blockPositionBytes = 0
        maxGap = 0; maxLength = 0
    }

    /// The next document of the term, whose positions take `positionBytes` (≥ 1) bytes.
    @inline(__always)
    mutating func add(document: Int32, positionBytes count: Int) {
        if documents == PostingStorage.docBlockSize { flush() }
        let gap = UInt64(document &- lastDoc &- 1), length = UInt64(count &- 1)
        gaps[documents] = gap
        lengths[documents] = length
        maxGap |= gap
        maxLength |= length
        lastDoc = document
        documents &+= 1
        positionBytes &+= count
    }

    /// Appends position bytes of the term's documents, in order.
    mutating func appendPositions(_ bytes: UnsafePointer<UInt8>, count: Int) { posOut.append(bytes, count: count) }

    mutating func end() {
        if documents > 0 { flush() }
        precondition(posOut.count - posStart[posStart.count - 1] == positionBytes, "positions do not match their counts")
        precondition(documents == 0)
    }

    /// Writes the pending documents as one block: per document one field, the gap − 1 in its low
    /// `gapWidth` bits and the position byte count − 1 above, after a byte for each width.
    private mutating func flush() {
        let gapWidth = 64 - maxGap.leadingZeroBitCount, lengthWidth = 64 - maxLength.leadingZeroBitCount
        let offset = docOut.count - docStart[docStart.count - 1]
        let gapBytes = BitPacking.byteCount(documents, gapWidth + lengthWidth)
        for k in 0..<documents { gaps[k] |= lengths[k] << UInt64(gapWidth) }
        docOut.reserve(2 + gapBytes + BitPacking.slack)
        docOut.base[docOut.count] = UInt8(gapWidth)
        docOut.base[docOut.count + 1] = UInt8(lengthWidth)
        docOut.count += 2
        docOut.count += BitPacking.pack(gaps, documents, width: gapWidth + lengthWidth, into: docOut.base + docOut.count)
        if withSkips {
            precondition(offset <= Int(UInt32.max) && blockPositionBytes <= Int(UInt32.max), "posting list too long")
            skips.append(SkipEntry(lastDoc: lastDoc, docOffset: UInt32(offset), posOffset: UInt32(blockPositionBytes)))
        }
        blockPositionBytes = positionBytes
        documents = 0
        maxGap = 0; maxLength = 0
    }
}
