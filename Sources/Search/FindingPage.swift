// FindingPage: the first page of `find` — rank or sort every matching finding on counts alone, then highlight only the page.
import Inspections
import PhraseIndex
import QueryLanguage

/// A page of `find` results plus the totals of the whole result (what the footer shows).
public struct FindingPage: Sendable {
    /// The findings shown, in order: the same as `findHits(query, order:).hits[offset..<offset + limit]`.
    public let hits: [FindingHit]
    /// Matching findings in all.
    public let total: Int
    /// Distinct write-ups with a matching finding.
    public let documents: Int
    /// Total hit spans over every matching finding.
    public let hitCount: Int
}

extension SearchCorpus {
    /// Matches without spans, field filters resolved: the base of the page, kwic and count fast paths.
    public func evaluateUnits(_ query: QueryNode, scope: SearchScope = .segment) throws(QueryError) -> UnitMatches {
        let resolver = FieldResolution(corpus: self)
        return try QueryEvaluator(index: index, resolveField: { (f: FieldFilter) throws(QueryError) -> FieldMatch in
            try resolver.resolve(f)
        }).evaluateUnits(scope == .segment ? scoped(query) : query, scope: scope)
    }

    /// One page of `findHits(query, order:)` — same findings, scores, hit counts and highlights, in the same
    /// order — computing spans and highlights only for the `limit` findings shown. Cost: evaluating the query
    /// plus a BM25 score (or a sort key) per matching finding, instead of spans and tokens for every one.
    public func findPage(_ query: QueryNode, order: FindingOrder = .relevance, offset: Int = 0,
                         limit: Int = 20) throws(QueryError) -> FindingPage {
        let matches = try evaluateUnits(query, scope: .segment)
        let wanted = max(0, offset) + max(0, limit)
        let scores = BM25.scores(matches, in: index)
        let chosen: [Int]
        switch order {
        case .relevance:
            let idRank = documentIDRanks()
            if let idRank {
                // Reports not in id order (only in hand-built corpora): ties must still break by report id.
                let all = scores.indices.sorted { a, b in
                    if scores[a] != scores[b] { return scores[a] > scores[b] }
                    let da = idRank[matches.document(ofUnitAt: a)], db = idRank[matches.document(ofUnitAt: b)]
                    return da != db ? da < db : a < b
                }
                chosen = Array(all.prefix(wanted))
            } else {
                chosen = BM25.top(wanted, scores: scores).map(\.unitIndex)
            }
        case .date, .provider:
            let rank = documentRanks(order)
            // Units ascend by (document, finding): a stable sort by the document's rank keeps findings in order.
            var all = Array(0..<matches.count)
            all.sort { a, b in
                let ra = rank[matches.document(ofUnitAt: a)], rb = rank[matches.document(ofUnitAt: b)]
                return ra != rb ? ra < rb : a < b
            }
            chosen = Array(all.prefix(wanted))
        }
        let page = Array(chosen.dropFirst(max(0, offset)))
        let units = matches.matchUnits(at: page)
        var hits: [FindingHit] = []
        hits.reserveCapacity(page.count)
        for (k, unit) in units.enumerated() {
            guard let s = unit.segment else { continue }
            hits.append(findingHit(unit, segment: s, score: scores[page[k]]))
        }
        return FindingPage(hits: hits, total: matches.count, documents: matches.documentCount, hitCount: matches.hitCount)
    }

    /// A finding hit with its highlights, relative to the finding's text (as `findHits` builds it).
    func findingHit(_ unit: MatchUnit, segment s: Int, score: Double) -> FindingHit {
        let (d, f) = finding(ofSegment: s)
        let base = reports[d].findings[f].range
        let highlightSet = MatchSet.highlights(unit, in: index)
        let ranges = highlightSet.compactMap { r -> Range<Int>? in
            let lo = max(r.lowerBound, base.lowerBound), hi = min(r.upperBound, base.upperBound)
            return lo < hi ? (lo - base.lowerBound)..<(hi - base.lowerBound) : nil
        }
        return FindingHit(report: d, finding: f, segment: s, score: score, hits: unit.spans.count, matches: Self.merged(ranges))
    }

    /// Rank of each document by report id, or nil when reports are in id order (computed once, at init).
    func documentIDRanks() -> [Int]? { idRanks }

    static func idRanks(_ reports: [InspectionReport]) -> [Int]? {
        var sorted = true
        for d in reports.indices.dropFirst() where !(reports[d - 1].id < reports[d].id) { sorted = false; break }
        if sorted { return nil }
        var rank = [Int](repeating: 0, count: reports.count)
        for (r, d) in reports.indices.sorted(by: { reports[$0].id < reports[$1].id }).enumerated() { rank[d] = r }
        return rank
    }

    /// Rank of each document under a date or provider order, ending on the report id (as `ordering` does).
    func documentRanks(_ order: FindingOrder) -> [Int] {
        let dates = reports.indices.map(dateKey)
        let providers = order == .provider ? reports.map { $0.provider.shortName.lowercased() } : []
        let sorted = reports.indices.sorted { a, b in
            if order == .provider, providers[a] != providers[b] { return providers[a] < providers[b] }
            if dates[a] != dates[b] { return dates[a] < dates[b] }
            return reports[a].id < reports[b].id
        }
        var rank = [Int](repeating: 0, count: reports.count)
        for (r, d) in sorted.enumerated() { rank[d] = r }
        return rank
    }
}
