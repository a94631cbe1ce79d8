// FindingHit: one matching finding with its score, hit count and match ranges to highlight; the orders find offers.
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

extension SearchCorpus {
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
