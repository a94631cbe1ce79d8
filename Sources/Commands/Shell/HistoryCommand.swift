// HistoryCommand: `history [limit N]` — the commands typed before, newest last.
import Rendering

enum HistoryCommand {
    static let spec = CommandSpec(
        name: "history", aliases: ["\\s"], group: .shell,
        summary: "Show the commands typed before, newest last.",
        help: "History is kept in $PROBE_HISTORY, else $XDG_STATE_HOME/probe/history, else ~/.probe_history; repeated lines are kept once.",
        examples: ["history", "history limit 5"],
        options: [OptionSpec("limit", .integer, "how many of the newest lines to show")],
        run: { inv, session in
            let lines = session.history()
            let n = try inv.intOption("limit") ?? lines.count
            let shown = lines.suffix(n)
            let first = lines.count - shown.count + 1
            return DataTable(columns: [Column("#", .right), Column("command", kind: .prose(.wrap))],
                             rows: shown.enumerated().map { [.int(first + $0.offset), .text($0.element)] })
        })
}
