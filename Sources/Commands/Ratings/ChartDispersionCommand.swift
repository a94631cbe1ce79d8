// ChartDispersionCommand: `chart dispersion QUERY` — where in each write-up's findings a query's hits fall.
import Inspections

enum ChartDispersionCommand {
    static let spec = CommandSpec(
        name: "chart dispersion", group: .ratings,
        summary: "Where a query's hits fall in each write-up's findings, one strip per write-up.",
        help: "Write-ups with a hit, oldest first; each strip runs from a write-up's first word of findings to its last.",
        examples: ["chart dispersion \"risk of harm\"", "chart dispersion caseload* type pdu"],
        arguments: [ArgumentSpec("query", .query)],
        options: CommonOptions.reportFilter,
        run: { inv, session in
            guard let query = inv.query else {
                throw CommandError.usage("chart dispersion needs a query", hint: "e.g. chart dispersion \"risk of harm\"", at: inv.end)
            }
            return try QueryCharts.dispersion(query, offset: inv.queryOffset, corpus: try session.search, filter: try ReportFilter(inv),
                                              ascii: session.renderContext(format: inv.format).charset == .ascii)
        })
}
