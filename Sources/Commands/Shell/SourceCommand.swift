// SourceCommand: `source FILE` — run a script's commands, refusing a script that leads back to itself.
import Foundation
import Rendering

enum SourceCommand {
    static let spec = CommandSpec(
        name: "source", aliases: ["\\i", "."], group: .shell,
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
}
