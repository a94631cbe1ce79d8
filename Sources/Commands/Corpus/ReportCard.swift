// ReportCard: `show` — one inspection's facts, ratings over its framework, score, sections and sources.
import Inspections
import Rendering

struct ReportCard: Renderable {
    let report: InspectionReport
    let note: String?

    /// The file that gave a known value, when the inspection was read from several files.
    func givenBy(_ field: String) -> String? {
        report.parts.isEmpty ? nil : "from " + Exports.fileName(report.file(givingField: field))
    }

    /// Field/value rows: the data behind the card, also used for csv/json.
    var facts: [(String, String?)] {
        let r = report
        func mark(_ field: String, _ value: String?) -> String? {
            guard let value else { return nil }
            // Ratings always say their file; other facts only when another file than the lead's gave them.
            let from = field == "overall" || r.valueFiles[field] != nil ? givenBy(field) : nil
            let marks = [from, r.isInferred(field) ? "inferred" : nil].compactMap { $0 }
            return marks.isEmpty ? value : value + " (" + marks.joined(separator: ", ") + ")"
        }
        // The file (or files, when several are one inspection) the card is read from: provenance at a glance.
        let files = ([r.path] + r.parts.map(\.path)).map(Exports.fileName).joined(separator: ", ")
        return [
            ("id", r.id), ("files", files), ("provider", mark("provider", r.provider.name)), ("type", r.type.rawValue),
            ("framework", "\(r.framework.id): \(r.framework.name)"),
            ("owner", r.owner), ("region", r.region),
            ("published", mark("published", r.published?.description)
                ?? r.reportDate.map { $0.yearLabel + " (no publication date; the year is the id's)" }),
            ("fieldwork", mark("fieldwork", r.fieldwork?.description)),
            ("chief inspector", mark("chief_inspector", r.chiefInspector)), ("supervised", mark("supervised", r.supervised)),
            ("overall", mark("overall", r.overall?.label) ?? "unknown"),
            ("previous overall", r.previousOverall?.label),
            ("score", r.score.description + " standards"),
        ]
    }

