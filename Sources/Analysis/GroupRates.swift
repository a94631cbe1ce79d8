// GroupRates: how often a query matches per group of write-ups, raw and per 10,000 words of findings.
import Inspections
import Search

public struct GroupRate: Sendable {
    public var group: String
    public var hits: Int
    /// Write-ups in the group with at least one hit.
    public var documents: Int
    /// Write-ups in the group.
    public var reports: Int
    public var words: Int
    public var per10k: Double { words == 0 ? 0 : Double(hits) * 10_000 / Double(words) }
}

public enum GroupRates {
    /// One row per group that has write-ups (zero-hit groups included), highest rate first, then name; groups
    /// of years in time order.
    public static func compute(_ hits: [ReportHits], by grouping: Grouping) -> [GroupRate] {
        var byGroup: [GroupKey: GroupRate] = [:]
        for h in hits {
            let key = grouping.key(of: h.report)
            var g = byGroup[key] ?? GroupRate(group: key.label, hits: 0, documents: 0, reports: 0, words: 0)
            g.hits += h.hits; g.words += h.words; g.reports += 1
            if h.hits > 0 { g.documents += 1 }
            byGroup[key] = g
        }
        if grouping.isChronological { return byGroup.keys.sorted().map { byGroup[$0]! } }
        return byGroup.values.sorted { a, b in
            a.per10k != b.per10k ? a.per10k > b.per10k : a.group.lowercased() < b.group.lowercased()
        }
    }
}
