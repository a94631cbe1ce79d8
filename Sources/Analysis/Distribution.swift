// Distribution: how many inspections got each overall rating, in total or per group, unknown counted apart.
import Inspections

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
        var byKey: [GroupKey: RatingCounts] = [:]
        var total = RatingCounts(group: "all")
        for r in reports {
            let k = grouping?.key(of: r) ?? GroupKey("all")
            byKey[k, default: RatingCounts(group: k.label)].add(r.overall)
            total.add(r.overall)
        }
        groups = grouping == nil ? [total] : byKey.keys.sorted().map { byKey[$0]! }
        self.total = total
    }
}