    func render(in context: RenderContext) -> String {
        let r = report
        if context.format != .table {
            var rows: [[Cell]] = facts.map { [.text($0.0), $0.1.map { .text($0) } ?? .null] }
            for s in r.framework.standards {
                rows.append([.text("standard " + (s.number.map { $0 + " " } ?? "") + s.label), r.rating(of: s).map { .text($0.label) } ?? .null])
            }
            for (i, f) in r.findings.filter(\.isNote).enumerated() {
                rows.append([.text("note \(i + 1)"), .text(f.section + ": " + String(r.text(of: f)))])
            }
            for f in r.inferred { rows.append([.text("inferred " + f.field), .text(inferenceLine(f) + ": " + f.sentence)]) }
            for (i, src) in r.sources.enumerated() { rows.append([.text("source \(i + 1)"), .text(src)]) }
            return DataTable(columns: [Column("field"), Column("value")], rows: rows).render(in: context)
        }
        var out = ""
        if let note {
            out += TextWrap.lines(TerminalSafe.escape(note), width: context.width, ascii: context.charset == .ascii)
                .joined(separator: "\n") + "\n\n"
        }
        let heading = TextWrap.lines(r.provider.shortName + " · " + TerminalSafe.escape(r.title), width: context.width,
                                     ascii: context.charset == .ascii)
        out += heading.map { context.styled($0, .bold) }.joined(separator: "\n") + "\n\n"
        // Facts wrap rather than truncate: an owner's history or a provider's full name is worth reading whole.
        let known = facts.compactMap { f in f.1.map { (f.0, TerminalSafe.escape($0)) } }
        let keyWidth = known.map { DisplayWidth.of($0.0) }.max() ?? 0
        let valueWidth = max(10, context.width - keyWidth - 2)
        for (key, value) in known {
            let lines = TextWrap.lines(value, width: valueWidth, ascii: context.charset == .ascii)
            for (i, line) in lines.enumerated() {
                out += (i == 0 ? DisplayWidth.pad(key, to: keyWidth) : String(repeating: " ", count: keyWidth)) + "  " + line + "\n"
            }
        }
        out += "\n"
        // Standards wrap rather than shorten, a rating may be "RI" or its letter: neither is ever left out. The note
        // column is there only when some standard has one: its own note, the file that gave it when the
        // inspection was read from several, and whether it was inferred.
        let standardNotes = r.framework.standards.map { s in
            let sr = r.ratings.first { $0.standard.key == s.key }
            return [sr?.note, sr == nil ? nil : givenBy(s.key), r.isInferred(s.key) ? "inferred" : nil].compactMap { $0 }.joined(separator: "; ")
        }
        let ratingRows: [LayoutRow] = zip(r.framework.standards, standardNotes).map { s, note in
            .cells([LayoutCell((s.number.map { $0 + " " } ?? "") + s.label), LayoutCell(forms: RatingForm.forms(r.rating(of: s))),
                    LayoutCell(note)])
        }
        let noteColumns = standardNotes.allSatisfy(\.isEmpty) ? [] : [LayoutColumn("note", .prose(.wrap), priority: .low)]
        out += LayoutTable(columns: [LayoutColumn("standard", .prose(.wrap), priority: .essential),
                                     LayoutColumn("rating", .rating, priority: .essential, legends: RatingForm.legends)] + noteColumns,
                           rows: ratingRows,
                           footer: ["? not known from the write-up's sources; the score counts known standards only"])
            .render(in: context)
        var counts: [(String, Int)] = []
        for f in r.findings where !f.isNote {
            if let last = counts.last, last.0 == f.section { counts[counts.count - 1].1 += 1 } else { counts.append((f.section, 1)) }
        }
        out += "\n" + HelpText.wrap("sections: " + (counts.isEmpty ? "none" : counts.map { "\(TerminalSafe.escape($0.0)) (\($0.1))" }.joined(separator: ", ")),
                                    width: context.width) + "\n"
        let notes = r.findings.filter(\.isNote)
        if !notes.isEmpty {
            // Notes are ours (summary, context, caveats), shown whole but apart from the inspectors' findings.
            out += "\n" + HelpText.wrap("notes (ours, not the inspectors' findings):", width: context.width) + "\n"
            for f in notes {
                let lines = TextWrap.lines(f.section + ": " + String(r.text(of: f)), width: max(10, context.width - 2),
                                           ascii: context.charset == .ascii)
                out += lines.map { "  " + $0 + "\n" }.joined()
            }
        }
        if !r.inferred.isEmpty {
            // Each value with the place it was read and the sentence or row itself, whole, to check it against.
            out += "\ninferred from the text:\n"
            for f in r.inferred {
                out += ProseFit.wrap(TerminalSafe.escape(inferenceLine(f)), width: max(10, context.width - 2)).map { "  " + $0 + "\n" }.joined()
                out += ProseFit.wrap("“" + TerminalSafe.escape(f.sentence) + "”", width: max(10, context.width - 4))
                    .map { "    " + $0 + "\n" }.joined()
            }
        }
        if !r.sources.isEmpty {
            // An address too long for its line goes whole on a line of its own, under its number.
            out += "\nsources:\n" + r.sources.enumerated().map { i, source in
                let number = "  \(i + 1).", address = TerminalSafe.escape(source)
                return DisplayWidth.of(number) + 1 + DisplayWidth.of(address) <= context.width ? number + " " + address : number + "\n" + address
            }.joined(separator: "\n") + "\n"
        }
        return out
    }

    /// "overall = Requires improvement · report.pdf, page 4, line 12 (table row)".
    func inferenceLine(_ f: InferredField) -> String {
        "\(f.field) = \(f.value)" + (f.source.map { " · " + $0.description } ?? "")
    }
}
