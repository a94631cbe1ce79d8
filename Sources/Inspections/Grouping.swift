// Grouping: what reports and findings are grouped by, and the one key function every count, chart and league uses.

/// A way of grouping write-ups (and, for `section`, their findings). `key(of:finding:)` is the only place a
/// group's name and natural order are decided, so `count ... by year`, `chart overall by year`, `track` and
/// `league` cannot put one report in two different groups. A report with no value for the grouping falls in
/// an "unknown" group that sorts last; nothing is guessed.
public enum Grouping: Sendable, Hashable {
    case provider, owner, type, region, year, section, overall
    /// A standard's rating (`by reviewing`), read in each report's framework.
    case standard(String)
    /// The tags a researcher gave a finding: a finding with several tags is in several groups, one without
    /// any in "untagged". Tags belong to the session, not the report, so the counter asks for them per finding
    /// (`tagKey`); `key(of:)` can only say "untagged".
    case tag

    /// The groupings named by a word, in the order help lists them.
    public static let named: [Grouping] = [.provider, .owner, .type, .region, .year, .section, .overall, .tag]

    /// Reads "provider", "owner", "type", "region", "year", "section", "overall", "tag", or a standard's name, number
    /// or synonym in any framework ("reviewing", "2.4", "ttg"); nil for anything else.
    public init?(_ text: String) {
        let t = text.lowercased()
        if let g = Grouping.named.first(where: { $0.name == t }) {
            self = g
        } else if Framework.all.contains(where: { $0.standard(named: t) != nil }) {
            self = .standard(t)
        } else {
            return nil
        }
    }

    /// "provider", "year", or the standard as written ("reviewing").
    public var name: String {
        switch self {
        case .provider: "provider"
        case .owner: "owner"
        case .type: "type"
        case .region: "region"
        case .year: "year"
        case .section: "section"
        case .overall: "overall"
        case .standard(let s): s
        case .tag: "tag"
        }
    }

    /// Groups that stand for points in time: tables keep them in time order whatever they are measured by.
    public var isChronological: Bool { self == .year }

    /// The group of a report, or of one of its findings (only `section` looks at the finding).
    public func key(of report: InspectionReport, finding: Finding? = nil) -> GroupKey {
        switch self {
        case .provider:
            return GroupKey(report.provider.shortName, order: report.provider.shortName.lowercased())
        case .owner:
            guard let o = report.ownerGroup ?? report.owner else { return .unknown("unknown owner") }
            return GroupKey(o, order: o.lowercased())
        case .type:
            let rank = ProviderType.allCases.firstIndex(of: report.type) ?? 0
            return GroupKey(report.type.rawValue, rank: rank)
        case .region:
            guard let r = report.region else { return .unknown("unknown") }
            return GroupKey(r, order: r.lowercased())
        case .year:
            guard let y = report.year else { return .unknown("unknown year") }
            return GroupKey(String(y), rank: y)
        case .section:
            guard let f = finding else { return GroupKey("all") }
            return GroupKey(f.section, id: f.sectionSlug, order: f.sectionSlug)
        case .overall:
            return Grouping.ratingKey(report.overall)
        case .standard(let name):
            guard let s = report.framework.standard(named: name) else { return .unknown("not rated", rank: Int.max) }
            return Grouping.ratingKey(report.rating(of: s))
        case .tag:
            return Grouping.untagged
        }
    }

    /// Groups a finding falls in one at a time (`section`) or several at once (`tag`), rather than its report's.
    public var isPerFinding: Bool { self == .section || self == .tag }

    /// The group of one tag, named as tagged.
    public static func tagKey(_ tag: String) -> GroupKey { GroupKey(tag, order: tag.lowercased()) }

    /// The group of findings without a tag: last, like every unknown group.
    public static let untagged = GroupKey.unknown("untagged")

    /// Ratings best first, unknown after them.
    static func ratingKey(_ r: Rating?) -> GroupKey {
        guard let r else { return .unknown("unknown") }
        return GroupKey(r.label, rank: -r.points)
    }
}
