// BM25: the relevance of a matching unit (k1 1.2, b 0.75) over segment or document lengths.
import Foundation
import PhraseIndex

public enum BM25 {
    public static let k1 = 1.2
    public static let b = 0.75

    /// A query's idf per positive leaf and the average unit length: what scoring each unit needs.
    /// Each positive leaf (term, phrase, prefix/stem expansion, NEAR) counts as one BM25 term with its hits
    /// in the unit as tf and its document frequency estimate over the document count for idf.
    struct Weights {
        let idf: [Double]
        let average: Double
        let scope: SearchScope
        let index: InvertedIndex

        init(_ query: MatchQueryInfo, index: InvertedIndex) {
            let n = Double(max(1, index.documentCount))
            idf = query.leafDocumentFrequencies.map { df in log(1 + (n - Double(df) + 0.5) / (Double(df) + 0.5)) }
            average = max(1e-9, query.scope == .segment ? index.averageSegmentLength : index.averageDocumentLength)
            scope = query.scope
            self.index = index
        }

        func score(_ unit: MatchedUnit) -> Double {
            let length = Double(scope == .segment ? index.tokenRange(ofSegment: unit.unit).count : index.tokenCount(ofDocument: unit.unit))
            let norm = k1 * (1 - b + b * length / average)
            var score = 0.0
            for (leaf, hits) in unit.leafHits.enumerated() where hits > 0 {
                let tf = Double(hits)
                score += idf[leaf] * tf * (k1 + 1) / (tf + norm)
            }
            return score
        }
    }
}
