// LeagueCommand: `league` — providers ranked by overall rating, then score over known standards, with movement.
import Analysis
import Inspections
import Rendering

enum LeagueCommand {
    static let spec = CommandSpec(
        name: "league", aliases: ["rank"], group: .ratings,
        synopsis: "league [type crc|nps|pdu|region] [YEAR | year YYYY | round N] [by STANDARD]",
        summary: "Providers ranked by overall rating, then by score over known standards, with movement since last time.",
        help: "One row per provider: its latest inspection, or its latest published in YEAR, or its Nth inspection (round N). "
            + "Ranked by overall rating (unknown last), then mean points over the standards whose rating is known "
            + "(Outstanding 3, Good 2, Requires improvement 1, Inadequate 0; none known last), then coverage (more known "
            + "standards first); rows equal on all three share a rank (shown with =) and are listed by name. `by STANDARD` "
            + "ranks on that standard first. Movement compares the overall rating with the provider's previous inspection "
            + "(▲ up, ▼ down, = same).",
        examples: ["league type crc", "league type pdu 2024", "league type crc round 2", "league by reviewing"],
        arguments: [ArgumentSpec("year", .integer, optional: true), ArgumentSpec("type", .choice(["crc", "nps", "pdu", "region"]), optional: true)],
        options: [OptionSpec("type", .choice(["crc", "nps", "pdu", "region"]), "only this kind of provider"),
                  OptionSpec("year", .integer, "inspections published in this year"),
                  OptionSpec("round", .integer, "each provider's Nth inspection in the corpus"),
                  OptionSpec("by", .standard, "rank on this standard's rating first")],
        run: { inv, session in
            let filter = try RatingsFilter(inv, words: inv.positionals)
            let all = session.corpus.reports
            var selection = LeagueSelection.latest
            if let y = filter.year { selection = .year(y) }
            if let n = try inv.intOption("round", range: 1...20) {
                if filter.year != nil {
                    throw CommandError.usage("give a year or a round, not both", hint: "e.g. league type crc round 2",
                                             at: inv.options["round"]!.range)
                }
                selection = .round(n)
            }
            if let by = inv.options["by"], !Framework.all.contains(where: { $0.standard(named: by.text) != nil }) {
                let names = Framework.all.flatMap { $0.standards.map(\.key) }
                throw CommandError.usage("no standard '\(by.text)'",
                                         hint: CommandError.didYouMean(by.text, among: Array(Set(names))) ?? "e.g. by reviewing, by ttg, by 2.4",
                                         at: by.range)
            }
            let typed = FilterOnlyType(type: filter.type).apply(all)
            let table = LeagueTable(reports: typed, selection: selection, by: inv.option("by"), all: all)
            var what = (filter.type?.rawValue ?? "all") + " providers"
            switch selection {
            case .latest: what += ", latest inspection of each"
            case .year(let y): what += ", inspections published in \(y)"
            case .round(let n): what += ", inspection \(n) of each"
            }
            return LeagueView(table: table, heading: what)
        })
}

/// The type part of a filter alone: a league's year picks inspections, it does not drop providers' history.
private struct FilterOnlyType {
    let type: ProviderType?
    func apply(_ reports: [InspectionReport]) -> [InspectionReport] { reports.filter { type == nil || $0.type == type } }
}

struct LeagueView: Renderable {
    let table: LeagueTable
    let heading: String

    func render(in context: RenderContext) -> String {
        context.format == .table ? text(context) : data.render(in: context)
    }

    var data: DataTable {
        var columns = ["rank", "tied", "provider", "inspection", "owner", "published", "overall"].map { Column($0) }
        if let s = table.standard { columns.append(Column(s.key)) }
        columns += ["score_points", "score_known", "score_of", "score_mean", "previous_overall", "previous_inspection", "movement"]
            .map { Column($0) }
        let rows: [[Cell]] = table.entries.map { e in
            let r = e.report
            var row: [Cell] = [.int(e.rank), .text(e.tied ? "yes" : "no"), .text(r.provider.shortName), .text(r.id),
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
            let move = RatingLook.movement(e.movement, ascii: ascii)
            return narrow ? move : move + " " + sinceForm.text(e.previousOverall)
        }))
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
        var dropped: [String] = []
        for name in ["+/-", "mean"] where room() < 10 {
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
