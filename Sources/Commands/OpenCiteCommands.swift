// OpenCiteCommands: `open ID` (a finding among its section's neighbours) and `cite ID` (a reference to quote).
import Inspections
import Rendering
import Search

enum OpenCiteCommands {
    static let open = CommandSpec(
        name: "open", group: .search,
        synopsis: "open ID [around N]",
        summary: "A finding in its section, with the findings around it, the chosen one marked.",
        help: "ID is a citation id as find, kwic and export show it (hlny-crc-2019#case-supervision-6). `around N` shows "
            + "N findings each side (default 3); the rest of the section is counted. `show REPORT` gives the report card.",
        examples: ["open hlny-crc-2019#case-supervision-6", "open bench-crc-2019#case-supervision-1 around 10"],
        arguments: [ArgumentSpec("id", .finding)],
        options: [OptionSpec("around", .integer, "findings shown each side of the chosen one")],
        run: { inv, session in
            let (r, f) = try resolve(inv.positional(0)!, in: session.corpus, command: "open")
            let around = try inv.intOption("around", range: 0...1000) ?? 3
            let finding = r.findings[f]
            let section = r.findings.indices.filter { r.findings[$0].sectionSlug == finding.sectionSlug }
            guard let at = section.firstIndex(of: f) else { throw CommandError("finding not in its section") }
            let window = section[max(0, at - around)..<min(section.count, at + around + 1)]
            let entries = window.map { i in
                FindingContextView.Entry(citation: r.findings[i].citation, ordinal: r.findings[i].ordinal,
                                         text: SearchSupport.text(r, i), selected: i == f)
            }
            let meta = [r.id, r.provider.shortName, SearchSupport.date(r), r.type.rawValue].filter { !$0.isEmpty }
            return FindingContextView(heading: [r.title.isEmpty ? r.provider.name : r.title, meta.joined(separator: " · ")],
                                      report: r.id, provider: r.provider.shortName, date: SearchSupport.date(r),
                                      section: SearchSupport.section(finding), entries: entries,
                                      earlier: window.startIndex, later: section.count - window.endIndex,
                                      footer: ["cite \(finding.citation) gives a reference · show \(r.id) gives the report card"])
        })

    static let cite = CommandSpec(
        name: "cite", aliases: ["ref"], group: .search,
        synopsis: "cite ID",
        summary: "A reference for a finding: provider, report, date, section, finding and the write-up's sources.",
        help: "Prints a reference to paste into notes, then each part on its own line. The sources are those the write-up "
            + "was made from; check the quotation against them before publishing it.",
        examples: ["cite hlny-crc-2019#case-supervision-6", "cite bench-crc-2019#case-supervision-1 --format json"],
        arguments: [ArgumentSpec("id", .finding)],
        run: { inv, session in
            let (r, f) = try resolve(inv.positional(0)!, in: session.corpus, command: "cite")
            return CiteView(report: r, finding: f)
        })

    /// A finding by citation id, with suggestions when the report or the finding is not found.
    static func resolve(_ word: Word, in corpus: LoadedCorpus, command: String) throws -> (InspectionReport, Int) {
        let id = word.text.lowercased()
        let parts = id.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let reportID = parts[0]
        guard let r = corpus.reports.first(where: { $0.id.lowercased() == reportID }) else {
            let ids = corpus.reports.map(\.id)
            throw CommandError("no report '\(reportID)'",
                               hint: CommandError.didYouMean(reportID, among: ids) ?? "list shows the reports; find shows citation ids",
                               at: word.range)
        }
        guard parts.count == 2, !parts[1].isEmpty else {
            let example = r.findings.first.map { " such as \($0.citation)" } ?? ""
            throw CommandError.usage("\(command) needs a finding id\(example), not a report",
                                     hint: "show \(r.id) gives the report card", at: word.range)
        }
        guard let f = r.findings.firstIndex(where: { $0.citation.lowercased() == id }) else {
            let citations = r.findings.map(\.citation)
            let near = CommandError.didYouMean(id, among: citations)
            let sections = Array(Set(r.findings.map(\.sectionSlug))).sorted()
            throw CommandError("\(r.id) has no finding '#\(parts[1])'",
                               hint: near ?? "its sections: " + sections.joined(separator: ", "), at: word.range)
        }
        return (r, f)
    }
}

/// `cite`: one reference line, then the parts of it.
struct CiteView: Renderable {
    let report: InspectionReport
    let finding: Int

    var parts: [(String, String)] {
        let r = report, f = r.findings[finding]
        return [("citation", f.citation), ("provider", r.provider.name == r.provider.shortName ? r.provider.name : "\(r.provider.name) (\(r.provider.shortName))"),
                ("report", r.id), ("title", r.title), ("published", r.published?.longDescription ?? r.reportDate.map { $0.yearLabel + " (no publication date; the year is the id's)" } ?? "date unknown"),
                ("section", "\(f.section), \(f.isNote ? "note" : "finding") \(f.ordinal)"), ("text", SearchSupport.text(r, finding))]
    }

    var reference: String {
        let r = report, f = r.findings[finding]
        var s = "HM Inspectorate of Probation (\(r.reportDate?.yearLabel ?? "n.d.")). Inspection of \(r.provider.name)"
        if let p = r.published { s += ", published \(p.longDescription)" }
        s += ". Section \"\(f.section)\", \(f.isNote ? "note" : "finding") \(f.ordinal) [\(f.citation)]."
        if f.isNote { s += " (A note of the write-up, not a finding of the inspection.)" }
        // No full stop after the address, so it stays clickable when pasted.
        if let source = r.sources.first { s += " Source: \(source)" + (r.sources.count > 1 ? " (and \(r.sources.count - 1) more)" : "") }
        return s
    }

    func render(in context: RenderContext) -> String {
        let ascii = context.charset == .ascii
        guard context.format == .table else {
            let columns = parts.map { Column($0.0) } + [Column("sources"), Column("reference")]
            let row = parts.map { Cell.text(TerminalSafe.escape($0.1, keepNewlines: true)) }
                + [.text(TerminalSafe.escape(report.sources.joined(separator: " "))), .text(TerminalSafe.escape(reference))]
            return DataTable(columns: columns, rows: [row]).render(in: context)
        }
        var out = TextWrap.lines(reference, width: context.width, ascii: ascii)
        out.append("")
        let labelWidth = 10
        let rows = parts + report.sources.enumerated().map { ($0.offset == 0 ? "sources" : "", $0.element) }
        out += LabelledRows.lines(rows, labelWidth: labelWidth, in: context)
        return out.joined(separator: "\n") + "\n"
    }
}
