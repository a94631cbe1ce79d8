// ExportCommand: `export ratings|reports|findings` — the data behind the corpus as one table.
import Inspections
import Rendering
import Search

enum ExportCommand {
    static let spec = CommandSpec(
        name: "export", group: .corpus,
        summary: "The data behind the corpus as a table: one row per inspection and standard, per report, or per finding.",
        help: "`export ratings` gives one row per inspection and standard of its framework (unknown ratings empty), plus one "
            + "for the overall rating. `export reports` has each report's region, publication date and year (year_from_id "
            + "says when the year is the id's); `export findings` has every finding and note (kind says which) with its tags. Under a working scope, only "
            + "what it allows. "
            + "`> file.csv` saves it as CSV (the extension picks csv, tsv, json or markdown unless --format names one).",
        examples: ["export ratings --format tsv", "export reports > reports.csv", "export findings type crc --format json"],
        arguments: [ArgumentSpec("what", .choice(["ratings", "reports", "findings"]))],
        options: CommonOptions.reportFilter,
        run: { inv, session in
            let w = inv.positional(0)!
            let reports = try ReportFilter(inv).apply(try session.reports).sorted { $0.id < $1.id }
            switch w.text.lowercased() {
            case "ratings": return Exports.ratings(reports)
            case "reports": return Exports.reports(reports)
            case "findings": return Exports.findings(reports, corpus: try session.search)
            default:
                throw CommandError.usage("cannot export '\(w.text)'",
                                         hint: CommandError.didYouMean(w.text, among: ["ratings", "reports", "findings"]) ?? "export ratings, reports or findings",
                                         at: w.range)
            }
        })
}
