// TransitionsView: transitions' matrix (a cross-table of counts), its totals, the providers in each cell, and each standard.
import Analysis
import Inspections
import Rendering

struct TransitionsView: Renderable {
    let matrices: [TransitionMatrix]
    /// "119 inspections", "21 CRC inspections".
    let scope: String

    /// One row per pair and line of the ratings (overall, then standards): what the data formats write.
    var data: DataTable {
        var rows: [[Cell]] = []
        for m in matrices {
            for t in m.known + m.unknown {
                let change: String = switch t.verdict {
                case .better: "improved"
                case .worse: "declined"
                case .same: "same"
                case .unknown: "unknown"
                }
                rows.append([.text(m.key), .text(t.provider.id), .text(t.before.id), .text(t.after.id),
                             t.from.map { .text($0.label) } ?? .null, t.to.map { .text($0.label) } ?? .null, .text(change)])
            }
        }
        return DataTable(columns: ["rating", "provider", "from_id", "to_id", "from", "to", "change"].map { Column($0) }, rows: rows)
    }

    func render(in context: RenderContext) -> String {
        guard context.format == .table else { return data.render(in: context) }
        let ascii = context.charset == .ascii, width = context.width, form = RatingForm(width: width)
        let arrow = ascii ? "->" : "→"
        guard let overall = matrices.first else { return "(no inspections)\n" }
        let pairs = overall.known.count + overall.unknown.count
        var lines = TextWrap.lines("overall rating at an inspection (rows) and at the same provider's next (columns), "
                                   + "over \(scope): " + SearchSupport.plural(pairs, "pair"), width: width, ascii: ascii)
        guard pairs > 0 else {
            return (lines + ["(no provider has two inspections here)"]).joined(separator: "\n") + "\n"
        }
        let ratings = Rating.bestFirst
        func count(_ m: TransitionMatrix, _ from: Rating?, _ to: Rating?) -> Double {
            Double(m.known.filter { (from == nil || $0.from == from) && (to == nil || $0.to == to) }.count)
        }
        let table = CrossTable(
            rowHeader: "previous", rowLabels: ratings.map { form.text($0) }, columnLabels: ratings.map { form.text($0) },
            values: ratings.map { f in ratings.map { t in count(overall, f, t) } }, rowTotals: ratings.map { count(overall, $0, nil) },
            columnTotals: ratings.map { count(overall, nil, $0) }, total: Double(overall.known.count), digits: 0, style: .figures,
            scaleLabel: "", data: data)
        lines += table.render(in: context).trimmingTrailingNewlines().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines += TextWrap.lines(summary(overall), width: width, ascii: ascii)
        lines.append("")
        for from in ratings {
            for to in ratings {
                let cell = overall.cell(from: from, to: to)
                guard !cell.isEmpty else { continue }
                lines += ItemWrap.lines(cell.map { who($0, arrow: arrow) }, prefix: form.text(from) + " " + arrow + " " + form.text(to)
                                        + " (\(cell.count)): ", indent: "  ", width: width, ascii: ascii)
            }
        }
        let standards = matrices.dropFirst()
        if !standards.isEmpty {
            lines.append("")
            lines.append(context.styled("standards rated at both inspections", .bold))
            for m in standards {
                let moves = m.known.map { who($0, arrow: arrow) + " " + RatingForm.letter.text($0.from) + arrow + RatingForm.letter.text($0.to) }
                lines += TextWrap.lines(m.label + ": " + summary(m), width: width, ascii: ascii)
                lines += ItemWrap.lines(moves, prefix: "  ", indent: "  ", width: width, ascii: ascii)
            }
        }
        // Standards' moves are in letters at every width; the matrix's ratings in the width's form.
        let letters = form == .letter || !standards.isEmpty
        lines += TextWrap.lines("a pair is an inspection and the same provider's next one in this corpus; a pair with a rating "
                                + "unknown is never a move" + (form == .short ? "; RI: requires improvement" : "")
                                + (letters ? "; O G R I: " + Rating.bestFirst.map { $0.label.lowercased() }.joined(separator: ", ") : ""),
                                width: width, ascii: ascii)
        return lines.joined(separator: "\n") + "\n"
    }

    func summary(_ m: TransitionMatrix) -> String {
        "\(m.improved) improved, \(m.same) the same, \(m.declined) declined"
            + (m.unknown.isEmpty ? "" : "; " + SearchSupport.plural(m.unknown.count, "pair") + " with a rating unknown")
    }

    /// "North Marsh CRC 2019→2020".
    func who(_ t: RatingTransition, arrow: String) -> String {
        t.provider.shortName + " " + (t.before.reportDate?.yearLabel ?? "undated") + arrow + (t.after.reportDate?.yearLabel ?? "undated")
    }
}
