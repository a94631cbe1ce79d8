// TermStreams: the term id at every position of some documents, read back from the postings instead of re-tokenizing.
import PhraseIndex

/// A forward view of the inverted index for the documents asked for: each term's postings are walked once
/// (or, for a term more frequent than the documents wanted, probed at just those documents), writing the
/// term's id at its positions. Word lists, n-grams and collocates then read integer ids per finding; no text
/// is tokenized again and no word is looked up in the vocabulary.
public struct TermStreams: Sendable {
    /// Per wanted document, the term id at each token position (-1 where none was written).
    private let streams: [[Int32]]
    /// Each document's place in `streams`, or -1 for a document not asked for.
    private let slot: [Int]

    public init(index: InvertedIndex, documents: [Int]) {
        var slot = [Int](repeating: -1, count: index.documentCount)
        let wanted = Array(Set(documents)).sorted()
        var streams: [[Int32]] = []
        for d in wanted {
            slot[d] = streams.count
            streams.append([Int32](repeating: -1, count: index.tokenCount(ofDocument: d)))
        }
        var positions: [Int32] = []
        for t in 0..<index.termCount {
            var cursor = index.postings(t)
            func write(_ d: Int) {
                positions.removeAll(keepingCapacity: true)
                cursor.positions(into: &positions)
                let k = slot[d]
                for p in positions { streams[k][Int(p)] = Int32(t) }
            }
            if cursor.documentFrequency <= wanted.count {
                while cursor.next() { if slot[cursor.document] >= 0 { write(cursor.document) } }
            } else {
                for d in wanted where cursor.advance(to: d) {
                    if cursor.document == d { write(d) }
                }
            }
        }
        self.streams = streams
        self.slot = slot
    }

    /// The term ids at token positions `range` of document `d` (which must have been asked for); the slice's
    /// indices are the positions.
    public func terms(ofDocument d: Int, positions range: Range<Int>) -> ArraySlice<Int32> {
        let ids = streams[slot[d]]
        return ids[min(range.lowerBound, ids.count)..<min(range.upperBound, ids.count)]
    }
}
