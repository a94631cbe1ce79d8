// LabelledRows: "label  value" lines with the value wrapped in its own column, as explain and cite show them.

public enum LabelledRows {
    /// Labels whole in one column, each value wrapped to the width left after it (links whole, ids broken before their "#" only);
    /// continuation lines are indented under it.
    public static func lines(_ rows: [(String, String)], in context: RenderContext) -> [String] {
        LayoutTable(columns: [LayoutColumn("", .identifier, priority: .essential, style: .dim),
                              LayoutColumn("", .prose(.wrap), priority: .essential, minimum: 10)],
                    rows: rows.map { .cells([LayoutCell($0.0), LayoutCell($0.1)]) }, showsHeader: false)
            .lines(in: context)
    }
}
