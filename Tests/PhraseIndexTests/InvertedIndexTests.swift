// InvertedIndexTests: build determinism, postings vs brute force, layout, vocabulary lookups.
import TestSupport
import XCTest
@testable import PhraseIndex

final class InvertedIndexTests: XCTestCase {
    private func fingerprint(_ i: InvertedIndex) -> [String] {
        let p = i.postings
        let docBytes = Array(UnsafeBufferPointer(start: p.docBytes.base, count: p.docBytes.count))
        let posBytes = Array(UnsafeBufferPointer(start: p.posBytes.base, count: p.posBytes.count))
        return ["\(docBytes)", "\(posBytes)", "\(p.docStart.array)", "\(p.posStart.array)", "\(p.df.array)", "\(p.cf.array)",
                "\(p.skipStart.array)", "\(p.skips.array)", "\((0..<i.termCount).map(i.term))", "\(i.layout)"]
    }

    func testParallelBuildIsIdenticalToSingleThreaded() {
        let docs = RandomCorpus.documents(count: 600, seed: 7)
        let single = InvertedIndex(documents: docs, options: .init(threads: 1, chunkBytes: Int.max))
        for (threads, chunk) in [(2, 1), (2, 997), (4, 5000), (3, nil as Int?)] {
            let parallel = InvertedIndex(documents: docs, options: .init(threads: threads, chunkBytes: chunk))
            XCTAssertEqual(fingerprint(parallel), fingerprint(single), "threads \(threads) chunk \(String(describing: chunk))")
        }
    }

    func testPostingsEqualBruteForceIncludingSkips() {
        // Enough documents that common terms get several skip blocks.
        let docs = RandomCorpus.documents(count: 900, seed: 11)
        let index = InvertedIndex(documents: docs, options: .init(threads: 2, chunkBytes: 20_000))
        var expected: [String: [Int: [Int32]]] = [:]
        for (d, doc) in docs.enumerated() {
            for t in Tokenizer.tokens(of: doc.text) { expected[t.term, default: [:]][d, default: []].append(Int32(t.position)) }
        }
        XCTAssertEqual(index.termCount, expected.count)
        XCTAssertTrue(index.postings.skips.count > 0)
        for term in expected.keys.sorted() {
            let id = try! XCTUnwrap(index.termID(term))
            var cursor = index.postings(id)
            var seen: [Int: [Int32]] = [:]
            while cursor.next() { seen[cursor.document] = cursor.positions; XCTAssertEqual(cursor.termFrequency, seen[cursor.document]!.count) }
            XCTAssertEqual(seen, expected[term]!, term)
            XCTAssertEqual(index.documentFrequency(id), seen.count)
            XCTAssertEqual(index.collectionFrequency(id), seen.values.reduce(0) { $0 + $1.count })
            // advance(to:) lands on the first document ≥ target, from any starting point.
            let docsWithTerm = seen.keys.sorted()
            for target in stride(from: 0, to: docs.count + 5, by: 37) {
                var c = index.postings(id)
                _ = c.next()
                let found = c.advance(to: target) ? c.document : nil
                let want = docsWithTerm.first { $0 >= max(target, docsWithTerm.first!) }
                XCTAssertEqual(found, want, "\(term) → \(target)")
            }
        }
    }

    func testSegmentsMapPositionsAndSliceText() {
        let text = "# Title here\n- risk of harm\n- well-led work\ntrailing words"
        let b = Array(text.utf8)
        func range(_ s: String) -> Range<Int> {
            let r = text.range(of: s)!
            return text.utf8.distance(from: text.startIndex, to: r.lowerBound)..<text.utf8.distance(from: text.startIndex, to: r.upperBound)
        }
        let docs = [SourceDocument(text: text, segments: [range("Title here"), range("risk of harm"), range("well-led work")])]
        let index = InvertedIndex(documents: docs)
        XCTAssertEqual(index.segments(ofDocument: 0), 0..<3)
        XCTAssertEqual((0..<3).map(index.tokenRange(ofSegment:)), [0..<2, 2..<5, 5..<8])
        XCTAssertEqual(index.tokenCount(ofDocument: 0), 10)
        XCTAssertEqual(index.segment(containing: 3, inDocument: 0), 1)
        XCTAssertNil(index.segment(containing: 8, inDocument: 0))  // "trailing" is outside every segment
        let seg = index.tokens(ofSegment: 2)
        XCTAssertEqual(seg.map(\.term), ["well", "led", "work"])
        XCTAssertEqual(seg.map(\.position), [5, 6, 7])
        XCTAssertEqual(String(decoding: b[seg[0].byteRange], as: UTF8.self), "well")
        XCTAssertEqual(index.byteRanges(of: [2..<5, 9..<10], inDocument: 0).map { String(decoding: b[$0], as: UTF8.self) },
                       ["risk of harm", "words"])
        XCTAssertEqual(index.termIDs(ofDocument: 0).map(index.term), Tokenizer.tokens(of: text).map(\.term))
        XCTAssertEqual(index.averageSegmentLength, 8.0 / 3.0, accuracy: 1e-9)
    }

    func testPrefixAndStemExpansion() {
        let docs = RandomCorpus.documents(count: 50, seed: 3)
        let index = InvertedIndex(documents: docs)
        XCTAssertEqual(index.termIDs(withPrefix: "case").map(index.term), ["case", "caseload", "cases"])
        XCTAssertEqual(index.termIDs(withPrefix: "caf").map(index.term), ["cafe"])
        XCTAssertEqual(index.termIDs(withPrefix: "zzz").count, 0)
        XCTAssertEqual(index.termIDs(withPrefix: "").count, index.termCount)
        XCTAssertEqual(index.termIDs(sharingStemWith: "CASES").map(index.term), ["case", "cases"])
        XCTAssertEqual(index.termIDs(sharingStemWith: "manager").map(index.term), ["managers"])
        XCTAssertEqual(index.termIDs(sharingStemWith: "absent"), [])
        // Vocabulary is sorted by bytes.
        let all = (0..<index.termCount).map(index.term)
        XCTAssertEqual(all, all.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
    }

    func testEmptyInputs() {
        let empty = InvertedIndex(documents: [])
        XCTAssertEqual(empty.documentCount, 0)
        XCTAssertEqual(empty.termCount, 0)
        let blank = InvertedIndex(documents: [SourceDocument(text: "", segments: []), SourceDocument(text: "!!", segments: [0..<2])])
        XCTAssertEqual(blank.documentCount, 2)
        XCTAssertEqual(blank.segmentCount, 1)
        XCTAssertEqual(blank.tokenRange(ofSegment: 0), 0..<0)
    }
}
