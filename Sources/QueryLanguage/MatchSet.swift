// MatchSet: matching documents/segments with hit spans (positions, mappable to byte ranges).
import PhraseIndex

/// One matching unit: a segment (segment scope) or a whole document (document scope).
public struct MatchUnit: Sendable, Hashable {
    public let document: Int
    /// The segment, in segment scope; nil in document scope.
    public let segment: Int?
    /// Hit spans as token-position ranges in the document, ascending and distinct.
    public let spans: [Range<Int>]
    /// Hits per positive leaf of the query (terms, phrases, prefixes, stems, NEARs), for BM25.
    public let leafHits: [Int]
}

/// The result of evaluating a query: units ascending by (document, segment).
public struct MatchSet: Sendable {
    public let scope: SearchScope
    public let units: [MatchUnit]
    /// Distinct matching documents, ascending.
    public let documents: [Int]
    /// Document frequency estimate per positive leaf (for BM25's idf).
    public let leafDocumentFrequencies: [Int]

    /// Total hit spans over all units.
    public var hitCount: Int { units.reduce(0) { $0 + $1.spans.count } }

    /// Byte ranges (in the document's text) of a unit's spans, tokenizing only the segment when there is one.
    public func highlights(_ unit: MatchUnit, in index: InvertedIndex) -> [Range<Int>] {
        Self.highlights(unit, in: index)
    }

    /// The same, for a unit from `UnitMatches.matchUnits(at:)` (no MatchSet needed).
    public static func highlights(_ unit: MatchUnit, in index: InvertedIndex) -> [Range<Int>] {
        guard let s = unit.segment else { return index.byteRanges(of: unit.spans, inDocument: unit.document) }
        let tokens = index.tokens(ofSegment: s)
        guard let first = tokens.first?.position else { return unit.spans.map { _ in 0..<0 } }
        return unit.spans.map { r in
            let lo = r.lowerBound - first, hi = r.upperBound - 1 - first
            guard lo >= 0, hi < tokens.count, lo <= hi else { return 0..<0 }
            return tokens[lo].byteRange.lowerBound..<tokens[hi].byteRange.upperBound
        }
    }

    /// idf input: a term's document frequency; a phrase or NEAR its rarest part; an expansion the sum (capped).
    static func leafDocumentFrequency(_ source: SpanSource, _ index: InvertedIndex) -> Int {
        min(index.documentCount, max(1, source.cost(index)))
    }
}
