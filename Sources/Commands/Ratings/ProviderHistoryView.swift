// ProviderHistoryView: `history PROVIDER` — a provider's inspections as a table, a sparkline of overall ratings, owner changes.
import Analysis
import Inspections
import Rendering

struct ProviderHistoryView: Renderable {
    let history: ProviderHistory

    /// One row per inspection: date, id, owner as written and its group, overall, change, then one column per
    /// standard any of them rates (empty where unknown).
    var data: DataTable {
        let standards = history.standards
        let rows = history.entries.map { e -> [Cell] in
            [e.date.map { .text($0.description) } ?? .null, .text(e.report.id), e.owner.map { .text($0) } ?? .null,
             e.ownerGroup.map { .text($0) } ?? .null, e.overall.map { .text($0.label) } ?? .null, .text(e.verdict.rawValue)]
                + standards.map { s in e.ratings.first { $0.standard.key == s.key }.map { .text($0.rating.label) } ?? .null }
        }
        return DataTable(columns: [Column("date"), Column("id"), Column("owner"), Column("owner_group"), Column("overall"),
                                   Column("change")] + standards.map { Column($0.key) }, rows: rows)
    }

    func render(in context: RenderContext) -> String {
        guard context.format == .table else { return data.render(in: context) }
        let ascii = context.charset == .ascii, width = context.width, form = RatingForm(width: width)
        let p = history.provider
        guard let first = history.entries.first, let last = history.entries.last else {
            return "\(p.shortName) has no inspection in this corpus\n"
        }
        var lines = TextWrap.lines(p.shortName + ": " + SearchSupport.plural(history.entries.count, "inspection")
                                   + (history.entries.count > 1 ? ", " + (first.date?.description ?? "undated") + " to "
                                      + (last.date?.description ?? "undated") : ""), width: width, ascii: ascii)
        var changes: [String] = []
        // One line per inspection (date, id, overall, change, owner by group so that another wording of one
        // owner is no change), its known standards wrapped below; ids are never cut. The owner moves below too
        // when the line has no room for it.
        let dateW = max(4, history.entries.map { DisplayWidth.of($0.date?.description ?? "undated") }.max() ?? 0)
        let idW = max(10, history.entries.map { DisplayWidth.of($0.report.id) }.max() ?? 0)
        let overallW = max(7, history.entries.map { DisplayWidth.of(form.text($0.overall)) }.max() ?? 0)
        let fixed = dateW + 2 + idW + 2 + overallW + 1 + 1 + 2
        let ownerInline = width - fixed >= 14
        let head = DisplayWidth.pad("date", to: dateW) + "  " + DisplayWidth.pad("inspection", to: idW) + "  "
            + DisplayWidth.pad("overall", to: overallW) + (ownerInline ? "    owner" : "")
        lines.append(context.styled(trimRight(head), .bold))
        let indent = String(repeating: " ", count: min(dateW + 2, width / 3))
        for (i, e) in history.entries.enumerated() {
            let owner = (e.ownerGroup ?? "?") + (e.ownerChanged ? " *" : "")
            let marker = e.verdict == .unknown ? " " : RatingStyle.marker(e.verdict, ascii: ascii)
            var line = DisplayWidth.pad(e.date?.description ?? "undated", to: dateW) + "  " + DisplayWidth.pad(e.report.id, to: idW)
                + "  " + DisplayWidth.pad(form.text(e.overall), to: overallW) + " " + marker
            if ownerInline { line += "  " + DisplayWidth.truncate(TerminalSafe.escape(owner), to: width - fixed, ascii: ascii) }
            lines.append(trimRight(line))
            if !ownerInline { lines += TextWrap.lines("owner: " + owner, width: width - indent.count, ascii: ascii).map { indent + $0 } }
            lines += ItemWrap.lines(e.ratings.isEmpty ? ["none known"] : e.ratings.map { $0.standard.abbreviation + " " + String($0.rating.letter) },
                                    prefix: indent + "standards: ", indent: indent, width: width, ascii: ascii)
            if e.ownerChanged, i > 0 {
                let before = history.entries[i - 1]
                changes.append("* owner changed by " + (e.date?.yearLabel ?? "undated") + ": " + (before.ownerGroup ?? "?") + " to "
                               + (e.ownerGroup ?? "?"))
            }
        }
        let spark = Bars.sparkline(history.entries.map { $0.overall.map { Double($0.points) } }, charset: context.charset, maximum: 3)
        lines += TextWrap.lines("overall over time: " + spark + "  (" + history.entries.map { RatingForm.letter.text($0.overall) }
                                .joined(separator: " ") + "; lowest mark Inadequate, highest Outstanding, a gap not known)",
                                width: width, ascii: ascii)
        for c in changes { lines += TextWrap.lines(c, width: width, ascii: ascii) }
        let arrows = ascii ? "^ better, v worse" : "▲ better, ▼ worse"
        lines += TextWrap.lines("\(arrows), = the same overall as the inspection before; standards in letters: "
                                + "O G R I (outstanding, good, requires improvement, inadequate)"
                                + (form == .short ? "; RI: requires improvement" : ""), width: width, ascii: ascii)
        return lines.joined(separator: "\n") + "\n"
    }

    func trimRight(_ s: String) -> String {
        var s = s
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }
}
