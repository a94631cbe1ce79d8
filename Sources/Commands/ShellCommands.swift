// ShellCommands: help, set, source, history and quit — the commands about the shell itself.
import Foundation
import Rendering

enum ShellCommands {
    static let help = CommandSpec(
        name: "help", aliases: ["?", "\\h"], group: .shell,
        synopsis: "help [COMMAND]",
        summary: "List the commands, or explain one.",
        help: "Without an argument, lists every command by group with its synopsis. With a command name, shows its synopsis, what it does, its options and examples.",
        examples: ["help", "help count"],
        arguments: [ArgumentSpec("command", .command, optional: true)],
        run: { inv, _ in
            guard let w = inv.positional(0) else { return HelpText.overview() }
            guard let spec = CommandCatalog.lookup(w.text) else {
                throw CommandError.usage("no command '\(w.text)'",
                                         hint: CommandCatalog.didYouMean(w.text) ?? "type help for the list",
                                         at: w.range)
            }
            return HelpText.command(spec)
        })

    static let set = CommandSpec(
        name: "set", aliases: ["\\set"], group: .shell,
        synopsis: "set [NAME [VALUE]]",
        summary: "Show or change a setting (format, width, color, charset, pager, timing, context, limit, bail).",
        help: "`set` alone shows every setting with its value. `set NAME VALUE` changes one for the rest of the session; `set NAME` shows one. Settings also come from ~/.proberc, which runs first.",
        examples: ["set format csv", "set width 100", "set context 12w", "set bail off"],
        arguments: [ArgumentSpec("name", .setting, optional: true), ArgumentSpec("value", .settingValue, optional: true)],
        run: { inv, session in
            guard let nameWord = inv.positional(0) else { return settingsTable(session) }
            guard let spec = SettingCatalog.named(nameWord.text) else {
                throw CommandError.usage("no setting '\(nameWord.text)'",
                                         hint: CommandError.didYouMean(nameWord.text, among: SettingCatalog.all.map(\.name))
                                            ?? "settings: " + SettingCatalog.all.map(\.name).joined(separator: ", "),
                                         at: nameWord.range)
            }
            guard let valueWord = inv.positional(1) else {
                return Message("\(spec.name) = \(spec.get(session.settings))")
            }
            guard spec.set(&session.settings, valueWord.text.lowercased()) else {
                throw CommandError.usage("'\(valueWord.text)' is not a value of \(spec.name)",
                                         hint: "\(spec.help); e.g. " + spec.values.joined(separator: ", "),
                                         at: valueWord.range)
            }
            return nil
        })

    static func settingsTable(_ session: Session) -> DataTable {
        DataTable(columns: [Column("setting"), Column("value"), Column("meaning", flexible: true)],
                  rows: SettingCatalog.all.map { [.text($0.name), .text($0.get(session.settings)), .text($0.help)] })
    }

    static let source = CommandSpec(
        name: "source", aliases: ["\\i", "."], group: .shell,
        synopsis: "source FILE",
        summary: "Run the commands in a script file.",
        help: "Runs each line of FILE as a command, as `probe FILE` would. Scripts may source other scripts; a script that sources itself, directly or through others, is refused. With `set bail on` (the default) the script stops at its first error.",
        examples: ["source Scripts/league.probe"],
        arguments: [ArgumentSpec("file", .path)],
        run: { inv, session in
            let w = inv.positional(0)!
            let path = expandHome(w.text)
            let key = ScriptRunner.identity(of: path)
            if session.sourceStack.contains(key) {
                throw CommandError("'\(w.text)' is already being run: sourcing it again would never end",
                                   hint: "remove the source line that leads back to it", at: w.range)
            }
            let text = try readScript(path, word: w)
            session.sourceStack.append(key)
            defer { session.sourceStack.removeLast() }
            let outcome = ScriptRunner.run(text: text, name: w.text, session: session)
            if outcome.errors > 0 {
                var e = CommandError("\(outcome.errors) error\(outcome.errors == 1 ? "" : "s") in '\(w.text)'", at: w.range)
                e.alreadyReported = true
                throw e
            }
            return nil
        })

    /// Reads a script; a failure points at the path as typed.
    static func readScript(_ path: String, word: Word) throws -> String {
        do {
            return try ScriptFile.read(path, name: word.text)
        } catch {
            throw CommandError(error.message, hint: error.hint, at: word.range)
        }
    }

    static let history = CommandSpec(
        name: "history", aliases: ["\\s"], group: .shell,
        synopsis: "history [limit N]",
        summary: "Show the commands typed before, newest last.",
        help: "History is kept in $PROBE_HISTORY, else $XDG_STATE_HOME/probe/history, else ~/.probe_history; repeated lines are kept once.",
        examples: ["history", "history limit 5"],
        options: [OptionSpec("limit", .integer, "how many of the newest lines to show")],
        run: { inv, session in
            let lines = session.history()
            let n = try inv.intOption("limit") ?? lines.count
            let shown = lines.suffix(n)
            let first = lines.count - shown.count + 1
            return DataTable(columns: [Column("#", .right), Column("command", flexible: true)],
                             rows: shown.enumerated().map { [.int(first + $0.offset), .text($0.element)] })
        })

    static let quit = CommandSpec(
        name: "quit", aliases: ["exit", "\\q"], group: .shell,
        synopsis: "quit",
        summary: "Leave probe (Ctrl-D does the same).",
        help: "Saves history and exits with status 0.",
        run: { _, session in session.requestQuit(); return nil })
}
