// CountCross: `count QUERY by A by B` and `chart QUERY by A by B` — a cross-table of hits, write-ups or rates, with its long and wide data.
import Analysis
import Inspections
import QueryLanguage
import Rendering
import Search

enum CountCross {
    /// What a cross-table's cells show.
    enum Measure: String, CaseIterable { case hits, docs, rate }

    static let show = OptionSpec("show", .choice(Measure.allCases.map(\.rawValue)),
                                 "with two groupings: what each cell shows (hits by default for count, rate for chart)")
    static let form = OptionSpec("form", .choice(["long", "wide"]),
                                 "with two groupings, in csv, tsv or json: one row per pair (long, the default) or one column per second group (wide)")

    /// The groupings of `by`, each checked, at most two and not the same twice.
    static func groupings(_ inv: Invocation) throws -> [Grouping] {
        let words = inv.values("by")
        var out: [Grouping] = []
        for w in words {
            guard let g = Grouping(w.text) else {
                let names = Grouping.named.map(\.name)
                throw CommandError.usage("'\(w.text)' is not a value of by",
                                         hint: (CommandError.didYouMean(w.text, among: names).map { $0 + " " } ?? "")
                                            + "(one of: " + names.joined(separator: ", ") + ")", at: w.range)
            }
            if out.contains(g) {
                throw CommandError.usage("'\(w.text)' is given twice", hint: "two different groupings, e.g. by owner by year", at: w.range)
            }
            out.append(g)
        }
        if words.count > 2 {
            throw CommandError.usage("at most two groupings", hint: "rows by the first, columns by the second, e.g. by owner by year",
                                     at: words[2].range)
        }
        for name in ["show", "form"] where out.count < 2 {
            if let w = inv.options[name] {
                throw CommandError.usage("\(name) goes with two groupings", hint: "e.g. \(inv.spec.name) QUERY by owner by year \(name) \(w.text)",
                                         at: w.range)
            }
        }
        return out
    }

    /// The cross-table of `node` by `rows` and `columns`; `style` is figures for `count`, shades for `chart`.
    /// Extra report filters (chart's `type`, `year`) narrow the query as field filters would.
    static func table(_ inv: Invocation, session: Session, query: String, node: QueryNode, rows: Grouping, columns: Grouping,
                      style: CrossTable.Style, filter: ReportFilter = ReportFilter()) throws -> CrossTable {
        // The workspace's corpus: its tags (for `by tag`), sets and scope, as one-way count sees them.
        let search = try session.search
        let narrowed = narrow(node, filter)
        var table = try Interruptible.run(session) {
            try SearchSupport.shifted(inv) { () throws(QueryError) in try search.crossCount(narrowed, rows: rows, columns: columns) }
        }
        let measure = Measure(rawValue: inv.option("show")?.lowercased() ?? (style == .shaded ? "rate" : "hits")) ?? .hits
        order(&table, inv.option("sort")?.lowercased())
        // Rows without a hit are left out of the text view (the data keeps them), as `count` leaves out groups.
        let shown = style == .shaded || table.total.hits == 0 ? Array(table.rows.indices)
            : table.rows.indices.filter { table.rowTotals[$0].hits > 0 }
        func value(_ r: CountRow) -> Double {
            switch measure {
            case .hits: Double(r.hits)
            case .docs: Double(r.documents)
            case .rate: r.per10k
            }
        }
        let scope = TextScope.base(of: node)
        let what = measure == .hits ? "hits" : measure == .docs ? "write-ups with a match" : "hits per 10,000 " + TextScope.words(scope)
        let t = table.total
        var footer = [query + ": " + SearchSupport.plural(t.hits, "hit") + " in " + SearchSupport.plural(t.findings, TextScope.unit(scope))
                      + " of " + SearchSupport.plural(t.documents, "write-up") + " (of \(formatGrouped(table.baseDocuments)))"
                      + "; " + formatFixed(t.per10k, digits: 2) + " per 10,000 " + TextScope.words(scope)]
        let hidden = table.rows.count - shown.count
        if hidden > 0 {
            footer.append(SearchSupport.plural(hidden, rows.name + " group") + " without a hit not shown (--format csv lists every pair)")
        }
        if rows == .year || columns == .year, let note = ReportDate.footnote(datedByID: table.datedByID) { footer.append(note) }
        if rows == .tag || columns == .tag {
            footer.append("a finding with several tags counts under each of them, so the " + (rows == .tag ? "rows" : "columns")
                          + " may add up to more than the total; one without a tag counts as untagged")
        }
        return CrossTable(
            rowHeader: rows.name, rowLabels: shown.map { table.rows[$0].label }, columnLabels: table.columns.map(\.label),
            values: shown.map { i in table.cells[i].map { $0.map(value) } }, rowTotals: shown.map { value(table.rowTotals[$0]) },
            columnTotals: table.columnTotals.map(value), total: value(t), digits: measure == .rate ? 2 : 0, style: style,
            scaleLabel: measure == .rate ? "per 10k words" : what,
            header: ["\(query): \(what) by \(rows.name) (rows) and \(columns.name) (columns)"], footer: footer,
            data: inv.option("form")?.lowercased() == "wide" ? wide(table, rows: rows, measure: measure) : long(table, rows: rows, columns: columns))
    }

