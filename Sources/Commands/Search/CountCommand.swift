// CountCommand: `count QUERY [by GROUP]` — hits and matching write-ups per group, raw and per 10,000 words.
import Analysis
import Inspections
import QueryLanguage
import Rendering
import Search
import Workspace

enum CountCommand {
    static let spec = CommandSpec(
        name: "count", group: .search,
        summary: "How often a query matches: hits and write-ups per group, raw and per 10,000 words, with a bar each.",
        help: "A hit is one match (a phrase counts once); a query of filters alone (`count set:rh by year`, `count tag:x "
            + "by region`) counts findings, each one a hit. docs (`documents` in data formats) counts write-ups with at "
            + "least one match; the rate is hits per 10,000 words of the group's findings. Field filters in the query "
            + "narrow the base too: `count caseload* type:crc by owner` rates over CRC findings only. Rows run from most "
            + "hits to fewest, then by name (`sort rate`: highest rate first; `sort name`: alphabetical); years stay in time order; "
            + "groups without a hit are left out of the chart but kept in csv, tsv, json and "
            + "markdown, whose columns are group, hits, documents, words, per_10k, juilland_d, dp, per_10k_low and "
            + "per_10k_high (the rate's exact Poisson 95% interval), writeups (with findings in the group) and small_group "
            + "(fewer than 5 write-ups). D (Juilland) and DP (Gries) "
            + "say how evenly the hits fall over the group's write-ups, each weighted by its words of findings (DP 0: as "
            + "their sizes predict, near 1: all in one; blank for one write-up); DP is shown from 60 columns. "
            + "Without `by`, one row of totals. "
            + "`by tag` groups by the tags given with `tag`: a finding with two tags counts in both rows (so rows may add "
            + "up to more than the total) and one without any in \"untagged\"; tags have no D or DP. "
            + "`lines N` lists the matches behind row N, as many as its hits; `save NAME` keeps the matching findings as a set. "
            + "With two (`by owner by year`, `by tag by year`), a cross-table: rows by the first grouping, columns by the second, each cell "
            + "the pair's hits, write-ups or rate (`show hits|docs|rate`), with row and column totals; its data is one row "
            + "per pair with the rate's exact 95% interval (`form long`, the default) or one column per second group "
            + "(`form wide`). A grouping may also be a standard's rating (`by reviewing`).",
        examples: ["count \"caseload*\" by owner", "count \"risk of harm\" by year --format tsv",
                   "count \"through the gate\" type:crc by provider", "count set:rh by tag", "count \"unpaid work\"",
                   "count \"caseload*\" by owner by year show rate"],
        arguments: [ArgumentSpec("query", .query)],
        options: [OptionSpec("by", .standardOr(Grouping.named.map(\.name)),
                             "one row per provider, owner, type, region, year, section, overall rating, tag or a standard's rating; "
                             + "a second `by` makes the columns", repeatable: true),
                  CommonOptions.sort(["hits", "rate", "name"], "order of rows: most hits (default; years stay in time order), highest rate, or name"),
                  CountCross.show, CountCross.form],
        run: { inv, session in
            let search = try session.search
            let (text, node, repairs) = try SearchSupport.query(inv, corpus: search, example: "count \"caseload*\" by owner")
            let groupings = try CountCross.groupings(inv)
            if groupings.count == 2 {
                return try CountCross.table(inv, session: session, query: text, node: node, rows: groupings[0], columns: groupings[1],
                                            style: .figures)
            }
            let grouping = groupings.first
            var table = try Interruptible.run(session) {
                try SearchSupport.shifted(inv) { () throws(QueryError) in try search.count(node, by: grouping) }
            }
            // Years stay in time order unless a sort is asked for.
            if let sort = inv.option("sort")?.lowercased() {
                table.rows.sort(by: order(sort))
            } else if grouping?.isChronological != true {
                table.rows.sort(by: order("hits"))
            }
            let parts = try Interruptible.run(session) {
                try SearchSupport.shifted(inv) { () throws(QueryError) in try search.parts(node, by: grouping) }
            }
            // `set smallgroups hide`: groups of fewer than 5 write-ups leave the view and the data, named below.
            var hidden: [String] = []
            if grouping != nil, session.settings.smallGroups == .hide {
                hidden = table.rows.filter { CountChart.isSmall(parts[$0.group]?.words.count) }.map(\.group)
                table.rows.removeAll { hidden.contains($0.group) }
            }
            // What `save`, `$_` and `lines N` will mean: the matching findings, and the rows as the chart shows them.
            session.workspace.lastFindings = LastFindings(command: inv.line, corpus: search, query: node)
            let shown = grouping == nil ? [table.total] : table.rows.filter { $0.hits > 0 }
            session.workspace.lastTable = LastTable(command: inv.line, corpus: search, query: node, queryText: text, rows: shown.map {
                LastTable.Row(label: $0.group, hits: $0.hits, documents: $0.documents, grouping: grouping)
            })
            var chart = chart(table, grouping: grouping, query: text, parts: parts, scope: TextScope.base(of: node))
            chart.smallGroups = session.settings.smallGroups
            if let note = SmallGroupMode.hiddenNote(hidden) { chart.footer.insert(note, at: min(1, chart.footer.count)) }
            if let notice = SearchSupport.notice(node, repairs) { chart.footer.insert(notice, at: 0) }
            return chart
        })

