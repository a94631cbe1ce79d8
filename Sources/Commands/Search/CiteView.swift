// CiteView: a reference line for a finding, then each part of it on its own line; one row in the data formats.
import Inspections
import Rendering

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
        guard context.format == .table else {
            let columns = parts.map { Column($0.0) } + [Column("sources"), Column("reference")]
            let row = parts.map { Cell.text(TerminalSafe.escape($0.1, keepNewlines: true)) }
                + [.text(TerminalSafe.escape(report.sources.joined(separator: " "))), .text(TerminalSafe.escape(reference))]
            return DataTable(columns: columns, rows: [row]).render(in: context)
        }
        // The reference wraps between words: its source address stays whole, its citation id breaks before '#' only.
        var out = ProseFit.wrap(TerminalSafe.escape(reference), width: context.width)
        out.append("")
        let rows = parts + report.sources.enumerated().map { ($0.offset == 0 ? "sources" : "", $0.element) }
        out += LabelledRows.lines(rows, in: context)
        return out.joined(separator: "\n") + "\n"
    }
}