    /// Rows by total hits (default; years keep time order), by rate, or by name; columns keep their natural order.
    static func order(_ table: inout CrossCountTable, _ sort: String?) {
        guard sort != nil || !table.rowGrouping.isChronological else { return }
        let by = CountCommand.order(sort ?? "hits")
        let order = table.rows.indices.sorted { by(table.rowTotals[$0], table.rowTotals[$1]) }
        table.rows = order.map { table.rows[$0] }
        table.cells = order.map { table.cells[$0] }
        table.rowTotals = order.map { table.rowTotals[$0] }
    }

    /// One row per pair with write-ups in both groups: counts, words and the rate with its exact 95% interval.
    static func long(_ table: CrossCountTable, rows: Grouping, columns: Grouping) -> DataTable {
        var out: [[Cell]] = []
        for (i, r) in table.rows.enumerated() {
            for (j, c) in table.columns.enumerated() {
                guard let cell = table.cells[i][j] else { continue }
                let rate = PoissonInterval.rate(count: cell.hits, words: cell.words)
                out.append([.text(r.label), .text(c.label), .int(cell.hits), .int(cell.documents), .int(cell.words),
                            rate.map { .double($0.rate, digits: 2) } ?? .null, rate.map { .double($0.low, digits: 2) } ?? .null,
                            rate.map { .double($0.high, digits: 2) } ?? .null])
            }
        }
        let names = rows.name == columns.name ? [rows.name, columns.name + "_2"] : [rows.name, columns.name]
        return DataTable(columns: [Column(names[0]), Column(names[1]), Column("hits", .right), Column("documents", .right),
                                   Column("words", .right), Column("per_10k", .right), Column("per_10k_low", .right),
                                   Column("per_10k_high", .right)], rows: out)
    }

    /// One row per row group, one column per column group, each cell the measure shown (empty: no write-ups).
    static func wide(_ table: CrossCountTable, rows: Grouping, measure: Measure) -> DataTable {
        let data = table.rows.indices.map { i in
            [Cell.text(table.rows[i].label)] + table.cells[i].map { cell -> Cell in
                guard let cell else { return .null }
                switch measure {
                case .hits: return .int(cell.hits)
                case .docs: return .int(cell.documents)
                case .rate: return .double(cell.per10k, digits: 2)
                }
            }
        }
        return DataTable(columns: [Column(rows.name)] + table.columns.map { Column($0.label, .right) }, rows: data)
    }

    /// The query with a report filter's type and year added as field filters, so they narrow the rate's base
    /// exactly as `type:` and `year:` written in the query do.
    static func narrow(_ node: QueryNode, _ filter: ReportFilter) -> QueryNode {
        var extra: [QueryNode] = []
        func field(_ name: String, _ value: String) -> QueryNode {
            .field(FieldFilter(name: name, value: .text(value), range: 0..<0, valueRange: 0..<0))
        }
        if let t = filter.type { extra.append(field("type", t.rawValue.lowercased())) }
        if let y = filter.year { extra.append(field("year", String(y))) }
        guard !extra.isEmpty else { return node }
        if case .and(let xs) = node { return .and(xs + extra) }
        return .and([node] + extra)
    }
}
