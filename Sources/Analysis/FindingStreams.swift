// FindingStreams: the term ids of each finding, in segment order, read from TermStreams built for their reports.
import PhraseIndex

/// Statistics describe what inspectors wrote: only the findings' term ids are handed out, never headings or
/// front matter, and each report's ids are read from the postings once however many of its findings are asked.
public enum FindingStreams {
    /// Calls `body(segment, document, termIDs)` for each segment, in ascending segment order.
    public static func forEach(_ segments: [Int], in index: InvertedIndex, _ body: (Int, Int, ArraySlice<Int32>) -> Void) {
        let sorted = segments.sorted()
        var documents: [Int] = []
        for s in sorted {
            let d = index.document(ofSegment: s)
            if documents.last != d { documents.append(d) }
        }
        let streams = TermStreams(index: index, documents: documents)
        for s in sorted {
            let d = index.document(ofSegment: s)
            body(s, d, streams.terms(ofDocument: d, positions: index.tokenRange(ofSegment: s)))
        }
    }
}
