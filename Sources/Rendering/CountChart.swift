// CountChart: `count` results — hits, write-ups and the rate per 10,000 words per group, with a bar per row.

public struct CountChart: Renderable {
    public struct Row: Sendable {
        public var group: String
        public var hits: Int
        public var documents: Int
        public var words: Int
        public var per10k: Double
        public init(group: String, hits: Int, documents: Int, words: Int, per10k: Double) {
            self.group = group; self.hits = hits; self.documents = documents; self.words = words; self.per10k = per10k
        }
    }
    /// Names the first column in the text view ("owner"); the data column is always `group`.
    public var groupHeader: String
    /// Every group, zero-hit ones included, in display order.
    public var rows: [Row]
    /// The totals line under a grouped chart (nil for `count Q` alone, whose only row is the total).
    public var total: Row?
    public var footer: [String]

    public init(groupHeader: String, rows: [Row], total: Row?, footer: [String]) {
        self.groupHeader = groupHeader; self.rows = rows; self.total = total; self.footer = footer
    }

    /// Columns `group, hits, documents, words, per_10k` for scripts; one row per group, no total row.
    public var data: DataTable {
        DataTable(columns: [Column("group"), Column("hits", .right), Column("documents", .right), Column("words", .right),
                            Column("per_10k", .right)],
                  rows: rows.map { [.text($0.group), .int($0.hits), .int($0.documents), .int($0.words), .double($0.per10k, digits: 2)] })
    }

    /// The groups, their numbers and a bar each, laid out by the layout engine: the group and its hits are never
    /// left out; on a narrow line the words column goes first, then the bar.
    public func render(in context: RenderContext) -> String {
        guard context.format == .table else { return data.render(in: context) }
        // Groups without a hit are left out of the chart (the data formats keep them) and counted below.
        let shown = total == nil ? rows : rows.filter { $0.hits > 0 }
        let top = shown.map(\.per10k).max() ?? 0
        func cells(_ r: Row, bar: Bool) -> [LayoutCell] {
            [LayoutCell(r.group), LayoutCell(formatGrouped(r.hits)), LayoutCell(formatGrouped(r.documents)),
             LayoutCell(formatGrouped(r.words)), LayoutCell(formatFixed(r.per10k, digits: 2)),
             bar && top > 0 ? LayoutCell(bar: r.per10k / top) : .empty]
        }
        var columns = [
            // A group name wraps on a narrow line rather than being cut (names come in one form here).
            LayoutColumn(groupHeader, .prose(.wrap), priority: .essential), LayoutColumn("hits", .number, priority: .essential),
            LayoutColumn("docs", .number, priority: .high), LayoutColumn("words", .number, priority: .low),
            LayoutColumn("per 10k", .number, priority: .high),
        ]
        // A lone total (no groups) has nothing to compare, so no bar.
        if total != nil { columns.append(LayoutColumn("", .bar, priority: Priority(LayoutColumn.Priority.low.rank + 1), style: .cyan)) }
        var table: [LayoutRow] = shown.map { .cells(cells($0, bar: total != nil)) }
        if let total { table.append(.cells(cells(total, bar: false).map { LayoutCell(forms: $0.forms, style: .dim) })) }
        return LayoutTable(columns: columns, rows: table, footer: footer).render(in: context)
    }

    typealias Priority = LayoutColumn.Priority
}
