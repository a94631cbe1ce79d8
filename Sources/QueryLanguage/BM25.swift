// BM25: ranks the units of a MatchSet (k1 1.2, b 0.75) over segment or document lengths.
import Foundation
import PhraseIndex

/// A ranked unit: its index in `MatchSet.units` and its score.
public struct RankedUnit: Sendable, Hashable {
    public let unitIndex: Int
    public let score: Double
}

public enum BM25 {
    public static let k1 = 1.2
    public static let b = 0.75

    /// Units by descending score; ties by document, then segment (deterministic).
    /// Each positive leaf (term, phrase, prefix/stem expansion, NEAR) counts as one BM25 term with its
    /// hits in the unit as tf and `leafDocumentFrequencies` over the document count for idf.
    public static func rank(_ matches: MatchSet, in index: InvertedIndex) -> [RankedUnit] {
        let n = Double(max(1, index.documentCount))
        let idf = matches.leafDocumentFrequencies.map { df in log(1 + (n - Double(df) + 0.5) / (Double(df) + 0.5)) }
        let average = max(1e-9, matches.scope == .segment ? index.averageSegmentLength : index.averageDocumentLength)
        var ranked: [RankedUnit] = []
        ranked.reserveCapacity(matches.units.count)
        for (i, unit) in matches.units.enumerated() {
            let length = Double(unit.segment.map { index.tokenRange(ofSegment: $0).count }
                                ?? index.tokenCount(ofDocument: unit.document))
            let norm = k1 * (1 - b + b * length / average)
            var score = 0.0
            for (leaf, hits) in unit.leafHits.enumerated() where hits > 0 {
                let tf = Double(hits)
                score += idf[leaf] * tf * (k1 + 1) / (tf + norm)
            }
            ranked.append(RankedUnit(unitIndex: i, score: score))
        }
        return ranked.sorted { a, b in
            if a.score != b.score { return a.score > b.score }
            let ua = matches.units[a.unitIndex], ub = matches.units[b.unitIndex]
            return (ua.document, ua.segment ?? -1) < (ub.document, ub.segment ?? -1)
        }
    }
}
