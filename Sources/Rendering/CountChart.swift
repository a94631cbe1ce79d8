// CountChart: `count` results — hits, write-ups and the rate per 10,000 words per group, with a bar per row.

public struct CountChart: Renderable {
    public struct Row: Sendable {
        public var group: String
        public var hits: Int
        public var documents: Int
        public var words: Int
        public var per10k: Double
        /// The hits' spread over the group's write-ups (Juilland's D, Gries's DP); nil where undefined.
        public var juillandD: Double?
        public var dp: Double?
        /// The rate's exact 95% interval, and the write-ups with findings in the group (the base, matched or not).
        public var low: Double?
        public var high: Double?
        public var writeups: Int?
        public init(group: String, hits: Int, documents: Int, words: Int, per10k: Double, juillandD: Double? = nil, dp: Double? = nil,
                    low: Double? = nil, high: Double? = nil, writeups: Int? = nil) {
            self.group = group; self.hits = hits; self.documents = documents; self.words = words; self.per10k = per10k
            self.juillandD = juillandD; self.dp = dp; self.low = low; self.high = high; self.writeups = writeups
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

    /// Fewer write-ups than this make a small group: its rate rests on a handful of reports.
    public static let smallGroup = 5

    /// Columns `group, hits, documents, words, per_10k, juilland_d, dp, per_10k_low, per_10k_high, writeups,
    /// small_group` for scripts; one row per group, no total row.
    public var data: DataTable {
        func number(_ x: Double?, _ digits: Int) -> Cell { x.map { .double($0, digits: digits) } ?? .null }
        return DataTable(columns: [Column("group"), Column("hits", .right), Column("documents", .right), Column("words", .right),
                                   Column("per_10k", .right), Column("juilland_d", .right), Column("dp", .right),
                                   Column("per_10k_low", .right), Column("per_10k_high", .right), Column("writeups", .right),
                                   Column("small_group")],
                         rows: rows.map { r in
                             [.text(r.group), .int(r.hits), .int(r.documents), .int(r.words), .double(r.per10k, digits: 2),
                              number(r.juillandD, 4), number(r.dp, 4), number(r.low, 2), number(r.high, 2),
                              r.writeups.map { .int($0) } ?? .null, r.writeups.map { .text($0 < Self.smallGroup ? "yes" : "no") } ?? .null]
                         })
    }

    public func render(in context: RenderContext) -> String {
        guard context.format == .table else { return data.render(in: context) }
        let ascii = context.charset == .ascii
        // Groups without a hit are left out of the chart (the data formats keep them) and counted below.
        let shown = total == nil ? rows : rows.filter { $0.hits > 0 }
        let showWords = context.width >= 100
        // DP (how unevenly the hits fall over the group's write-ups) where there is room beside a bar.
        let showDP = context.width >= 60 && rows.contains { $0.dp != nil }
        let head = ["hits", "docs"] + (showWords ? ["words"] : []) + ["per 10k"] + (showDP ? ["DP"] : [])
        func cells(_ r: Row) -> [String] {
            [formatGrouped(r.hits), formatGrouped(r.documents)] + (showWords ? [formatGrouped(r.words)] : [])
                + [formatFixed(r.per10k, digits: 2)] + (showDP ? [r.dp.map { formatFixed($0, digits: 2) } ?? ""] : [])
        }
        let all = shown + (total.map { [$0] } ?? [])
        var widths = head.map { DisplayWidth.of($0) }
        for r in all { for (i, c) in cells(r).enumerated() { widths[i] = max(widths[i], DisplayWidth.of(c)) } }
        let numbers = widths.reduce(0, +) + 2 * widths.count
        let labels = all.map { TerminalSafe.escape($0.group) } + [TerminalSafe.escape(groupHeader)]
        let wantLabel = labels.map { DisplayWidth.of($0) }.max() ?? 5
        let withBars = total != nil
        // The label gets what it needs up to 40% of the line; the bar gets the rest (at least 5 columns, or none).
        var labelWidth = min(wantLabel, max(8, context.width * 2 / 5))
        var barWidth = withBars ? context.width - labelWidth - numbers - 2 : 0
        if withBars && barWidth < 5 { labelWidth = max(4, labelWidth - (5 - barWidth)); barWidth = context.width - labelWidth - numbers - 2 }
        if barWidth < 3 { barWidth = 0 }
        let top = shown.map(\.per10k).max() ?? 0
        func line(_ label: String, _ values: [String], bar: String) -> String {
            var s = DisplayWidth.pad(label, to: labelWidth, ascii: ascii)
            for (i, v) in values.enumerated() { s += "  " + String(repeating: " ", count: max(0, widths[i] - DisplayWidth.of(v))) + v }
            if !bar.isEmpty { s += "  " + bar }
            return trimRight(s)
        }
        var out = [context.styled(line(TerminalSafe.escape(groupHeader), head, bar: ""), .bold)]
        for r in shown {
            let bar = barWidth > 0 ? Bars.bar(r.per10k, maximum: top, width: barWidth, charset: context.charset) : ""
            out.append(line(TerminalSafe.escape(r.group), cells(r), bar: context.styled(bar, .cyan)))
        }
        if let total { out.append(context.styled(line(TerminalSafe.escape(total.group), cells(total), bar: ""), .dim)) }
        for f in footer { out += TextWrap.lines(f, width: context.width, ascii: ascii) }
        if showDP && shown.contains(where: { $0.dp != nil }) {
            out += TextWrap.lines("DP: how unevenly the hits fall over the write-ups (0 = as their sizes predict, near 1 = all in one)",
                                  width: context.width, ascii: ascii)
        }
        return out.joined(separator: "\n") + "\n"
    }

    func trimRight(_ s: String) -> String {
        var s = s
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }
}
