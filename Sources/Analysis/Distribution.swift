// Distribution: how many inspections got each overall rating, in total or per group, unknown counted apart.
import Inspections

/// What a distribution is grouped by.
public enum Grouping: String, Sendable, CaseIterable {
    case provider, owner, type, year
}

/// Counts of one group: one per rating, and unknown kept apart (never counted as a rating).
public struct RatingCounts: Sendable, Equatable {
    public var group: String
    /// Indexed by `Rating.rawValue`.
    public var counts: [Int] = [0, 0, 0, 0]
    public var unknown: Int = 0

    public init(group: String) { self.group = group }

    public subscript(_ r: Rating) -> Int { counts[r.rawValue] }
    public var known: Int { counts.reduce(0, +) }
    public var total: Int { known + unknown }

    mutating func add(_ r: Rating?) {
        if let r { counts[r.rawValue] += 1 } else { unknown += 1 }
    }
}

public struct Distribution: Sendable {
    public var grouping: Grouping?
    /// Groups in their natural order (type order, year ascending, names alphabetically); one "all" group
    /// when ungrouped.
    public var groups: [RatingCounts]
    public var total: RatingCounts

    public init(_ reports: [InspectionReport], by grouping: Grouping? = nil) {
        self.grouping = grouping
        var byKey: [String: RatingCounts] = [:]
        var order: [String: (Int, String)] = [:]
        var total = RatingCounts(group: "all")
        for r in reports {
            let (k, sortKey) = Distribution.key(r, grouping)
            byKey[k, default: RatingCounts(group: k)].add(r.overall)
            order[k] = sortKey
            total.add(r.overall)
        }
        groups = grouping == nil ? [total] : byKey.keys.sorted { (order[$0]!.0, order[$0]!.1, $0) < (order[$1]!.0, order[$1]!.1, $1) }
            .map { byKey[$0]! }
        self.total = total
    }

    /// A group's name and how it sorts: unknown groups ("unknown owner") last.
    static func key(_ r: InspectionReport, _ g: Grouping?) -> (String, (Int, String)) {
        switch g {
        case nil: return ("all", (0, ""))
        case .provider: return (r.provider.shortName, (0, r.provider.shortName.lowercased()))
        case .owner:
            guard let o = r.ownerGroup ?? r.owner else { return ("unknown owner", (1, "")) }
            return (o, (0, o.lowercased()))
        case .type:
            return (r.type.rawValue, (ProviderType.allCases.firstIndex(of: r.type)!, ""))
        case .year:
            guard let y = Chronology.year(of: r) else { return ("unknown year", (1, "")) }
            return (String(y), (0, String(y)))
        }
    }
}
