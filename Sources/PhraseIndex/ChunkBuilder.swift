// ChunkBuilder: tokenizes one contiguous range of documents and encodes its partial postings.

/// A document to index: opaque text plus its segments (findings, headings, front matter) as byte ranges.
/// Segments must be sorted, non-overlapping and inside the text; they need not cover it.
/// A token belongs to the segment whose range contains the token's first byte.
public struct SourceDocument: Sendable {
    public var text: String
    public var segments: [Range<Int>]

    public init(text: String, segments: [Range<Int>]) {
        self.text = text
        self.segments = segments
    }
}

/// Partial index over documents `firstDocument..<firstDocument + docTokenCount.count`.
/// Per local term, the docs stream omits the first doc delta (kept as `firstDoc`) so the merge can
/// re-base it; the result is byte-identical whatever the chunking. Immutable once built.
final class ChunkPostings: @unchecked Sendable {
    let terms: TermTable
    let df: [UInt32], cf: [UInt32]
    let firstDoc: [Int32], lastDoc: [Int32]
    let docRange: [UInt32], posRange: [UInt32]  // start offsets, count + 1 entries each
    let docBytes: ByteBuffer, posBytes: ByteBuffer
    let docTokenCount: [UInt32]
    let segTokenStart: [UInt32], segTokenEnd: [UInt32], segFirstTokenByte: [UInt32]

    init(terms: TermTable, encoded: EncodedPostings, layout: ChunkBuilder.Layout) {
        self.terms = terms
        df = encoded.df; cf = encoded.cf; firstDoc = encoded.firstDoc; lastDoc = encoded.lastDoc
        docRange = encoded.docRange; posRange = encoded.posRange
        docBytes = encoded.docBytes; posBytes = encoded.posBytes
        docTokenCount = layout.docTokenCount
        segTokenStart = layout.segTokenStart; segTokenEnd = layout.segTokenEnd
        segFirstTokenByte = layout.segFirstTokenByte
    }
}

/// Encoded postings of one chunk, per local term.
struct EncodedPostings {
    var df: [UInt32] = [], cf: [UInt32] = []
    var firstDoc: [Int32] = [], lastDoc: [Int32] = []
    var docRange: [UInt32] = [], posRange: [UInt32] = []
    var docBytes = ByteBuffer(capacity: 16), posBytes = ByteBuffer(capacity: 16)
}

enum ChunkBuilder {
    struct Layout {
        var docTokenCount: [UInt32] = []
        var segTokenStart: [UInt32] = [], segTokenEnd: [UInt32] = [], segFirstTokenByte: [UInt32] = []
    }

    /// Builds the partial index for `documents[range]`.
    static func build(_ documents: [SourceDocument], _ range: Range<Int>) -> ChunkPostings {
        var scanner = ASCIIScanner()
        var byteCount = 0
        for d in range { byteCount += documents[d].text.utf8.count }
        // Sized to the text (a small corpus must not pay for clearing a big table at start-up); it grows as needed.
        var table = TermHash(expected: min(1 << 14, max(256, byteCount / 64)))
        // A token takes at least one byte and a separator, so half the bytes (plus one per document) bound the
        // token count; untouched pages of this reservation never become resident.
        let idCapacity = byteCount / 2 + range.count + 16
        let ids = RawMemory.allocate(UInt32.self, capacity: idCapacity)
        defer { RawMemory.free(ids, capacity: idCapacity) }
        var tokenTotal = 0
        var layout = Layout()
        layout.docTokenCount.reserveCapacity(range.count)
        let asciiTable = Normalizer.asciiTable

        for d in range {
            let doc = documents[d]
            let segments = doc.segments
            // Boundaries lo0, hi0, lo1, hi1, ... are sorted; each gets the first position whose token starts at or after it.
            var boundaries: [Int] = []
            boundaries.reserveCapacity(segments.count * 2)
            var previousEnd = 0
            for s in segments {
                precondition(s.lowerBound >= previousEnd, "segments must be sorted and non-overlapping")
                boundaries.append(s.lowerBound)
                boundaries.append(s.upperBound)
                previousEnd = s.upperBound
            }
            var boundaryPositions = [UInt32](repeating: 0, count: boundaries.count)
            var firstBytes = segments.map { UInt32(clamping: $0.lowerBound) }
            var k = 0
            var position: UInt32 = 0
            Tokenizer.withBytes(doc.text) { buffer in
                guard let base = buffer.baseAddress else { return }
                asciiTable.withUnsafeBufferPointer { tablePointer in
                    scanner.scan(base, count: buffer.count, table: tablePointer.baseAddress!) { folded, length, start, padded in
                        while k < boundaries.count && boundaries[k] <= start {
                            boundaryPositions[k] = position
                            if k & 1 == 0 && start < boundaries[k + 1] { firstBytes[k >> 1] = UInt32(start) }
                            k += 1
                        }
                        ids[tokenTotal] = padded ? table.internPadded(folded, length) : table.intern(folded, length)
                        tokenTotal += 1
                        position += 1
                    }
                }
            }
            while k < boundaries.count { boundaryPositions[k] = position; k += 1 }
            for i in 0..<segments.count {
                layout.segTokenStart.append(boundaryPositions[2 * i])
                layout.segTokenEnd.append(boundaryPositions[2 * i + 1])
                layout.segFirstTokenByte.append(firstBytes[i])
            }
            layout.docTokenCount.append(position)
        }
        precondition(tokenTotal <= idCapacity)
        let encoded = encode(termCount: table.count, UnsafeBufferPointer(start: ids, count: tokenTotal), layout.docTokenCount,
                             firstDocument: range.lowerBound)
        return ChunkPostings(terms: TermTable(table), encoded: encoded, layout: layout)
    }

