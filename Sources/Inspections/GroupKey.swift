// GroupKey: one group of a Grouping — its name, its identity and where it sorts.

/// One group: the name shown, its identity (a section groups by slug, so "Case Supervision" and "Case
/// supervision" are one), and where it sorts in the grouping's natural order.
public struct GroupKey: Sendable, Hashable, Comparable {
    /// As shown: "HLNY CRC", "2019", "unknown owner".
    public let label: String
    /// What makes two keys the same group.
    public let id: String
    /// Unknown groups are last (1); known ones 0.
    let unknownRank: Int
    let rank: Int
    let order: String

    public init(_ label: String, id: String? = nil, rank: Int = 0, order: String = "") {
        self.label = label
        self.id = id ?? label
        self.unknownRank = 0
        self.rank = rank
        self.order = order
    }

    init(unknown label: String, rank: Int) {
        self.label = label; self.id = label; self.unknownRank = 1; self.rank = rank; self.order = ""
    }

    /// The group of reports with no value for the grouping.
    static func unknown(_ label: String, rank: Int = 0) -> GroupKey { GroupKey(unknown: label, rank: rank) }

    public var isUnknown: Bool { unknownRank == 1 }

    public static func == (a: GroupKey, b: GroupKey) -> Bool { a.id == b.id }
    public func hash(into h: inout Hasher) { h.combine(id) }

    /// The grouping's natural order: type order, years ascending, ratings best first, names alphabetically,
    /// unknown groups last.
    public static func < (a: GroupKey, b: GroupKey) -> Bool {
        (a.unknownRank, a.rank, a.order, a.id) < (b.unknownRank, b.rank, b.order, b.id)
    }
}
