// UnitMatches: matching units with per-leaf hit counts but no spans, so callers rank first and fetch spans only for what they show.
import PhraseIndex

/// The cheap form of a query's result: which units match and how often each positive leaf hits in them
/// (enough for BM25 and for hit totals), without materialising any span. `matchUnits(at:)` then computes
/// the full `MatchUnit`s (spans for highlighting and concordance) of just the units a page displays.
///
/// Everything here agrees with `QueryEvaluator.evaluate`: `units[i]` is the unit of `evaluate(...).units[i]`,
/// `spanCount(ofUnitAt: i)` is its `spans.count`, `leafHits(ofUnitAt: i)` its `leafHits`, and
/// `matchUnits(at: [i])` returns it whole (the oracle tests check this).
public struct UnitMatches: Sendable {
    public let scope: SearchScope
    /// Matching segment ids (segment scope) or document ids (document scope), ascending.
    public let units: [Int32]
    /// The document of each unit (the unit itself in document scope).
    public let unitDocuments: [Int32]
    /// Number of positive leaves (terms, phrases, expansions, NEARs not under NOT), BM25's terms.
    public let leafCount: Int
    /// `leafHitCounts[i * leafCount + leaf]`: hits of `leaf` in unit i (BM25's tf).
    let leafHitCounts: [UInt32]
    /// Distinct hit spans per unit (a phrase counts once; overlapping leaves once).
    let spanCounts: [UInt32]
    /// Distinct matching documents.
    public let documentCount: Int
    /// Document frequency estimate per positive leaf (BM25's idf), as in `MatchSet`.
    public let leafDocumentFrequencies: [Int]
    let leaves: [SpanSource]
    let index: InvertedIndex

    public var count: Int { units.count }
    public var isEmpty: Bool { units.isEmpty }
    /// Total distinct hit spans over all units (`MatchSet.hitCount`).
    public var hitCount: Int { spanCounts.reduce(0) { $0 + Int($1) } }

    public func spanCount(ofUnitAt i: Int) -> Int { Int(spanCounts[i]) }
    public func leafHits(ofUnitAt i: Int) -> [Int] {
        (0..<leafCount).map { Int(leafHitCounts[i * leafCount + $0]) }
    }
    /// The unit's segment (segment scope) or nil.
    public func segment(ofUnitAt i: Int) -> Int? { scope == .segment ? Int(units[i]) : nil }
    public func document(ofUnitAt i: Int) -> Int { Int(unitDocuments[i]) }

    /// Full match units (with spans) for the units at `positions` (indices into `units`), in the order given.
    /// Costs one pass of the query's leaves over just those units' documents.
    public func matchUnits(at positions: [Int]) -> [MatchUnit] {
        let order = positions.indices.sorted { units[positions[$0]] < units[positions[$1]] }
        let producers = leaves.map { SpanProducer($0, index: index, scope: scope) }
        var out = [MatchUnit?](repeating: nil, count: positions.count)
        var lastDocument = -1
        var perLeaf: [[Span]] = []
        for k in order {
            let i = positions[k]
            let d = Int(unitDocuments[i])
            if d != lastDocument {
                perLeaf = producers.map { $0.spans(in: d) }
                lastDocument = d
            }
            if scope == .document {
                out[k] = MatchSet.unit(d, nil, perLeaf.map { $0[...] })
            } else {
                let s = Int(units[i])
                let range = index.tokenRange(ofSegment: s)
                let inside = perLeaf.map { spans in
                    spans.filter { Int($0.start) >= range.lowerBound && Int($0.end) <= range.upperBound }[...]
                }
                out[k] = MatchSet.unit(d, s, inside)
            }
        }
        return out.map { $0! }
    }

    /// Counts per-leaf hits and distinct spans per unit with one pass of the leaves over the matched documents.
    /// Spans come ascending from each producer and segments ascend within a document, so each leaf's spans
    /// are bucketed by a moving pointer instead of filtering every span against every segment.
    static func count(units: [Int32], leaves: [SpanSource], index: InvertedIndex, scope: SearchScope) -> UnitMatches {
        let leafCount = leaves.count
        let producers = leaves.map { SpanProducer($0, index: index, scope: scope) }
        var unitDocuments = [Int32](repeating: 0, count: units.count)
        var hits = [UInt32](repeating: 0, count: units.count * leafCount)
        var distinct = [UInt32](repeating: 0, count: units.count)
        var documents = 0
        var u = 0
        var merged: [Span] = []
        while u < units.count {
            let d = scope == .document ? Int(units[u]) : index.document(ofSegment: Int(units[u]))
            var end = u + 1
            if scope == .segment {
                while end < units.count && index.document(ofSegment: Int(units[end])) == d { end += 1 }
            }
            documents += 1
            let perLeaf = producers.map { $0.spans(in: d) }
            var pointers = [Int](repeating: 0, count: leafCount)
            for i in u..<end {
                unitDocuments[i] = Int32(d)
                let range = scope == .segment ? index.tokenRange(ofSegment: Int(units[i])) : 0..<Int.max
                merged.removeAll(keepingCapacity: true)
                for leaf in 0..<leafCount {
                    let spans = perLeaf[leaf]
                    var p = pointers[leaf]
                    while p < spans.count && Int(spans[p].start) < range.lowerBound { p += 1 }
                    let first = p
                    var n: UInt32 = 0
                    while p < spans.count && Int(spans[p].start) < range.upperBound {
                        if Int(spans[p].end) <= range.upperBound { n += 1 }
                        p += 1
                    }
                    pointers[leaf] = p
                    hits[i * leafCount + leaf] = n
                    if leafCount > 1 {
                        for q in first..<p where Int(spans[q].end) <= range.upperBound { merged.append(spans[q]) }
                    } else {
                        distinct[i] = n
                    }
                }
                if leafCount > 1 {
                    merged.sort()
                    var n: UInt32 = 0
                    for (k, s) in merged.enumerated() where k == 0 || merged[k - 1] != s { n += 1 }
                    distinct[i] = n
                }
            }
            u = end
        }
        return UnitMatches(scope: scope, units: units, unitDocuments: scope == .document ? units : unitDocuments,
                           leafCount: leafCount, leafHitCounts: hits, spanCounts: distinct, documentCount: documents,
                           leafDocumentFrequencies: leaves.map { MatchSet.leafDocumentFrequency($0, index) },
                           leaves: leaves, index: index)
    }
}

