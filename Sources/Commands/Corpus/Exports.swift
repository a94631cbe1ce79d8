// Exports: the data behind the corpus as tables — per inspection and standard, per report, per finding.
import Inspections
import Rendering
import Search

enum Exports {
    /// One row per inspection and standard (and overall): the rating, whether it was inferred from a
    /// document's text, the file that gave it, and where in the document it was read.
    static func ratings(_ reports: [InspectionReport]) -> DataTable {
        var rows: [[Cell]] = []
        for r in reports {
            rows.append(row(r, field: "overall", standard: "overall", number: nil, rating: r.overall))
            for s in r.framework.standards {
                rows.append(row(r, field: s.key, standard: s.key, number: s.number, rating: r.rating(of: s)))
            }
        }
        // On a narrow screen the table view keeps what a row is about (inspection, standard, rating); csv has the rest.
        return DataTable(columns: columns(["id": .essential, "standard": .high, "rating": .high, "number": .normal, "inferred": .normal],
                                          ["id", "provider", "type", "framework", "standard", "number", "rating", "inferred", "file",
                                           "source_file", "source_page", "source_line", "source_text"]),
                         rows: rows, nullText: "")
    }

    static func row(_ r: InspectionReport, field: String, standard: String, number: String?, rating: Rating?) -> [Cell] {
        let inference = rating == nil ? nil : r.inference(of: field)
        let source = inference?.source
        return [.text(r.id), .text(r.provider.id), .text(r.type.rawValue), .text(r.framework.id), .text(standard),
                number.map { .text($0) } ?? .null, rating.map { .text($0.label) } ?? .null, .bool(inference != nil),
                rating == nil ? .null : .text(fileName(r.file(givingField: field))),
                source.map { .text(fileName($0.file)) } ?? .null, source?.page.map { .int($0) } ?? .null,
                source.map { .int($0.line) } ?? .null, inference.map { .text($0.sentence) } ?? .null]
    }

    /// One row per inspection. `files` names every file the inspection was read from (more than one when
    /// files about the same inspection were shown as one); `inferred_sources` says where each inferred
    /// value was read.
    static func reports(_ reports: [InspectionReport]) -> DataTable {
        DataTable(columns: ["id", "provider", "name", "type", "owner", "owner_group", "region", "published", "year", "year_from_id",
                            "chief_inspector",
                            "supervised", "overall", "score_points", "score_known", "score_of", "findings", "inferred",
                            "inferred_fields", "inferred_sources", "files", "sources"].map {
                                Column($0, kind: $0 == "sources" ? .link : $0 == "name" ? .prose(.cut) : nil,
                                       priority: ["id": .essential, "name": .high, "overall": .high, "published": .normal][$0] ?? .low)
                            },
                  rows: reports.map { r in
                      [.text(r.id), .text(r.provider.id), .text(r.provider.name), .text(r.type.rawValue), opt(r.owner), opt(r.ownerGroup),
                       opt(r.region), opt(r.published?.description), r.year.map { .int($0) } ?? .null,
                       .bool(r.reportDate?.fromID == true), opt(r.chiefInspector), opt(r.supervised), opt(r.overall?.label),
                       .int(r.score.points), .int(r.score.known), .int(r.score.of), .int(r.findings.filter { !$0.isNote }.count),
                       .bool(!r.inferred.isEmpty), .text(r.inferred.map(\.field).joined(separator: ";")),
                       .text(r.inferred.compactMap { f in f.source.map { "\(f.field): \($0.description)" } }.joined(separator: "; ")),
                       .text(([r.path] + r.parts.map(\.path)).map(fileName).joined(separator: "; ")),
                       .text(r.sources.joined(separator: " "))]
                  }, nullText: "")
    }

    /// A file's name without its folders: exports stay the same wherever the corpus lies.
    static func fileName(_ path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }

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
        names.map { Column($0, kind: $0 == "rating" ? .rating : $0 == "standard" ? .prose(.wrap) : $0 == "source_text" ? .prose(.cut) : nil,
                           priority: priorities[$0] ?? .low) }
    }

    static func opt(_ s: String?) -> Cell { s.map { .text($0) } ?? .null }
}
