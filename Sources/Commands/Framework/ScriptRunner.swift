// ScriptRunner: runs a script of commands (`probe FILE`, `-f`, `source`, stdin) with locations on every error.
import Foundation

public enum ScriptRunner {
    /// Runs every command of `text`, named `name` in error locations. `#` comments and blank lines are skipped;
    /// a line ending in `\` continues on the next. Stops at the first error when `session.settings.bail` is on.
    public static func run(text: String, name: String, session: Session) -> ScriptOutcome {
        var errors = 0
        for command in commands(in: text) {
            if session.quitRequested { return ScriptOutcome(errors: errors, stopped: true) }
            if session.isCancelled() {
                session.sink.writeError("\(name):\(command.line): interrupted\n")
                return ScriptOutcome(errors: errors + 1, stopped: true)
            }
            do {
                try session.execute(command.text)
            } catch let error as CommandError {
                errors += 1
                if !error.alreadyReported { session.sink.writeError(ErrorFormatter.located(error, line: command.text, file: name,
                                                               lineNumber: command.line, columnOffset: command.column - 1)) }
                if session.settings.bail { return ScriptOutcome(errors: errors, stopped: true) }
            } catch {
                errors += 1
                session.sink.writeError("\(name):\(command.line):1: error: \(error)\n")
                if session.settings.bail { return ScriptOutcome(errors: errors, stopped: true) }
            }
        }
        return ScriptOutcome(errors: errors, stopped: false)
    }

    /// Runs a script file's text, marking the file as running so a `source` that leads back to it is refused.
    public static func runFile(text: String, name: String, path: String, session: Session) -> ScriptOutcome {
        session.sourceStack.append(identity(of: path))
        defer { session.sourceStack.removeLast() }
        return run(text: text, name: name, session: session)
    }

    /// A script's identity for cycle detection: its absolute path with links resolved.
    static func identity(of path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// One command of a script: its text (continuations joined) and where it starts.
    public struct Command: Sendable, Equatable {
        public var text: String
        public var line: Int
        public var column: Int
    }

    /// Splits a script into commands. Accepts CRLF and a missing final newline.
    public static func commands(in text: String) -> [Command] {
        var out: [Command] = []
        var pending = "", pendingLine = 0, pendingColumn = 1
        var lineNumber = 0
        // Character.isNewline covers "\n", "\r\n" (one grapheme) and a lone "\r".
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            var line = String(raw)
            if !pending.isEmpty { line = String(line.drop { $0 == " " || $0 == "\t" }) }
            if pending.isEmpty {
                let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
                if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
                pendingLine = lineNumber
                pendingColumn = line.count - trimmed.count + 1
                line = String(trimmed)
            }
            if line.hasSuffix("\\") && !line.hasSuffix("\\\\") {
                pending += String(line.dropLast())
                if !pending.hasSuffix(" ") { pending += " " }
                continue
            }
            pending += line
            out.append(Command(text: pending, line: pendingLine, column: pendingColumn))
            pending = ""
        }
        if !pending.isEmpty { out.append(Command(text: pending, line: pendingLine, column: pendingColumn)) }
        return out
    }
}