extension QueryEvaluator {
    /// Matching units with hit counts but no spans: the fast path for `find` (rank, then `matchUnits(at:)` for
    /// the page shown), `kwic` (spans of the first units only) and `count` (hit totals per group).
    public func evaluateUnits(_ query: QueryNode, scope: SearchScope = .segment) throws(QueryError) -> UnitMatches {
        var planner = QueryPlanner(index: index, scope: scope, resolveField: resolveField)
        let plan = try planner.plan(query)
        if case .spans(let source, leaf: 0?) = plan, planner.leaves.count == 1, let fused = UnitMatches.single(source, index, scope) {
            return fused
        }
        let units = UnitEvaluation(index: index, scope: scope).units(plan, within: nil)
        return UnitMatches.count(units: units, leaves: planner.leaves, index: index, scope: scope)
    }
}

extension UnitMatches {
    /// A query that is one term, phrase or expansion (most `find`s): units and counts in a single pass, each
    /// document's spans bucketed into its segments by a moving pointer (no per-span binary search, no second
    /// pass). nil for other sources (NEAR and OR pair spans per segment, so they take the general path).
    static func single(_ source: SpanSource, _ index: InvertedIndex, _ scope: SearchScope) -> UnitMatches? {
        switch source {
        case .term, .phrase, .anyTerm: break
        default: return nil
        }
        var units: [Int32] = [], documents: [Int32] = [], hits: [UInt32] = []
        var documentCount = 0
        // Start positions of the current document's spans (all `length` tokens long), reused across documents.
        var starts: [Int32] = []
        func take(_ d: Int, length: Int) {
            if starts.isEmpty { return }
            if scope == .document {
                units.append(Int32(d)); hits.append(UInt32(starts.count)); documentCount += 1
                return
            }
            let segments = index.segments(ofDocument: d)
            var s = segments.lowerBound, current = -1, n: UInt32 = 0
            var range = s < segments.upperBound ? index.tokenRange(ofSegment: s) : 0..<0
            for start32 in starts {
                let start = Int(start32)
                while s < segments.upperBound && range.upperBound <= start {
                    s += 1
                    if s < segments.upperBound { range = index.tokenRange(ofSegment: s) }
                }
                guard s < segments.upperBound, range.lowerBound <= start, start + length <= range.upperBound else { continue }
                if s != current {
                    if current >= 0 { units.append(Int32(current)); documents.append(Int32(d)); hits.append(n) }
                    current = s
                    n = 0
                }
                n += 1
            }
            if current >= 0 {
                units.append(Int32(current)); documents.append(Int32(d)); hits.append(n)
                documentCount += 1
            }
        }
        // One pass over the postings: each candidate document is visited once, its spans decoded once.
        switch source {
        case .phrase(let terms):
            var matcher = PhraseMatcher(index: index, terms: terms)
            while let d = matcher.next() {
                starts.removeAll(keepingCapacity: true)
                matcher.startPositions(into: &starts)
                take(d, length: terms.count)
            }
        case .term(let t):
            var cursor = index.postings(t)
            while cursor.next() {
                starts.removeAll(keepingCapacity: true)
                cursor.positions(into: &starts)
                take(cursor.document, length: 1)
            }
        default:
            let producer = SpanProducer(source, index: index, scope: .document)
            for d in DocumentCandidates(index: index).documents(source, within: nil) {
                starts.removeAll(keepingCapacity: true)
                for span in producer.spans(in: Int(d)) { starts.append(span.start) }  // single tokens: length 1
                take(Int(d), length: 1)
            }
        }
        return UnitMatches(scope: scope, units: units, unitDocuments: scope == .document ? units : documents,
                           leafCount: 1, leafHitCounts: hits, spanCounts: hits, documentCount: documentCount,
                           leafDocumentFrequencies: [MatchSet.leafDocumentFrequency(source, index)],
                           leaves: [source], index: index)
    }
}
