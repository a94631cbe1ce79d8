// Hits: the findings a query matches, ranked by BM25 or sorted by date or provider, with match ranges to highlight.
import Inspections
import PhraseIndex
import QueryLanguage

/// How `find` orders its findings.
public enum FindingOrder: String, Sendable, CaseIterable {
    case relevance, date, provider
}

/// One matching finding.
public struct FindingHit: Sendable, Hashable {
    /// Index into `SearchCorpus.reports`.
    public let report: Int
    /// Index into that report's `findings`.
    public let finding: Int
    public let segment: Int
    /// BM25 score (segment lengths), whatever the order shown.
    public let score: Double
    /// Hit spans in the finding (a phrase counts once).
    public let hits: Int
    /// Byte ranges of the matches relative to the finding's text: ascending, overlaps merged.
    public let matches: [Range<Int>]
}

/// Every finding a query matches, in the order asked for.
public struct FindingHits: Sendable {
    public let hits: [FindingHit]
    /// Distinct write-ups with at least one matching finding.
    public let documents: Int
    /// Total hit spans.
    public let hitCount: Int
}

extension SearchCorpus {
    /// Matching findings. Relevance ties are broken by report id, then finding order, so output never depends
    /// on load order; date and provider orders fall back to the same keys.
    public func findHits(_ query: QueryNode, order: FindingOrder = .relevance) throws(QueryError) -> FindingHits {
        let matches = try evaluate(query, scope: .segment)
        let scores = BM25.rank(matches, in: index)
        var hits: [FindingHit] = []
        hits.reserveCapacity(scores.count)
        for ranked in scores {
            let unit = matches.units[ranked.unitIndex]
            guard let s = unit.segment else { continue }
            let (d, f) = finding(ofSegment: s)
            let base = reports[d].findings[f].range
            let ranges = matches.highlights(unit, in: index).compactMap { r -> Range<Int>? in
                let lo = max(r.lowerBound, base.lowerBound), hi = min(r.upperBound, base.upperBound)
                return lo < hi ? (lo - base.lowerBound)..<(hi - base.lowerBound) : nil
            }
            hits.append(FindingHit(report: d, finding: f, segment: s, score: ranked.score, hits: unit.spans.count,
                                   matches: Self.merged(ranges)))
        }
        hits.sort(by: ordering(order))
        return FindingHits(hits: hits, documents: matches.documents.count, hitCount: matches.hitCount)
    }

    /// The comparison for an order; every order ends on (report id, finding) so it is total.
    func ordering(_ order: FindingOrder) -> (FindingHit, FindingHit) -> Bool {
        let reports = self.reports
        func tail(_ a: FindingHit, _ b: FindingHit) -> Bool {
            (reports[a.report].id, a.finding) < (reports[b.report].id, b.finding)
        }
        switch order {
        case .relevance:
            return { a, b in a.score != b.score ? a.score > b.score : tail(a, b) }
        case .date:
            return { a, b in
                let da = self.dateKey(a.report), db = self.dateKey(b.report)
                return da != db ? da < db : tail(a, b)
            }
        case .provider:
            return { a, b in
                let pa = reports[a.report].provider.shortName.lowercased(), pb = reports[b.report].provider.shortName.lowercased()
                if pa != pb { return pa < pb }
                let da = self.dateKey(a.report), db = self.dateKey(b.report)
                return da != db ? da < db : tail(a, b)
            }
        }
    }

    /// A report's rank in time order (the one date rule, ties by id): date sorts compare these.
    public func dateKey(_ d: Int) -> Int { dateRanks[d] }

    /// Sorted ranges with overlapping or touching ones joined.
    static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for r in ranges.sorted(by: { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }) {
            if let last = out.last, r.lowerBound <= last.upperBound {
                out[out.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                out.append(r)
            }
        }
        return out
    }
}
