// FindingPage: a page of `find` — every matching finding ranked or sorted on counts alone, only the page highlighted.
import Inspections
import PhraseIndex
import QueryLanguage

/// A page of `find` results plus the totals of the whole result (what the footer shows).
public struct FindingPage: Sendable {
    /// The findings shown, in order.
    public let hits: [FindingHit]
    /// Matching findings in all.
    public let total: Int
    /// Distinct write-ups with a matching finding.
    public let documents: Int
    /// Total hit spans over every matching finding.
    public let hitCount: Int
}

extension SearchCorpus {
    /// Findings `offset..<offset + limit` of a query in the order asked for, and the totals of all of them.
    /// Relevance is BM25, ties broken by report id, then order in the report; date and provider orders end on
    /// the same keys. The match stream is ranked on hit counts alone (a bounded heap), and spans and
    /// highlights are worked out only for the findings shown.
    public func findPage(_ query: QueryNode, order: FindingOrder = .relevance, offset: Int = 0,
                         limit: Int = 20) throws(QueryError) -> FindingPage {
        let start = max(0, offset)
        let (wanted, overflow) = start.addingReportingOverflow(max(0, limit))
        let ranking: TopKCollector.Ranking
        if order == .relevance {
            ranking = .relevance
        } else {
            let rank = documentRanks(order)
            ranking = .key { -Double(rank[$0.document]) }
        }
        let top = TopKCollector(overflow ? Int.max : wanted, index: index, by: ranking,
                                documentRanks: order == .relevance ? documentIDRanks() : nil)
        var both = PairCollector(top, CountCollector())
        try run(query, into: &both)
        let page = Array(both.first.best.dropFirst(start))
        let units = try matchUnits(query, segments: page.map(\.unit))
        let hits = zip(page, units).map { findingHit($1, segment: $0.unit, score: $0.score) }
        let count = both.second
        return FindingPage(hits: hits, total: count.units, documents: count.documents, hitCount: count.hits)
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
