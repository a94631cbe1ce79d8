// UnitMatchesTests: the span-free fast path (evaluateUnits, matchUnits(at:), BM25.top) agrees with evaluate and rank.
import TestSupport
import XCTest
import PhraseIndex
@testable import QueryLanguage

extension EvaluatorOracleTests {
    func testUnitMatchesAgreeWithEvaluateOnRandomQueries() throws {
        let docs = RandomCorpus.documents(count: 120, seed: 7)
        let index = InvertedIndex(documents: docs, options: .init(threads: 2, chunkBytes: 3000))
        let even = FieldMatch(documents: Array(stride(from: 0, to: docs.count, by: 2)))
        let firsts = FieldMatch(documents: Array(0..<docs.count), segments: (0..<docs.count).map { index.segments(ofDocument: $0).lowerBound })
        let fields = ["even": even, "firsts": firsts]
        let evaluator = QueryEvaluator(index: index) { f throws(QueryError) in fields[f.name]! }
        var rng = SplitMix64(seed: 99)
        for _ in 0..<200 {
            let query = randomQuery(&rng, depth: 2)
            for scope in [SearchScope.document, .segment] {
                let label = "\(scope) \(query.explained)"
                let full = try evaluator.evaluate(query, scope: scope)
                let fast = try evaluator.evaluateUnits(query, scope: scope)
                XCTAssertEqual(fast.count, full.units.count, label)
                XCTAssertEqual(fast.documentCount, full.documents.count, label)
                XCTAssertEqual(fast.hitCount, full.hitCount, label)
                XCTAssertEqual(fast.leafDocumentFrequencies, full.leafDocumentFrequencies, label)
                for (i, unit) in full.units.enumerated() {
                    XCTAssertEqual(fast.document(ofUnitAt: i), unit.document, label)
                    XCTAssertEqual(fast.segment(ofUnitAt: i), unit.segment, label)
                    XCTAssertEqual(fast.spanCount(ofUnitAt: i), unit.spans.count, label)
                    XCTAssertEqual(fast.leafHits(ofUnitAt: i), unit.leafHits, label)
                }
                // Spans of a scattered subset, asked out of order, come back whole and in the order asked.
                let picks = full.units.indices.filter { $0 % 3 == 1 }.reversed().map { $0 }
                XCTAssertEqual(fast.matchUnits(at: picks), picks.map { full.units[$0] }, label)
                let ranked = BM25.rank(full, in: index)
                for k in [1, 5, 20, 1000] {
                    XCTAssertEqual(BM25.top(k, of: fast, in: index), Array(ranked.prefix(k)), "\(label) top \(k)")
                }
            }
        }
    }

    func testTopBreaksTiesByUnitOrder() {
        let scores: [Double] = [1, 3, 3, 2, 3, 0, 2]
        XCTAssertEqual(BM25.top(4, scores: scores).map(\.unitIndex), [1, 2, 4, 3])
        XCTAssertEqual(BM25.top(10, scores: scores).map(\.unitIndex), [1, 2, 4, 3, 6, 0, 5])
        XCTAssertEqual(BM25.top(0, scores: scores), [])
    }
}
