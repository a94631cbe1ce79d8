// Exports: the data behind the corpus as tables — per inspection and standard, per report, per finding.
import Inspections
import Rendering

enum Exports {
    static func ratings(_ reports: [InspectionReport]) -> DataTable {
        var rows: [[Cell]] = []
        for r in reports {
            rows.append(row(r, standard: "overall", number: nil, rating: r.overall, inferred: r.isInferred("overall")))
            for s in r.framework.standards {
                rows.append(row(r, standard: s.key, number: s.number, rating: r.rating(of: s), inferred: r.isInferred(s.key)))
            }
        }
        return DataTable(columns: ["id", "provider", "type", "framework", "standard", "number", "rating", "inferred"].map { Column($0) },
                         rows: rows, nullText: "")
    }

    static func row(_ r: InspectionReport, standard: String, number: String?, rating: Rating?, inferred: Bool) -> [Cell] {
        [.text(r.id), .text(r.provider.id), .text(r.type.rawValue), .text(r.framework.id), .text(standard),
         number.map { .text($0) } ?? .null, rating.map { .text($0.label) } ?? .null, .text(inferred ? "yes" : "")]
    }

    static func reports(_ reports: [InspectionReport]) -> DataTable {
        DataTable(columns: ["id", "provider", "name", "type", "owner", "owner_group", "region", "published", "year", "year_from_id",
                            "chief_inspector",
                            "supervised", "overall", "score_points", "score_known", "score_of", "findings", "inferred_fields", "sources"].map { Column($0) },
                  rows: reports.map { r in
                      [.text(r.id), .text(r.provider.id), .text(r.provider.name), .text(r.type.rawValue), opt(r.owner), opt(r.ownerGroup),
                       opt(r.region), opt(r.published?.description), r.year.map { .int($0) } ?? .null,
                       .text(r.reportDate?.fromID == true ? "yes" : ""), opt(r.chiefInspector), opt(r.supervised), opt(r.overall?.label),
                       .int(r.score.points), .int(r.score.known), .int(r.score.of), .int(r.findings.filter { !$0.isNote }.count),
                       .text(r.inferred.map(\.field).joined(separator: ";")), .text(r.sources.joined(separator: " "))]
                  }, nullText: "")
    }

    static func findings(_ reports: [InspectionReport]) -> DataTable {
        var rows: [[Cell]] = []
        for r in reports {
            for f in r.findings {
                rows.append([.text(f.citation), .text(r.id), .text(r.provider.id), opt(r.region), opt(r.published?.description),
                             r.year.map { .int($0) } ?? .null, .text(f.section), .text(f.isNote ? "note" : "finding"),
                             .text(String(r.text(of: f)))])
            }
        }
        return DataTable(columns: ["citation", "report", "provider", "region", "published", "year", "section", "kind", "text"]
                            .map { Column($0) }, rows: rows)
    }

    static func opt(_ s: String?) -> Cell { s.map { .text($0) } ?? .null }
}
