// Exports: the data behind the corpus as tables — per inspection and standard, per report, per finding.
import Inspections
import Rendering
import Search

enum Exports {
    static func ratings(_ reports: [InspectionReport]) -> DataTable {
        var rows: [[Cell]] = []
        for r in reports {
            rows.append(row(r, standard: "overall", number: nil, rating: r.overall, inferred: r.isInferred("overall")))
            for s in r.framework.standards {
                rows.append(row(r, standard: s.key, number: s.number, rating: r.rating(of: s), inferred: r.isInferred(s.key)))
            }
        }
        // On a narrow screen the table view keeps what a row is about (inspection, standard, rating); csv has the rest.
        return DataTable(columns: columns(["id": .essential, "standard": .high, "rating": .high, "number": .normal, "inferred": .normal],
                                          ["id", "provider", "type", "framework", "standard", "number", "rating", "inferred"]),
                         rows: rows, nullText: "")
    }

    static func row(_ r: InspectionReport, standard: String, number: String?, rating: Rating?, inferred: Bool) -> [Cell] {
        [.text(r.id), .text(r.provider.id), .text(r.type.rawValue), .text(r.framework.id), .text(standard),
         number.map { .text($0) } ?? .null, rating.map { .text($0.label) } ?? .null, .bool(inferred)]
    }

    static func reports(_ reports: [InspectionReport]) -> DataTable {
        DataTable(columns: ["id", "provider", "name", "type", "owner", "owner_group", "region", "published", "year", "year_from_id",
                            "chief_inspector",
                            "supervised", "overall", "score_points", "score_known", "score_of", "findings", "inferred_fields", "sources"].map {
                                Column($0, kind: $0 == "sources" ? .link : $0 == "name" ? .prose(.cut) : nil,
                                       priority: ["id": .essential, "name": .high, "overall": .high, "published": .normal][$0] ?? .low)
                            },
                  rows: reports.map { r in
                      [.text(r.id), .text(r.provider.id), .text(r.provider.name), .text(r.type.rawValue), opt(r.owner), opt(r.ownerGroup),
                       opt(r.region), opt(r.published?.description), r.year.map { .int($0) } ?? .null,
                       .bool(r.reportDate?.fromID == true), opt(r.chiefInspector), opt(r.supervised), opt(r.overall?.label),
                       .int(r.score.points), .int(r.score.known), .int(r.score.of), .int(r.findings.filter { !$0.isNote }.count),
                       .text(r.inferred.map(\.field).joined(separator: ";")), .text(r.sources.joined(separator: " "))]
                  }, nullText: "")
    }

    /// Every finding and note of the reports that the corpus's restriction (a working scope) allows, with its tags.
    static func findings(_ reports: [InspectionReport], corpus: SearchCorpus) -> DataTable {
        let tags = FindingTags(corpus)
        var document: [String: Int] = [:]
        for (d, r) in corpus.reports.enumerated() { document[r.id] = d }
        var rows: [[Cell]] = []
        for r in reports {
            guard let d = document[r.id] else { continue }
            for (i, f) in r.findings.enumerated() {
                let s = corpus.segment(report: d, finding: i)
                if let restriction = corpus.context.restriction, !restriction.allows(segment: s) { continue }
                rows.append([.text(f.citation), .text(r.id), .text(r.provider.id), opt(r.region), opt(r.published?.description),
                             r.year.map { .int($0) } ?? .null, .text(f.section), .text(f.isNote ? "note" : "finding"),
                             .text(String(r.text(of: f))), .text(tags.tags(ofSegment: s))])
            }
        }
        return DataTable(columns: ["citation", "report", "provider", "region", "published", "year", "section", "kind", "text", "tags"]
                            .map { Column($0, kind: $0 == "text" ? .prose(.cut) : nil,
                                          priority: ["citation": .essential, "text": .high, "section": .normal][$0] ?? .low) },
                         rows: rows)
    }

    /// Identifier columns (ratings as ratings, standards as words that wrap) with the given priorities; the others are left out first.
    static func columns(_ priorities: [String: LayoutColumn.Priority], _ names: [String]) -> [Column] {
        names.map { Column($0, kind: $0 == "rating" ? .rating : $0 == "standard" ? .prose(.wrap) : nil, priority: priorities[$0] ?? .low) }
    }

    static func opt(_ s: String?) -> Cell { s.map { .text($0) } ?? .null }
}
