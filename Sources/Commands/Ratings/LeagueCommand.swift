// LeagueCommand: `league` — providers ranked by overall rating, then score over known standards, with movement.
import Analysis
import Inspections
import Rendering

enum LeagueCommand {
    static let spec = CommandSpec(
        name: "league", aliases: ["rank"], group: .ratings,
        summary: "Providers ranked by overall rating, then by score over known standards, with movement since last time.",
        help: "One row per provider: its latest inspection, or its latest of a year (by the one year rule), or its Nth "
            + "inspection (round N). Ranked by overall rating (unknown last), then mean points over the standards whose "
            + "rating is known (Outstanding 3, Good 2, Requires improvement 1, Inadequate 0; none known last), then coverage "
            + "(more known standards first); rows equal on all three share a rank (shown with =) and are listed by name. "
            + "`by STANDARD` ranks on that standard first; `by region` ranks within each region (unknown last). Movement "
            + "compares the overall rating with the provider's previous inspection (▲ up, ▼ down, = same). `limit N` shows "
            + "the first N rows, and every row tied with the last of them.",
        examples: ["league type crc", "league type pdu 2024", "league crc round 2", "league by reviewing limit 10", "league pdu by region"],
        options: CommonOptions.reportFilter + [
            OptionSpec("round", .integer, "each provider's Nth inspection in the corpus"),
            OptionSpec("by", .standardOr(["region"]), "rank on this standard's rating first, or within each region"),
            OptionSpec("limit", .integer, "show the first N rows (and any tied with the last)"),
        ],
        run: { inv, session in
            let filter = try ReportFilter(inv)
            // The scope picks the inspections ranked; movement still compares with the provider's earlier ones.
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
            var standard: String?, within: Grouping?
            if let by = inv.options["by"] {
                if by.text.lowercased() == "region" {
                    within = .region
                } else if Framework.all.contains(where: { $0.standard(named: by.text) != nil }) {
                    standard = by.text
                } else {
                    let names = Framework.all.flatMap { $0.standards.map(\.key) } + ["region"]
                    throw CommandError.usage("no standard '\(by.text)'",
                                             hint: CommandError.didYouMean(by.text, among: Array(Set(names))) ?? "e.g. by reviewing, by ttg, by 2.4, by region",
                                             at: by.range)
                }
            }
            // A year picks inspections; it does not drop a provider's history, which movement needs.
            let typed = ReportFilter(type: filter.type).apply(try session.reports)
            var table = LeagueTable(reports: typed, selection: selection, by: standard, within: within, all: all)
            let before = table.entries.count
            if let n = try inv.intOption("limit"), n < before {
                // A tie is never split: the rows sharing the last shown rank stay (within one region when ranked by region).
                var keep = n
                while keep < before, table.entries[keep].rank == table.entries[n - 1].rank,
                      table.entries[keep].group == table.entries[n - 1].group { keep += 1 }
                table.entries = Array(table.entries.prefix(keep))
            }
            var what = (filter.type?.rawValue ?? "all") + " providers"
            switch selection {
            case .latest: what += ", latest inspection of each"
            case .year(let y): what += ", inspections published in \(y)"
            case .round(let n): what += ", inspection \(n) of each"
            }
            if within != nil { what += ", by region" }
            return LeagueView(table: table, heading: what, before: before)
        })
}
