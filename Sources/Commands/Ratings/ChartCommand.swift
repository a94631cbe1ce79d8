// ChartCommand: `chart QUERY by GROUP` — a query's rate per group; its subcommands draw ratings and where a phrase falls.
import Inspections
import Rendering
import Workspace

enum ChartCommand {
    static let groupings: [Grouping] = [.provider, .owner, .type, .region, .year]

    static let spec = CommandSpec(
        name: "chart", aliases: ["plot"], group: .ratings,
        summary: "Charts in the terminal: a ratings heatmap, the spread of overall ratings, a phrase's rate, where a phrase falls.",
        help: "`chart ratings` draws inspections by standards, one letter per rating (O G R I, ? unknown), one block per "
            + "framework, with totals per row and column. `chart overall` draws how many inspections got each overall "
            + "rating, stacked by group when grouped; unknown is its own part, never a rating. `chart QUERY by GROUP` "
            + "draws how often a query matches per 10,000 words of findings, each bar with its rate's exact (Poisson) 95% "
            + "interval on the bar's own scale (shaded from the low end to the rate, a whisker on to the high end; the "
            + "numbers in brackets where the width allows; csv: per_10k_low, per_10k_high) and groups of fewer than 5 "
            + "write-ups marked * (csv: small_group). `chart dispersion QUERY` draws, for each "
            + "write-up, where in it the matches fall. Field filters in a query (`type:crc`, `section:case`) narrow the "
            + "write-ups and the words counted, as in `count`. Years are the one year rule's (2019? for a write-up dated "
            + "by its id) and stay in time order. Every chart fits the width; `--format csv` gives the data behind it. "
            + "Several queries separated by commas, `by year`, draw one line each on shared axes. Two groupings "
            + "(`by owner by year`) draw a shaded cross-table of the rate (`show hits|docs|rate`), as `count` tabulates it.",
        examples: ["chart \"caseload*\" by owner", "chart \"risk of harm\" type:pdu by region", "chart \"through the gate\" by year",
                   "chart \"risk of harm\", \"unpaid work\" by year", "chart \"caseload*\" by owner by year"],
        arguments: [ArgumentSpec("query", .query)],
        options: [OptionSpec("by", .standardOr(Grouping.named.map(\.name)), "group bars by this; a second `by` makes a cross-table",
                             required: true, repeatable: true),
                  CommonOptions.type, CommonOptions.year, CountCross.show, CountCross.form],
        subcommands: [ChartRatingsCommand.spec, ChartOverallCommand.spec, ChartDispersionCommand.spec],
        run: { inv, session in
            guard let query = inv.query else {
                throw CommandError.usage("chart needs something to draw", hint: "e.g. chart ratings type crc, chart overall by owner, chart \"caseload*\" by owner", at: inv.end)
            }
            let groupings = try CountCross.groupings(inv)
            let queries = try QueryList.split(query, offset: inv.queryOffset)
            if groupings.count == 2 && queries.count == 1 {
                let (text, node, _) = try SearchSupport.query(inv, corpus: try session.search, example: "chart \"caseload*\" by owner by year")
                return try CountCross.table(inv, session: session, query: text, node: node, rows: groupings[0], columns: groupings[1],
                                            style: .shaded, filter: try ReportFilter(inv))
            }
            if queries.count > 1 {
                guard groupings == [.year] else {
                    throw CommandError.usage("several queries are charted by year", hint: "e.g. chart \"risk of harm\", \"unpaid work\" by year",
                                             at: inv.options["by"]?.range ?? inv.end)
                }
                return try QuerySeries.byYear(queries, corpus: session.corpus.search, filter: try ReportFilter(inv),
                                              at: inv.queryOffset..<(inv.queryOffset + query.utf8.count))
            }
            if let by = groupings.first, by == .section, let w = inv.options["by"] {
                throw CommandError.usage("a chart of one grouping is by write-up, and a section is part of one",
                                         hint: "count \(query) by section, or chart \(query) by section by owner", at: w.range)
            }
            guard let by = groupings.first else {
                throw CommandError.usage("say what to chart the query by", hint: "e.g. chart \(query) by owner (provider, owner, type, region or year)",
                                         at: inv.end)
            }
            let search = try session.search, filter = try ReportFilter(inv)
            let (chart, groups) = try QueryCharts.rates(query, offset: inv.queryOffset, corpus: search, by: by, filter: filter,
                                                           smallGroups: session.settings.smallGroups)
            try DrillDown.record(inv, session, corpus: filter.documents(search.reports).map(search.narrowed(toDocuments:)) ?? search,
                                 query: query, rows: groups.map { LastTable.Row(label: $0.group, hits: $0.hits, documents: $0.documents, grouping: by) })
            return chart
        })
}
