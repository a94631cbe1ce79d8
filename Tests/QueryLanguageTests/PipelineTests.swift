// PipelineTests: every collector over the one match stream agrees with the slow span-based paths on random queries.
import TestSupport
import XCTest
import PhraseIndex
@testable import QueryLanguage

extension EvaluatorOracleTests {
    func testCollectorsAgreeWithTheSlowPathsOnRandomQueries() throws {
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
                let slow = try SlowPaths.evaluate(evaluator, query, scope: scope)
                let full = try evaluator.evaluate(query, scope: scope)
                XCTAssertEqual(full.units, slow.units, label)
                XCTAssertEqual(full.documents, slow.documents, label)
                XCTAssertEqual(full.leafDocumentFrequencies, slow.leafDocumentFrequencies, label)

                var counts = CountCollector(), bare = CountCollector(detail: .units)
                var docsSet = DocumentSetCollector(), unitSet = UnitSetCollector()
                try evaluator.run(query, scope: scope, into: &counts)
                try evaluator.run(query, scope: scope, into: &bare)
                try evaluator.run(query, scope: scope, into: &docsSet)
                try evaluator.run(query, scope: scope, into: &unitSet)
                XCTAssertEqual([counts.units, counts.hits, counts.documents], [slow.units.count, slow.hitCount, slow.documents.count], label)
                XCTAssertEqual([bare.units, bare.documents], [slow.units.count, slow.documents.count], label)
                XCTAssertEqual(docsSet.documents, slow.documents, label)
                XCTAssertEqual(unitSet.units, slow.units.map { $0.segment ?? $0.document }, label)

                // Groups by document parity: hits, units and documents per group.
                var groups = GroupByCollector { $0.document % 2 }
                try evaluator.run(query, scope: scope, into: &groups)
                for g in 0..<2 {
                    let mine = slow.units.filter { $0.document % 2 == g }
                    XCTAssertEqual(g < groups.hits.count ? groups.hits[g] : 0, mine.reduce(0) { $0 + $1.spans.count }, label)
                    XCTAssertEqual(g < groups.units.count ? groups.units[g] : 0, mine.count, label)
                    XCTAssertEqual(g < groups.documents.count ? groups.documents[g] : 0, Set(mine.map(\.document)).count, label)
                }

                // The best k by BM25 are the first k of every unit sorted.
                let ranked = SlowPaths.rank(slow, in: index)
                for k in [1, 5, 20, 1000] {
                    var top = TopKCollector(k, index: index)
                    try evaluator.run(query, scope: scope, into: &top)
                    let got = top.best
                    let want = ranked.prefix(k)
                    XCTAssertEqual(got.map(\.ordinal), want.map(\.unitIndex), "\(label) top \(k)")
                    for (g, w) in zip(got, want) { XCTAssertEqual(g.score, w.score, accuracy: 1e-12, label) }
                }

                // Spans of a scattered subset, asked out of order, come back whole and in the order asked.
                let picks = slow.units.indices.filter { $0 % 3 == 1 }.reversed().map { $0 }
                let ids = picks.map { slow.units[$0].segment ?? slow.units[$0].document }
                XCTAssertEqual(try evaluator.matchUnits(query, scope: scope, units: ids), picks.map { slow.units[$0] }, label)
            }
        }
    }

    /// NEAR over long span lists in one finding: the windowed merge gives what the quadratic definition gives.
    func testNearOverManySpansInOneSegmentMatchesBruteForce() throws {
        var rng = SplitMix64(seed: 5)
        let words = ["risk", "harm", "of", "the", "case", "cases", "caseload"]
        let text = (0..<3000).map { _ in words.randomElement(using: &rng)! }.joined(separator: " ")
        let docs = [SourceDocument(text: text, segments: [0..<text.utf8.count / 2, text.utf8.count / 2 + 1..<text.utf8.count])]
        let index = InvertedIndex(documents: docs, options: .init(threads: 1))
        let oracle = BruteForce(fields: [:], words: words)
        let evaluator = QueryEvaluator(index: index)
        let r = 0..<0
        let operands: [QueryNode] = [.term("risk", r), .phrase(["of", "the"], r), .prefix("case", r), .or([.term("harm", r), .phrase(["the", "case"], r)])]
        for a in operands {
            for b in operands {
                for n in [0, 1, 3, 8] {
                    let query = QueryNode.near(a, b, distance: n, r)
                    for scope in [SearchScope.document, .segment] {
                        let want = BruteForce.units(docs, scope: scope).filter { oracle.matches(query, $0) }
                        let got = try evaluator.evaluate(query, scope: scope).units
                        XCTAssertEqual(got.map(\.spans), want.map { oracle.hitSpans(query, $0) }, "\(scope) \(query.explained)")
                    }
                }
            }
        }
    }

    func testKWayUnionAndWindowedUnion() {
        XCTAssertEqual(KWayMerge.union([[1, 4, 9], [], [2, 4, 10], [0, 9, 11], [4]]), [0, 1, 2, 4, 9, 10, 11])
        XCTAssertEqual(KWayMerge.union([[3, 5]]), [3, 5])
        let docs = (0..<9000).map { i in SourceDocument(text: i % 7 == 0 ? "alpha" : i % 11 == 0 ? "alpine beta" : "beta", segments: []) }
        let index = InvertedIndex(documents: docs, options: .init(threads: 2))
        let got = WindowedUnion.documents(Array(index.termIDs(withPrefix: "alp")), in: index).map { Int($0) }
        XCTAssertEqual(got, (0..<9000).filter { $0 % 7 == 0 || $0 % 11 == 0 })
    }
}