    /// Row orders; each ends on the name so the output never depends on dictionary order.
    static func order(_ key: String) -> (CountRow, CountRow) -> Bool {
        func name(_ a: CountRow, _ b: CountRow) -> Bool { (a.group.lowercased(), a.group) < (b.group.lowercased(), b.group) }
        switch key {
        case "rate": return { a, b in a.per10k != b.per10k ? a.per10k > b.per10k : a.hits != b.hits ? a.hits > b.hits : name(a, b) }
        case "name": return name
        default: return { a, b in a.hits != b.hits ? a.hits > b.hits : name(a, b) }
        }
    }

    static func chart(_ table: CountTable, grouping: Grouping?, query: String, parts: [String: GroupParts] = [:],
                      scope: TextScope? = .findings) -> CountChart {
        func row(_ r: CountRow) -> CountChart.Row {
            // One write-up has no spread to speak of: its DP of 0 would read as "even".
            let spread = parts[r.group].map { Dispersion(frequencies: $0.hits, sizes: $0.words) }.flatMap { $0.parts > 1 ? $0 : nil }
            let rate = PoissonInterval.rate(count: r.hits, words: r.words)
            return CountChart.Row(group: r.group, hits: r.hits, documents: r.documents, words: r.words, per10k: r.per10k,
                                  juillandD: spread?.juillandD, dp: spread?.dp, low: rate?.low, high: rate?.high,
                                  writeups: parts[r.group]?.words.count)
        }
        let t = table.total
        let summary = "\(query): " + SearchSupport.plural(t.hits, "hit") + " in " + SearchSupport.plural(t.findings, TextScope.unit(scope))
            + " of " + SearchSupport.plural(t.documents, "write-up") + " (of \(formatGrouped(table.baseDocuments)))"
            + " · " + formatFixed(t.per10k, digits: 2) + " per 10,000 " + TextScope.words(scope)
        guard grouping != nil else {
            return CountChart(groupHeader: "total", rows: [row(t)], total: nil, footer: [summary])
        }
        var footer = [summary, "docs: write-ups with a match · per 10k: hits per 10,000 "
                      + TextScope.words(scope).replacingOccurrences(of: "words of ", with: "words of the group's ")]
        let silent = table.rows.filter { $0.hits == 0 }.count
        if silent > 0 {
            footer.append(SearchSupport.plural(silent, "group") + " without a hit not shown (--format csv lists every group)")
        }
        if grouping == .year, let note = ReportDate.footnote(datedByID: table.datedByID) { footer.append(note) }
        if grouping == .tag { footer.append("a finding with several tags counts in each of their rows") }
        footer.append("lines N lists the matches behind row N")
        if t.hits == 0 { footer = [summary, "no matches · explain QUERY shows how the query was read"] }
        return CountChart(groupHeader: grouping!.name, rows: table.rows.map(row), total: row(t), footer: footer)
    }
}
