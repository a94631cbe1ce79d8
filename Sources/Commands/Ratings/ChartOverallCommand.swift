// ChartOverallCommand: `chart overall [by GROUP]` — how many inspections got each overall rating, stacked by group.
import Inspections

enum ChartOverallCommand {
    static let spec = CommandSpec(
        name: "chart overall", aliases: ["chart distribution"], group: .ratings,
        summary: "The spread of overall ratings, in total or stacked per group.",
        help: "One bar per rating, or one stacked bar per group; unknown is its own part, never a rating. Years stay in "
            + "time order. Each rating's share of the write-ups carries its Wilson 95% interval: drawn on the bars of the "
            + "ungrouped chart, and in csv, tsv and json as RATING_share, RATING_low and RATING_high per group.",
        examples: ["chart overall", "chart overall by owner", "chart overall type pdu by year"],
        options: CommonOptions.reportFilter + [CommonOptions.by(ChartCommand.groupings, "one stacked bar per group")],
        run: { inv, session in
            let filter = try ReportFilter(inv)
            let grouping = inv.option("by").flatMap { Grouping($0) }
            return RatingsCharts.overall(filter.apply(try session.reports), by: grouping, filter: filter)
        })
}
