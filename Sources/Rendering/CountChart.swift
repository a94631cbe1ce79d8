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
    /// Whether small groups carry the mark (`hide` is the caller's: it leaves their rows out).
    public var smallGroups: SmallGroupMode = .mark

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
                              r.writeups.map { .int($0) } ?? .null, r.writeups.map { .text(Self.isSmall($0) ? "yes" : "no") } ?? .null]
                         })
    }

    /// The groups, their numbers and a bar each, laid out by the layout engine: the group and its hits are never
    /// left out; on a narrow line the words column goes first, then the bar.
    public func render(in context: RenderContext) -> String {
        guard context.format == .table else { return data.render(in: context) }
        // Groups without a hit are left out of the chart (the data formats keep them) and counted below.
        let shown = total == nil ? rows : rows.filter { $0.hits > 0 }
        let top = shown.map(\.per10k).max() ?? 0
        // DP (how unevenly the hits fall over a group's write-ups) when some row has one.
        let showDP = shown.contains { $0.dp != nil }
        // The rate's 95% interval beside it, and a mark on groups of few write-ups, when the rows carry them.
        let showInterval = shown.contains { $0.low != nil && $0.high != nil }
        let anySmall = smallGroups == .mark && shown.contains { Self.isSmall($0.writeups) }
        func cells(_ r: Row, bar: Bool) -> [LayoutCell] {
            [LayoutCell(r.group), LayoutCell(formatGrouped(r.hits) + mark(r, marks: anySmall)), LayoutCell(formatGrouped(r.documents)),
             LayoutCell(formatGrouped(r.words)), LayoutCell(formatFixed(r.per10k, digits: 2))]
                + (showInterval ? [LayoutCell(interval(r, charset: context.charset))] : [])
                + (showDP ? [LayoutCell(r.dp.map { formatFixed($0, digits: 2) } ?? "")] : [])
                + [bar && top > 0 ? LayoutCell(bar: r.per10k / top) : .empty]
        }
        var columns = [
            // A group name wraps on a narrow line rather than being cut (names come in one form here).
            LayoutColumn(groupHeader, .prose(.wrap), priority: .essential), LayoutColumn("hits", .number, priority: .essential),
            LayoutColumn("docs", .number, priority: .high), LayoutColumn("words", .number, priority: .low),
            LayoutColumn("per 10k", .number, priority: .high),
        ]
        if showInterval {
            columns.append(LayoutColumn("95% CI", .number, priority: .normal,
                                        note: "95% CI: the exact (Poisson) interval of the rate per 10k"))
        }
        if showDP {
            columns.append(LayoutColumn("DP", .number, priority: .low,
                                        note: "DP: how unevenly the hits fall over the write-ups (0 = as their sizes predict, near 1 = all in one)"))
        }
        // A lone total (no groups) has nothing to compare, so no bar.
        if total != nil { columns.append(LayoutColumn("", .bar, priority: Priority(LayoutColumn.Priority.low.rank + 1), style: .cyan)) }
        var table: [LayoutRow] = shown.map { .cells(cells($0, bar: total != nil)) }
        if let total { table.append(.cells(cells(total, bar: false).map { LayoutCell(forms: $0.forms, style: .dim) })) }
        // The mark sits on the hits, which no width leaves out, so its legend is kept with it at every width.
        let legend = anySmall ? [Self.smallGroupLegend] : []
        // The footer's middle dots have an ASCII stand-in, like every other glyph.
        let notes = context.charset == .ascii ? footer.map { $0.split(separator: "·", omittingEmptySubsequences: false).joined(separator: "-") } : footer
        return LayoutTable(columns: columns, rows: table, footer: legend + notes).render(in: context)
    }

    /// What the mark means, under every view that marks small groups.
    public static let smallGroupLegend = "* fewer than \(smallGroup) write-ups in the group: its rate rests on a handful of reports"

    /// Whether a group of `writeups` write-ups is small (nil: not known, not marked).
    public static func isSmall(_ writeups: Int?) -> Bool { (writeups ?? smallGroup) < smallGroup }

    /// Where some group is small, " *" after each small one's hits and two spaces after the others', so the
    /// numbers stay aligned; nothing when no group is small.
    func mark(_ r: Row, marks: Bool) -> String {
        !marks ? "" : Self.isSmall(r.writeups) ? " *" : "  "
    }

    /// "25.60–64.72", or "25.60-64.72" in ASCII. Empty where the row has no interval.
    func interval(_ r: Row, charset: Charset) -> String {
        guard let low = r.low, let high = r.high else { return "" }
        let dash = charset == .ascii ? "-" : "\u{2013}"
        return formatFixed(low, digits: 2) + dash + formatFixed(high, digits: 2)
    }

    typealias Priority = LayoutColumn.Priority
}
