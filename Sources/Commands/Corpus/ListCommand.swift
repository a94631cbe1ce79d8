// ListCommand: `list [FILTERS]` — the inspections loaded, or those a query allows: id, provider, type, date, overall.
import Inspections
import QueryLanguage
import Rendering
import Search

enum ListCommand {
    static let spec = CommandSpec(
        name: "list", aliases: ["ls", "\\d"], group: .corpus,
        summary: "List the inspections loaded, or those a query allows: id, provider, type, date, overall rating.",
        help: "One row per inspection, sorted by provider then date unless told otherwise, with how many matched. FILTERS "
            + "are any query: field filters such as reviewing:inadequate, type:pdu, region:\"North East\" or "
            + "year:2022..2024 keep the inspections they allow; words keep the inspections with a finding that matches. "
            + "A date marked ? is the year in the id of a write-up without a publication date. Unknown ratings show as ?.",
        examples: ["list", "list type crc", "list year 2023 sort overall", "list reviewing:inadequate type:pdu",
                   "list region:\"North East\" year:2022..2024"],
        arguments: [ArgumentSpec("filters", .query, optional: true, display: "FILTERS")],
        options: CommonOptions.reportFilter
            + [CommonOptions.sort(["date", "provider", "overall", "id"], "order of rows (default provider, then date)")],
        run: { inv, session in
            let search = try session.search
            var reports = try ReportFilter(inv).apply(try matching(inv, search))
            switch inv.option("sort")?.lowercased() ?? "provider" {
            case "date": reports.sort(by: ReportDate.precedes)
            case "overall": reports.sort { ($0.overall?.rawValue ?? -1, $0.id) > ($1.overall?.rawValue ?? -1, $1.id) }
            case "id": reports.sort { $0.id < $1.id }
            default:
                reports.sort { a, b in
                    let na = a.provider.shortName.lowercased(), nb = b.provider.shortName.lowercased()
                    return na != nb ? na < nb : ReportDate.precedes(a, b)
                }
            }
            let n = reports.count
            let counted = "\(n) inspection\(n == 1 ? "" : "s")" + (inv.query.map { " match" + (n == 1 ? "es " : " ") + $0 } ?? "")
            let footer = [counted + " · known: standards with a confirmed rating"]
                + [ReportDate.footnote(datedByID: reports.filter { $0.reportDate?.fromID == true }.count)].compactMap { $0 }
            return view(reports, footer: footer)
        })

    /// The ids whole; provider names shortened only to unique forms; ratings as words, "RI" or letters.
    static func view(_ reports: [InspectionReport], footer: [String]) -> TableView {
        let data: [[Cell]] = reports.map { r in
            [.text(r.id), .text(r.provider.shortName), .text(r.type.rawValue), r.reportDate.map { .text($0.description) } ?? .null,
             r.overall.map { .text($0.label) } ?? .null, .int(r.ratings.count), .int(r.findings.filter { !$0.isNote }.count)]
        }
        let text: [LayoutRow] = reports.map { r in
            .cells([LayoutCell(r.id), LayoutCell(forms: r.provider.nameForms()), LayoutCell(r.type.rawValue),
                    LayoutCell(r.reportDate?.description ?? "?"), LayoutCell(forms: RatingForm.forms(r.overall)),
                    LayoutCell(String(r.ratings.count)), LayoutCell(String(r.findings.filter { !$0.isNote }.count))])
        }
        let columns = [
            LayoutColumn("id", .identifier, priority: .essential), LayoutColumn("provider", .name, priority: .high),
            LayoutColumn("type", .identifier, priority: .low), LayoutColumn(["published", "date"], .identifier),
            LayoutColumn(["overall", "ovr"], .rating, priority: .high, legends: RatingForm.legends),
            LayoutColumn("known", .number, priority: .low), LayoutColumn("findings", .number, priority: .low),
        ]
        return TableView(text: LayoutTable(columns: columns, rows: text, footer: footer),
                         data: DataTable(columns: [Column("id"), Column("provider"), Column("type"), Column("published"),
                                                   Column("overall"), Column("known", .right), Column("findings", .right)],
                                         rows: data, footer: footer))
    }

    /// The reports a query allows, in corpus order; every report without a query.
    static func matching(_ inv: Invocation, _ search: SearchCorpus) throws -> [InspectionReport] {
        guard let text = inv.query else { return search.allowedDocuments.map { search.reports[$0] } }
        let documents = try SearchSupport.shifted(inv) { () throws(QueryError) in
            try search.documents(matching: try search.parse(text))
        }
        return documents.map { search.reports[$0] }
    }
}
