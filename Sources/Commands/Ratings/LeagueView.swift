// LeagueView: the league as a table fitted to the width, ratings in the width's form; flat data in the data formats.
import Analysis
import Inspections
import Rendering

struct LeagueView: Renderable {
    let table: LeagueTable
    let heading: String
    /// How many providers the league has before a `limit` cut it (nil: not cut).
    var before: Int?

    /// "showing 10 of 97 providers (limit 20 shows more)", under a cut league.
    var cutNote: [String] {
        guard let before, before > table.entries.count else { return [] }
        return ["showing \(table.entries.count) of \(before) providers (a larger limit shows more)"]
    }

    func render(in context: RenderContext) -> String {
        context.format == .table ? text(context) : data.render(in: context)
    }

    var data: DataTable {
        var columns = ["rank", "tied", "provider", "inspection", "owner", "published", "overall"].map { Column($0) }
        if let g = table.grouping { columns.insert(Column(g.name), at: 0) }
        if let s = table.standard { columns.append(Column(s.key)) }
        columns += ["score_points", "score_known", "score_of", "score_mean", "previous_overall", "previous_inspection", "movement"]
            .map { Column($0) }
        let rows: [[Cell]] = table.entries.map { e in
            let r = e.report
            var row: [Cell] = table.grouping == nil ? [] : [.text(e.group?.label ?? "")]
            row += [.int(e.rank), .text(e.tied ? "yes" : "no"), .text(r.provider.shortName), .text(r.id),
                               opt(r.ownerGroup ?? r.owner), opt(r.published?.description), opt(r.overall?.label)]
            if table.standard != nil { row.append(e.standardRated ? opt(e.standardRating?.label) : .text("not rated")) }
            row += [.int(e.score.points), .int(e.score.known), .int(e.score.of), e.score.mean.map { .double($0, digits: 2) } ?? .null,
                    opt(e.previousOverall?.label), opt(e.previousID), opt(e.movement?.rawValue)]
            return row
        }
        return DataTable(columns: columns, rows: rows, footer: [table.rule] + cutNote, nullText: "")
    }

    func opt(_ s: String?) -> Cell { s.map { .text($0) } ?? .null }

    /// The league for people: provider names whole or in a unique short form with their year, ratings in the form
    /// the width allows, the least needed columns (owner, coverage) left out first, with a footer saying so.
    func text(_ context: RenderContext) -> String {
        let ascii = context.charset == .ascii
        let dash = ascii ? "-" : "–"
        // A type every row shares goes without saying ("HLNY 2020", not "HLNY CRC 2020").
        let oneType = Set(table.entries.map(\.report.type)).count == 1
        var columns = [LayoutColumn("#", .identifier, priority: .essential, alignment: .right),
                       LayoutColumn("provider", .name, priority: .essential),
                       LayoutColumn("owner", .name, priority: .low),
                       LayoutColumn(["overall", "ovr"], .rating, priority: .high, legends: RatingForm.legends)]
        if let s = table.standard {
            columns.append(LayoutColumn(s.abbreviation, .rating, priority: .high, legends: RatingForm.legends))
        }
        columns += [
            LayoutColumn(["score (mean)", "mean"], .number, note: "score: mean points per known standard ("
                         + RatingForm.pointsLegend + "), bar 0 to 3"),
            LayoutColumn("known", .number, priority: .low, note: "known: standards with a confirmed rating, of the framework's"),
            LayoutColumn(["since"], .rating, alignment: .left,
                         note: "since: " + RatingStyle.movement(.up, ascii: ascii) + " up, " + RatingStyle.movement(.down, ascii: ascii)
                            + " down, = same against the previous inspection's overall rating"),
        ]
        var rows: [LayoutRow] = []
        for (i, e) in table.entries.enumerated() {
            if table.grouping != nil, i == 0 || table.entries[i - 1].group != e.group {
                rows.append(.heading(e.group?.label ?? "?"))
            }
            let r = e.report
            let year = r.reportDate.map { " " + $0.yearLabel } ?? ""
            var cells = [LayoutCell(String(e.rank) + (e.tied ? "=" : " ")),
                         LayoutCell(forms: r.provider.nameForms(withoutType: oneType).map { $0 + year }),
                         LayoutCell(forms: LeagueView.ownerForms(r.ownerGroup ?? r.owner ?? "?")),
                         LayoutCell(forms: RatingForm.forms(r.overall))]
            if table.standard != nil {
                cells.append(e.standardRated ? LayoutCell(forms: RatingForm.forms(e.standardRating)) : LayoutCell(dash))
            }
            let mean = e.score.mean.map { formatFixed($0, digits: 2) } ?? dash
            let bar = e.score.mean.map { Bars.bar($0, maximum: 3, width: 6, charset: context.charset) } ?? ""
            cells.append(LayoutCell(forms: [DisplayWidth.pad(bar, to: 6) + " " + mean, mean]))
            cells.append(LayoutCell("\(e.score.known)/\(e.score.of)"))
            let move = RatingStyle.movement(e.movement, ascii: ascii)
            cells.append(e.previousOverall == nil ? .empty
                         : LayoutCell(forms: [RatingForm.short, .letter].map { move + " " + $0.text(e.previousOverall) } + [move]))
            rows.append(.cells(cells))
        }
        var footer = [table.rule] + cutNote
        if let note = ReportDate.footnote(datedByID: table.entries.filter { $0.report.reportDate?.fromID == true }.count) {
            footer.append(note)
        }
        let heading = ProseFit.wrap(TerminalSafe.escape(heading) + " (\(before ?? table.entries.count))", width: context.width)
        return heading.map { context.styled($0, .bold) + "\n" }.joined()
            + LayoutTable(columns: columns, rows: rows, footer: footer).render(in: context)
    }

    /// An owner's name, and its initials when it has three words or more ("RRP").
    static func ownerForms(_ name: String) -> [String] {
        let words = name.split(separator: " ").filter { !Provider.minorWords.contains($0.lowercased()) }
        guard words.count >= 3 else { return [name] }
        return [name, String(words.compactMap(\.first).map { Character($0.uppercased()) })]
    }
}
