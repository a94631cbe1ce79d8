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
            + "draws how often a query matches per 10,000 words of findings. `chart dispersion QUERY` draws, for each "
            + "write-up, where in it the matches fall. Field filters in a query (`type:crc`, `section:case`) narrow the "
            + "write-ups and the words counted, as in `count`. Years are the one year rule's (2019? for a write-up dated "
            + "by its id) and stay in time order. Every chart fits the width; `--format csv` gives the data behind it.",
        examples: ["chart \"caseload*\" by owner", "chart \"risk of harm\" type:pdu by region", "chart \"through the gate\" by year"],
        arguments: [ArgumentSpec("query", .query)],
        options: [CommonOptions.by(groupings, "group bars by this", required: true), CommonOptions.type, CommonOptions.year],
        subcommands: [ChartRatingsCommand.spec, ChartOverallCommand.spec, ChartDispersionCommand.spec],
        run: { inv, session in
            guard let query = inv.query else {
                throw CommandError.usage("chart needs something to draw", hint: "e.g. chart ratings type crc, chart overall by owner, chart \"caseload*\" by owner", at: inv.end)
            }
            guard let by = inv.option("by").flatMap({ Grouping($0) }) else {
                throw CommandError.usage("say what to chart the query by", hint: "e.g. chart \(query) by owner (provider, owner, type, region or year)",
                                         at: inv.end)
            }
            let search = try session.search, filter = try ReportFilter(inv)
            let (chart, groups) = try QueryCharts.rates(query, offset: inv.queryOffset, corpus: search, by: by, filter: filter)
            try DrillDown.record(inv, session, corpus: filter.documents(search.reports).map(search.narrowed(toDocuments:)) ?? search,
                                 query: query, rows: groups.map { LastTable.Row(label: $0.group, hits: $0.hits, documents: $0.documents, grouping: by) })
            return chart
        })
}
