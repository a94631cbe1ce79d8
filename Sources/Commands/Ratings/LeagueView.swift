// LeagueView: the league as a table fitted to the width, ratings in the width's form; flat data in the data formats.
import Analysis
import Inspections
import Rendering

struct LeagueView: Renderable {
    let table: LeagueTable
    let heading: String

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
        return DataTable(columns: columns, rows: rows, footer: [table.rule], nullText: "")
    }

    func opt(_ s: String?) -> Cell { s.map { .text($0) } ?? .null }

    func text(_ context: RenderContext) -> String {
        let ascii = context.charset == .ascii, narrow = context.width < RatingForm.shortFrom
        let dash = ascii ? "-" : "–"
        let form = RatingForm(width: context.width)
        // The previous rating beside the movement is a reminder, not the ranking: short even when there is room.
        let sinceForm: RatingForm = form == .letter ? .letter : .short
        func rating(_ r: Rating?) -> String { form.text(r) }
        // Fixed columns first; provider and owner share what is left (provider first), cut with an ellipsis.
        var fixed: [(Column, [String])] = []
        fixed.append((Column(narrow ? "ovr" : "overall"), table.entries.map { rating($0.report.overall) }))
        if let s = table.standard {
            fixed.append((Column(s.abbreviation), table.entries.map { $0.standardRated ? rating($0.standardRating) : dash }))
        }
        fixed.append((Column(narrow ? "mean" : "score (mean)"), table.entries.map { e in
            let value = e.score.mean.map { formatFixed($0, digits: 2) } ?? dash
            if narrow { return value }
            let bar = e.score.mean.map { Bars.bar($0, maximum: 3, width: 6, charset: context.charset) } ?? ""
            return DisplayWidth.pad(bar, to: 6) + " " + value
        }))
        fixed.append((Column("known", .right), table.entries.map { "\($0.score.known)/\($0.score.of)" }))
        fixed.append((Column(narrow ? "+/-" : "since"), table.entries.map { e in
            guard e.previousOverall != nil else { return "" }
            let move = RatingStyle.movement(e.movement, ascii: ascii)
            return narrow ? move : move + " " + sinceForm.text(e.previousOverall)
        }))
        if let grouping = table.grouping {
            // Ranks restart in each group: the group goes first among the fixed columns, cut to 14 columns.
            let names = table.entries.map { DisplayWidth.truncate($0.group?.label ?? "", to: 14, ascii: ascii) }
            fixed.insert((Column(grouping.name), names), at: 0)
        }
        let ranks = table.entries.map { String($0.rank) + ($0.tied ? "=" : " ") }
        // A type every row shares goes without saying ("HLNY 2020", not "HLNY CRC 2020"); the year is kept when cut.
        let oneType = Set(table.entries.map(\.report.type)).count == 1
        let names = table.entries.map { e -> String in
            let short = e.report.provider.shortName, suffix = " " + e.report.type.rawValue
            return oneType && short.hasSuffix(suffix) ? String(short.dropLast(suffix.count)) : short
        }
        let years = table.entries.map { $0.report.reportDate.map { " " + $0.yearLabel } ?? "" }
        let providers = names.indices.map { names[$0] + years[$0] }
        let owners = table.entries.map { $0.report.ownerGroup ?? $0.report.owner ?? "?" }
        func need(_ header: String, _ cells: [String]) -> Int { ([header] + cells).map { DisplayWidth.of($0) }.max() ?? 0 }
        func room() -> Int { context.width - need("#", ranks) - fixed.reduce(0) { $0 + need($1.0.name, $1.1) } - 2 * (fixed.count + 2) }
        // In a very narrow terminal, movement and then the mean give way before the provider's name does.
        // A grouped league also gives up movement, then the score, before names are cut to nothing.
        var dropped: [String] = []
        let least = table.grouping == nil ? 10 : 20
        let givers = table.grouping == nil ? ["+/-", "mean"] : ["+/-", "since", "mean", "score (mean)"]
        for name in givers where room() < least {
            if let i = fixed.firstIndex(where: { $0.0.name == name }) { fixed.remove(at: i); dropped.append(name) }
        }
        let room = room()
        let showOwner = room >= 24
        let providerNeed = need("provider", providers), ownerNeed = need("owner", owners)
        // The owner keeps up to 14 columns ("Purple Futures"); the provider gets the rest.
        let ownerW = showOwner ? min(ownerNeed, max(min(ownerNeed, 14), room - providerNeed - 2)) : 0
        let providerW = max(8, min(providerNeed, showOwner ? room - ownerW - 2 : room))
        func fit(_ s: String, _ w: Int) -> String { DisplayWidth.truncate(s, to: w, ascii: ascii) }
        func fitName(_ i: Int) -> String {
            DisplayWidth.of(providers[i]) <= providerW || years[i].isEmpty ? fit(providers[i], providerW)
                : fit(names[i], providerW - DisplayWidth.of(years[i])) + years[i]
        }
        var columns = [Column("#", .right), Column("provider")]
        if showOwner { columns.append(Column("owner")) }
        columns += fixed.map(\.0)
        let rows: [[Cell]] = table.entries.indices.map { i in
            var row: [Cell] = [.text(ranks[i]), .text(fitName(i))]
            if showOwner { row.append(.text(fit(owners[i], ownerW))) }
            return row + fixed.map { .text($0.1[i]) }
        }
        let up = ascii ? "^" : "▲", down = ascii ? "v" : "▼"
        var footer = [table.rule,
                      (narrow ? "ovr: overall (O G R I, ? unknown); mean" : "score") + ": mean points per known standard "
                        + "(" + RatingForm.pointsLegend + ")" + (narrow ? "" : ", bar 0 to 3") + "; known: standards with a confirmed rating, of the "
                        + "framework's; " + (narrow ? "+/-" : "since") + ": \(up) up, \(down) down, = same against the previous "
                        + "inspection's overall" + (narrow ? "" : "; " + (sinceForm.footnote ?? ""))]
        if let note = ReportDate.footnote(datedByID: table.entries.filter { $0.report.reportDate?.fromID == true }.count) {
            footer.append(note)
        }
        if !dropped.isEmpty { footer.append("not shown at this width: " + dropped.joined(separator: ", ") + " (set width, or --format csv)") }
        let header = DisplayWidth.truncate(TerminalSafe.escape(heading) + " (\(table.entries.count))", to: context.width, ascii: ascii)
        let body = DataTable(columns: columns, rows: rows, footer: [], nullText: "?").render(in: context)
        let notes = footer.flatMap { TextWrap.lines($0, width: context.width, ascii: ascii) }
        return context.styled(header, .bold) + "\n" + body + notes.joined(separator: "\n") + "\n"
    }
}
