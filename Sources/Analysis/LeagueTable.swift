// LeagueTable: providers ranked by overall rating, then score over known standards, with stated tie-breaks.
import Inspections

/// Which inspections a league (or chart) takes: one per provider.
public enum LeagueSelection: Sendable, Equatable {
    /// Each provider's latest inspection among those kept.
    case latest
    /// Inspections published in a year (each provider's latest that year).
    case year(Int)
    /// Each provider's Nth inspection in the corpus (1 = its first).
    case round(Int)
}

/// Up or down since the provider's previous inspection.
public enum Movement: String, Sendable, Codable {
    case up, down, same
}

public struct LeagueEntry: Sendable {
    public var report: InspectionReport
    /// 1-based; entries equal on every ranking key share a rank.
    public var rank: Int
    /// True when another entry has the same rank.
    public var tied: Bool
    /// The rating ranked on when the league is `by STANDARD`; nil otherwise or when unknown.
    public var standardRating: Rating?
    /// Whether the report's framework rates the chosen standard.
    public var standardRated: Bool
    /// The previous overall rating: from the provider's previous inspection in the corpus, else the write-up's own
    /// `previous_overall`.
    public var previousOverall: Rating?
    /// The id of the previous inspection, when the corpus holds it.
    public var previousID: String?
    /// The group the entry is ranked within (`league by region`), nil when the league is one table.
    public var group: GroupKey?
    public var movement: Movement? {
        guard let now = report.overall, let before = previousOverall else { return nil }
        return now > before ? .up : now < before ? .down : .same
    }
    public var score: Score { report.score }
}

public struct LeagueTable: Sendable {
    public var entries: [LeagueEntry]
    /// The standard ranked on first, when `by STANDARD` was asked for.
    public var standard: Standard?
    /// The grouping ranks restart within (`by region`), if any.
    public var grouping: Grouping?

    /// The ranking rule, shown under the table.
    public var rule: String {
        let first = standard.map { "\($0.label) rating (unknown last), then overall" } ?? "overall rating (unknown last)"
        return (grouping.map { "within each \($0.name), " } ?? "")
            + "ranked by \(first), then mean points over known standards (none known last), then coverage "
            + "(more known first); = marks a shared rank, listed by name"
    }

    /// Picks one inspection per provider from `reports`, then ranks them. `all` is the whole corpus, for movement.
    public init(reports: [InspectionReport], selection: LeagueSelection = .latest, by standardName: String? = nil,
                within grouping: Grouping? = nil, all: [InspectionReport]) {
        self.grouping = grouping
        let chosen = LeagueTable.select(reports, selection, all: all)
        standard = standardName.flatMap { name in
            chosen.lazy.compactMap { $0.framework.standard(named: name) }.first
                ?? Framework.all.lazy.compactMap { $0.standard(named: name) }.first
        }
        var rows: [LeagueEntry] = chosen.map { r in
            let previous = Chronology.previous(of: r, in: all)
            let s = standardName.flatMap { r.framework.standard(named: $0) }
            return LeagueEntry(report: r, rank: 0, tied: false, standardRating: s.flatMap { r.rating(of: $0) },
                               standardRated: s != nil, previousOverall: previous?.overall ?? r.previousOverall,
                               previousID: previous?.id, group: grouping?.key(of: r))
        }
        let byStandard = standardName != nil
        func key(_ e: LeagueEntry) -> [Int] {
            // Higher is better on every component; -1 sorts unknowns after every known value.
            let mean = e.score.mean.map { Int(($0 * 1_000_000).rounded()) } ?? -1
            var k = [e.report.overall?.points ?? -1, mean, e.score.known]
            if byStandard { k.insert(e.standardRating?.points ?? -1, at: 0) }
            return k
        }
        rows.sort { x, y in
            if x.group != y.group, let gx = x.group, let gy = y.group { return gx < gy }
            let kx = key(x), ky = key(y)
            if kx != ky { return kx.lexicographicallyPrecedes(ky, by: >) }
            return (x.report.provider.shortName.lowercased(), x.report.id) < (y.report.provider.shortName.lowercased(), y.report.id)
        }
        var start = 0
        for i in rows.indices {
            if i > 0, rows[i].group != rows[i - 1].group { start = i }
            if i > start, key(rows[i]) == key(rows[i - 1]) {
                rows[i].rank = rows[i - 1].rank
                rows[i].tied = true; rows[i - 1].tied = true
            } else {
                rows[i].rank = i - start + 1
            }
        }
        entries = rows
    }

    /// One inspection per provider, as the selection says.
    public static func select(_ reports: [InspectionReport], _ selection: LeagueSelection,
                              all: [InspectionReport]) -> [InspectionReport] {
        var kept = reports
        switch selection {
        case .latest: break
        case .year(let y): kept = kept.filter { $0.year == y }
        case .round(let n): kept = kept.filter { Chronology.round(of: $0, in: all) == n }
        }
        let grouped = Chronology.byProvider(kept)
        return grouped.keys.sorted().compactMap { grouped[$0]?.last }
    }
}
