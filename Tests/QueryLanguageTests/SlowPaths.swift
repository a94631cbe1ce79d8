// SlowPaths: the span-based paths the pipeline replaced, kept as oracles — every leaf's spans per unit, and BM25 by sorting.
import Foundation
import PhraseIndex
@testable import QueryLanguage

enum SlowPaths {
    /// The matched units (set-at-a-time, as the pipeline computes them) with spans gathered by filtering every
    /// leaf's spans against each unit: no moving pointers, no fused paths.
    static func evaluate(_ evaluator: QueryEvaluator, _ query: QueryNode, scope: SearchScope) throws -> MatchSet {
        var planner = QueryPlanner(index: evaluator.index, scope: scope, resolveField: evaluator.resolveField)
        let plan = try planner.plan(query)
        let units = UnitEvaluation(index: evaluator.index, scope: scope).units(plan, within: nil)
        let index = evaluator.index
        var result: [MatchUnit] = []
        var documents: [Int] = []
        var cache: (document: Int, perLeaf: [[Span]]) = (-1, [])
        let producers = planner.leaves.map { SpanProducer($0, index: index, scope: scope) }
        for u in units {
            let d = scope == .document ? Int(u) : index.document(ofSegment: Int(u))
            if cache.document != d { cache = (d, producers.map { $0.spans(in: d) }) }
            if documents.last != d { documents.append(d) }
            let range = scope == .segment ? index.tokenRange(ofSegment: Int(u)) : 0..<Int.max
            let inside = cache.perLeaf.map { $0.filter { Int($0.start) >= range.lowerBound && Int($0.end) <= range.upperBound } }
            let all = Set(inside.flatMap { $0 }).sorted()
            result.append(MatchUnit(document: d, segment: scope == .segment ? Int(u) : nil, spans: all.map { Int($0.start)..<Int($0.end) },
                                    leafHits: inside.map(\.count)))
        }
        let dfs = planner.leaves.map { MatchSet.leafDocumentFrequency($0, index) }
        return MatchSet(scope: scope, units: result, documents: documents, leafDocumentFrequencies: dfs)
    }

    /// Every unit's BM25 score, all sorted: descending score, ties by document then segment.
    static func rank(_ matches: MatchSet, in index: InvertedIndex) -> [(unitIndex: Int, score: Double)] {
        let n = Double(max(1, index.documentCount))
        let idf = matches.leafDocumentFrequencies.map { df in log(1 + (n - Double(df) + 0.5) / (Double(df) + 0.5)) }
        let average = max(1e-9, matches.scope == .segment ? index.averageSegmentLength : index.averageDocumentLength)
        var ranked: [(unitIndex: Int, score: Double)] = []
        for (i, unit) in matches.units.enumerated() {
            let length = Double(unit.segment.map { index.tokenRange(ofSegment: $0).count } ?? index.tokenCount(ofDocument: unit.document))
            let norm = BM25.k1 * (1 - BM25.b + BM25.b * length / average)
            var score = 0.0
            for (leaf, hits) in unit.leafHits.enumerated() where hits > 0 {
                let tf = Double(hits)
                score += idf[leaf] * tf * (BM25.k1 + 1) / (tf + norm)
            }
            ranked.append((i, score))
        }
        return ranked.sorted { a, b in a.score != b.score ? a.score > b.score : a.unitIndex < b.unitIndex }
    }
}