    /// Counting sort of (doc, position) by term, then varint encoding per term.
    private static func encode(termCount: Int, _ termIDs: UnsafeBufferPointer<UInt32>, _ docTokenCount: [UInt32],
                               firstDocument: Int) -> EncodedPostings {
        var next = [Int](repeating: 0, count: termCount + 1)
        for id in termIDs { next[Int(id) + 1] += 1 }
        for i in 0..<termCount { next[i + 1] += next[i] }
        let starts = next
        let tokenCount = termIDs.count
        let pairs = RawMemory.allocate(UInt64.self, capacity: tokenCount)
        defer { RawMemory.free(pairs, capacity: tokenCount) }
        do {
            let ids = termIDs
            next.withUnsafeMutableBufferPointer { next in
                var t = 0
                for (d, count) in docTokenCount.enumerated() {
                    for p in 0..<Int(count) {
                        let id = Int(ids[t])
                        pairs[next[id]] = (UInt64(d) << 32) | UInt64(p)
                        next[id] += 1
                        t += 1
                    }
                }
            }
        }
        // Worst cases: 5 bytes per position; 10 per (term, doc) entry, of which there are at most `tokenCount`.
        var out = EncodedPostings()
        out.docBytes = ByteBuffer(capacity: tokenCount * 10 + 64)
        out.posBytes = ByteBuffer(capacity: tokenCount * 5 + 64)
        let docBase = out.docBytes.base, posBase = out.posBytes.base
        var dp = docBase, pp = posBase
        out.df = .init(repeating: 0, count: termCount)
        out.cf = .init(repeating: 0, count: termCount)
        out.firstDoc = .init(repeating: 0, count: termCount)
        out.lastDoc = .init(repeating: 0, count: termCount)
        out.docRange = .init(repeating: 0, count: termCount + 1)
        out.posRange = .init(repeating: 0, count: termCount + 1)
        for term in 0..<termCount {
            out.docRange[term] = UInt32(dp - docBase)
            out.posRange[term] = UInt32(pp - posBase)
            var i = starts[term]
            let end = starts[term + 1]
            var previousDoc = -1
            var df: UInt32 = 0
            while i < end {
                let doc = Int(pairs[i] >> 32)
                let posStart = pp
                var previousPosition: UInt32 = 0
                while i < end && Int(pairs[i] >> 32) == doc {
                    let p = UInt32(truncatingIfNeeded: pairs[i])
                    VarInt.write(p - previousPosition, to: &pp)
                    previousPosition = p
                    i += 1
                }
                if previousDoc < 0 {
                    out.firstDoc[term] = Int32(doc + firstDocument)
                } else {
                    VarInt.write(UInt32(doc - previousDoc), to: &dp)
                }
                VarInt.write(UInt32(pp - posStart), to: &dp)
                previousDoc = doc
                df += 1
            }
            out.lastDoc[term] = Int32(previousDoc + firstDocument)
            out.df[term] = df
            out.cf[term] = UInt32(end - starts[term])
        }
        out.docRange[termCount] = UInt32(dp - docBase)
        out.posRange[termCount] = UInt32(pp - posBase)
        out.docBytes.count = dp - docBase
        out.posBytes.count = pp - posBase
        return out
    }
}
