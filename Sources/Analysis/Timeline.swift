// Timeline: a query's rate per 10,000 words across years, one series per provider, owner or type.
import Inspections
import Search

public struct TimelineSeries: Sendable {
    public var name: String
    /// Hits and words per year (only years the series has write-ups in).
    public var hits: [Int: Int]
    public var words: [Int: Int]
    /// Write-ups per year, matched or not: the base a small group is judged by.
    public var writeups: [Int: Int] = [:]
    public func per10k(_ year: Int) -> Double? {
        guard let w = words[year], w > 0 else { return nil }
        return Double(hits[year] ?? 0) * 10_000 / Double(w)
    }
    public var totalHits: Int { hits.values.reduce(0, +) }
    public var totalWords: Int { words.values.reduce(0, +) }
}

public struct Timeline: Sendable {
    /// Every year any write-up was published in, ascending (gaps filled so the axis is even).
    public var years: [Int]
    public var series: [TimelineSeries]
    /// All write-ups together.
    public var all: TimelineSeries

    /// Series by `grouping` (nil: one per provider type). Only series with at least one hit are kept
    /// unless `keepEmpty`; they are sorted by name.
    public init(_ hits: [ReportHits], by grouping: Grouping?, keepEmpty: Bool = false) {
        var groups: [GroupKey: TimelineSeries] = [:]
        var all = TimelineSeries(name: "all", hits: [:], words: [:])
        var seen = Set<Int>()
        for h in hits {
            guard let y = h.report.year else { continue }
            seen.insert(y)
            let key = (grouping ?? .type).key(of: h.report)
            var s = groups[key] ?? TimelineSeries(name: key.label, hits: [:], words: [:])
            s.hits[y, default: 0] += h.hits; s.words[y, default: 0] += h.words; s.writeups[y, default: 0] += 1
            groups[key] = s
            all.hits[y, default: 0] += h.hits; all.words[y, default: 0] += h.words; all.writeups[y, default: 0] += 1
        }
        if let lo = seen.min(), let hi = seen.max() { years = Array(lo...hi) } else { years = [] }
        series = groups.keys.sorted().map { groups[$0]! }.filter { keepEmpty || $0.totalHits > 0 }
        self.all = all
    }
}
