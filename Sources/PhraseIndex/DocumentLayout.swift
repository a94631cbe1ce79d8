// DocumentLayout: per-document and per-segment positions, byte ranges and lengths (BM25 statistics).

/// Flat arrays describing documents and segments. Segment ids are global and ascending with documents,
/// so the segments of document `d` are `segmentStart[d]..<segmentStart[d + 1]`.
struct DocumentLayout: Sendable, Equatable {
    var tokenCount: [UInt32] = []
    var segmentStart: [UInt32] = [0]
    var segmentDocument: [UInt32] = []
    var segmentTokenStart: [UInt32] = [], segmentTokenEnd: [UInt32] = []
    var segmentByteStart: [UInt32] = [], segmentByteEnd: [UInt32] = []
    /// Byte offset of the first token of the segment (its start if it has none): re-tokenizing from here
    /// reproduces positions `segmentTokenStart...` without scanning the document from the top.
    var segmentFirstTokenByte: [UInt32] = []
    var totalTokens = 0
    var segmentTokens = 0

    mutating func append(_ chunk: ChunkPostings) {
        for count in chunk.docTokenCount {
            tokenCount.append(count)
            totalTokens += Int(count)
        }
        segmentTokenStart += chunk.segTokenStart
        segmentTokenEnd += chunk.segTokenEnd
        segmentFirstTokenByte += chunk.segFirstTokenByte
    }

    /// Fills the per-segment byte ranges and document links from the source documents.
    mutating func finish(_ documents: [SourceDocument]) {
        segmentStart.reserveCapacity(documents.count + 1)
        for (d, doc) in documents.enumerated() {
            for r in doc.segments {
                segmentByteStart.append(UInt32(r.lowerBound))
                segmentByteEnd.append(UInt32(r.upperBound))
                segmentDocument.append(UInt32(d))
            }
            segmentStart.append(UInt32(segmentByteStart.count))
        }
        for i in 0..<segmentTokenStart.count { segmentTokens += Int(segmentTokenEnd[i] - segmentTokenStart[i]) }
    }

    var documentCount: Int { tokenCount.count }
    var segmentCount: Int { segmentDocument.count }
    var averageDocumentLength: Double { documentCount == 0 ? 0 : Double(totalTokens) / Double(documentCount) }
    var averageSegmentLength: Double { segmentCount == 0 ? 0 : Double(segmentTokens) / Double(segmentCount) }

    /// The segment of document `d` whose token range contains `position`, by binary search.
    func segment(containing position: Int, inDocument d: Int) -> Int? {
        var lo = Int(segmentStart[d]), hi = Int(segmentStart[d + 1])
        while lo < hi {
            let mid = (lo + hi) >> 1
            if Int(segmentTokenEnd[mid]) <= position { lo = mid + 1 } else { hi = mid }
        }
        guard lo < Int(segmentStart[d + 1]), Int(segmentTokenStart[lo]) <= position else { return nil }
        return lo
    }
}
