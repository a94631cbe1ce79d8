// TermStreamsTests: term ids read back from the postings are the ids the tokenizer gives, position by position.
import Analysis
import PhraseIndex
import TestSupport
import XCTest

final class TermStreamsTests: XCTestCase {
    func testStreamsFromPostingsEqualTheTokenizedDocuments() {
        let docs = RandomCorpus.documents(count: 60, seed: 11)
        let index = InvertedIndex(documents: docs, options: .init(threads: 2, chunkBytes: 2000))
        // All documents (postings walked), and a few (postings probed at just those).
        for wanted in [Array(0..<docs.count), [3, 17, 40]] {
            let streams = TermStreams(index: index, documents: wanted)
            for d in wanted {
                let expected = index.termIDs(ofDocument: d).map { Int32($0) }
                XCTAssertEqual(Array(streams.terms(ofDocument: d, positions: 0..<expected.count)), expected, "document \(d)")
                for s in index.segments(ofDocument: d) {
                    let r = index.tokenRange(ofSegment: s)
                    XCTAssertEqual(streams.terms(ofDocument: d, positions: r).indices, r, "slices are indexed by position")
                }
            }
        }
    }
}
