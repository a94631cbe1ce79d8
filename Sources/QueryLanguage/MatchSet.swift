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

    /// Gathers spans for the matched units by re-running each positive leaf over the matched documents.
    static func collect(units: [Int32], leaves: [SpanSource], index: InvertedIndex, scope: SearchScope) -> MatchSet {
        let producers = leaves.map { SpanProducer($0, index: index, scope: scope) }
        let documents: [Int32] = scope == .document ? units
            : UnitEvaluation(index: index, scope: scope).documents(ofSegments: units)
        var result: [MatchUnit] = []
        result.reserveCapacity(units.count)
        var u = 0
        for d in documents {
            let doc = Int(d)
            let perLeaf = producers.map { $0.spans(in: doc) }
            if scope == .document {
                result.append(unit(doc, nil, perLeaf.map { $0[...] }))
                u += 1
                continue
            }
            // The matched segments of this document, each with the leaf spans that fall inside it. Spans and
            // segments both ascend, so one cursor per leaf walks each document's spans once: filtering every
            // span per segment was quadratic, hours for a 50 MB write-up with one finding per line.
            var cursors = [Int](repeating: 0, count: perLeaf.count)
            while u < units.count && index.document(ofSegment: Int(units[u])) == doc {
                let s = Int(units[u])
                let range = index.tokenRange(ofSegment: s)
                let inside = perLeaf.indices.map { k -> ArraySlice<Span> in
                    let spans = perLeaf[k]
                    var lo = cursors[k]
                    while lo < spans.count && Int(spans[lo].start) < range.lowerBound { lo += 1 }
                    cursors[k] = lo
                    var hi = lo
                    while hi < spans.count && Int(spans[hi].start) < range.upperBound { hi += 1 }
                    return spans[lo..<hi].filter { Int($0.end) <= range.upperBound }[...]
                }
                result.append(unit(doc, s, inside))
                u += 1
            }
        }
        let dfs = leaves.map { leafDocumentFrequency($0, index) }
        return MatchSet(scope: scope, units: result, documents: documents.map { Int($0) }, leafDocumentFrequencies: dfs)
    }

    static func unit(_ doc: Int, _ segment: Int?, _ perLeaf: [ArraySlice<Span>]) -> MatchUnit {
        let all = Set(perLeaf.flatMap { $0 }).sorted()
        return MatchUnit(document: doc, segment: segment, spans: all.map { Int($0.start)..<Int($0.end) },
                         leafHits: perLeaf.map(\.count))
    }

    /// idf input: a term's document frequency; a phrase or NEAR its rarest part; an expansion the sum (capped).
    static func leafDocumentFrequency(_ source: SpanSource, _ index: InvertedIndex) -> Int {
        min(index.documentCount, max(1, source.cost(index)))
    }
}
