// ChartRatingsCommand: `chart ratings` — inspections by standards, one letter per rating, one block per framework.
import Analysis
import Inspections

enum ChartRatingsCommand {
    static let spec = CommandSpec(
        name: "chart ratings", aliases: ["chart heatmap"], group: .ratings,
        summary: "A ratings heatmap: inspections by standards, one letter per rating.",
        help: "One block per framework, with known standards and points per row and each rating's count per column; "
            + "unknown (?) is counted apart, never as a rating.",
        examples: ["chart ratings type crc", "chart ratings 2019 sort overall"],
        options: CommonOptions.reportFilter
            + [CommonOptions.sort(MatrixOrder.allCases.map(\.rawValue), "rows by provider name (default) or best overall first")],
        run: { inv, session in
            let filter = try ReportFilter(inv)
            let order = MatrixOrder(rawValue: inv.option("sort")?.lowercased() ?? "name") ?? .name
            return RatingsHeatmapView(reports: filter.apply(try session.reports), filter: filter, order: order)
        })
}
