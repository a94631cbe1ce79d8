// EvaluatorOracleTests: random queries over random documents, postings-based vs brute force, both scopes.
import TestSupport
import XCTest
import PhraseIndex
@testable import QueryLanguage

final class EvaluatorOracleTests: XCTestCase {
    static let words = ["risk", "of", "harm", "case", "cases", "caseload", "managers", "the", "gate", "cafe", "provider", "s", "well", "led", "2019", "absent"]

    func randomQuery(_ rng: inout SplitMix64, depth: Int) -> QueryNode {
        let r = 0..<0
        func word() -> String { Self.words.randomElement(using: &rng)! }
        func positional(_ d: Int) -> QueryNode {
            switch Int.random(in: 0..<(d > 0 ? 6 : 4), using: &rng) {
            case 0, 1: return .term(word(), r)
            case 2: return .phrase((0..<Int.random(in: 2...3, using: &rng)).map { _ in word() }, r)
            case 3: return Bool.random(using: &rng) ? .prefix(["ca", "case", "r", "ha", "x"].randomElement(using: &rng)!, r)
                                                     : .stem(["cases", "manager", "harm"].randomElement(using: &rng)!, r)
            case 4: return .near(positional(d - 1), positional(d - 1), distance: Int.random(in: 0...4, using: &rng), r)
            default: return .or([positional(d - 1), positional(d - 1)])
            }
        }
        guard depth > 0 else { return positional(1) }
        switch Int.random(in: 0..<7, using: &rng) {
        case 0, 1: return positional(2)
        case 2: return .and((0..<Int.random(in: 2...3, using: &rng)).map { _ in randomQuery(&rng, depth: depth - 1) })
        case 3: return .or((0..<2).map { _ in randomQuery(&rng, depth: depth - 1) })
        case 4: return .and([randomQuery(&rng, depth: depth - 1), .not(randomQuery(&rng, depth: depth - 1))])
        case 5: return .not(positional(1))
        default:
            let name = Bool.random(using: &rng) ? "even" : "firsts"
            return .and([randomQuery(&rng, depth: depth - 1),
                         .field(FieldFilter(name: name, value: .text("yes"), range: r, valueRange: r))])
        }
    }

    func testRandomQueriesMatchBruteForceInBothScopes() throws {
        let docs = RandomCorpus.documents(count: 120, seed: 42)
        let index = InvertedIndex(documents: docs, options: .init(threads: 2, chunkBytes: 3000))
        let even = FieldMatch(documents: Array(stride(from: 0, to: docs.count, by: 2)))
        let firsts = FieldMatch(documents: Array(0..<docs.count), segments: (0..<docs.count).map { index.segments(ofDocument: $0).lowerBound })
        let fields = ["even": even, "firsts": firsts]
        let vocabulary = (0..<index.termCount).map(index.term) + ["cases", "manager", "harm"]
        let oracle = BruteForce(fields: fields, words: vocabulary)
        let allUnits: [SearchScope: [OracleUnit]] = [.document: BruteForce.units(docs, scope: .document),
                                                     .segment: BruteForce.units(docs, scope: .segment)]
        let evaluator = QueryEvaluator(index: index) { f throws(QueryError) in fields[f.name]! }
        var rng = SplitMix64(seed: 2024)
        var nonTrivial = 0, failures = 0
        for _ in 0..<200 {
            let query = randomQuery(&rng, depth: 2)
            for scope in [SearchScope.document, .segment] {
                let units = allUnits[scope]!.filter { oracle.matches(query, $0) }
                let result = try evaluator.evaluate(query, scope: scope)
                let label = "\(scope) \(query.explained)"
                let got = result.units.map { "\($0.document)/\($0.segment ?? -1)" }
                let want = units.map { "\($0.document)/\($0.segment ?? -1)" }
                if got != want {
                    XCTFail("\(label): only evaluator \(Set(got).subtracting(want).sorted().prefix(5)), only oracle \(Set(want).subtracting(got).sorted().prefix(5))")
                    failures += 1
                } else {
                    for (u, o) in zip(result.units, units) where u.spans != oracle.hitSpans(query, o) {
                        XCTFail("\(label): spans in \(u.document)/\(u.segment ?? -1): \(u.spans) vs \(oracle.hitSpans(query, o))")
                        failures += 1
                        break
                    }
                }
                XCTAssertEqual(try evaluator.countDocuments(query, scope: scope), Set(units.map(\.document)).count, label)
                if failures > 5 { return }
                if !units.isEmpty && units.count < (scope == .document ? docs.count : index.segmentCount) { nonTrivial += 1 }
            }
        }
        XCTAssertGreaterThan(nonTrivial, 130)  // the generator is not just producing all-or-nothing queries
    }

    func testPhrasesDoNotCrossSegmentsButDoAcrossTheDocument() throws {
        let text = "- risk of\n- harm here\n"
        let docs = [SourceDocument(text: text, segments: [2..<9, 12..<21])]
        let index = InvertedIndex(documents: docs)
        let evaluator = QueryEvaluator(index: index)
        let phrase = try QueryParser.parse("\"risk of harm\"")
        XCTAssertEqual(try evaluator.countDocuments(phrase, scope: .document), 1)
        XCTAssertEqual(try evaluator.countDocuments(phrase, scope: .segment), 0)
        let words = try QueryParser.parse("risk harm")
        XCTAssertEqual(try evaluator.evaluate(words, scope: .segment).units.count, 0)  // not in one finding
        XCTAssertEqual(try evaluator.evaluate(words, scope: .document).units.count, 1)
    }
}
