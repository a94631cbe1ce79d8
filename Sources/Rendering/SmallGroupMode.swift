// SmallGroupMode: what views do with groups of fewer than 5 write-ups — show them plainly, mark them, or hide them.

/// `set smallgroups show|mark|hide`. The data formats keep every group (with `small_group`) unless they are hidden.
public enum SmallGroupMode: String, Sendable, CaseIterable {
    /// As any other group: no mark, no legend.
    case show
    /// With `*` and a legend (the default).
    case mark
    /// Left out of the view and of the data, and named in a footer.
    case hide

    /// The footer naming the hidden groups ("3 groups of fewer than 5 write-ups hidden: A, B, C"); nil for none.
    public static func hiddenNote(_ names: [String], what: String = "group") -> String? {
        guard !names.isEmpty else { return nil }
        let plural = names.count == 1 ? what : what + "s"
        return "\(names.count) \(plural) of fewer than \(CountChart.smallGroup) write-ups hidden: " + names.joined(separator: ", ")
            + "; totals still count them (set smallgroups mark shows them)"
    }
}
