// HistoryCommand: `history [limit N]` — the commands typed before, newest last; `history PROVIDER` — its inspections.
import Analysis
import Rendering

enum HistoryCommand {
    static let spec = CommandSpec(
        name: "history", aliases: ["\\s"], group: .shell,
        summary: "The commands typed before; or a provider's inspections over time.",
        help: "History is kept in $PROBE_HISTORY, else $XDG_STATE_HOME/probe/history, else ~/.probe_history; repeated lines are kept once. "
            + "`history PROVIDER` is the provider's history instead: each inspection's date, owner (as its write-up names it, "
            + "so a change of owner shows), overall rating and known standards, oldest first, with a sparkline of the overall ratings.",
        examples: ["history", "history limit 5", "history hlny"],
        arguments: [ArgumentSpec("provider", .provider, optional: true)],
        options: [OptionSpec("limit", .integer, "how many of the newest lines to show")],
        run: { inv, session in
            if let name = inv.positional(0) {
                if let limit = inv.options["limit"] {
                    throw CommandError.usage("limit goes with the command history", hint: "history \(name.text) shows every inspection",
                                             at: limit.range)
                }
                let provider = try ReportResolver.provider(name, in: session.corpus)
                return ProviderHistoryView(history: ProviderHistory(provider: provider, reports: session.corpus.reports))
            }
            let lines = session.history()
            let n = try inv.intOption("limit") ?? lines.count
            let shown = lines.suffix(n)
            let first = lines.count - shown.count + 1
            return DataTable(columns: [Column("#", .right), Column("command", kind: .prose(.wrap))],
                             rows: shown.enumerated().map { [.int(first + $0.offset), .text($0.element)] })
        })
}
