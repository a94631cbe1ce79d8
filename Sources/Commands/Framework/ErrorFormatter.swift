// ErrorFormatter: a command error as the shell shows it (error, caret line, hint) and as scripts show it (FILE:LINE:COL).
import Rendering

public enum ErrorFormatter {
    /// Interactive form: "error: message", the line with carets, then "hint: ...".
    public static func interactive(_ error: CommandError, line: String) -> String {
        let line = error.shownLine ?? line
        var s = "error: \(safe(error.message))\n"
        if let caret = error.caret(in: safe(line)) { s += caret + "\n" }
        if let hint = error.hint { s += "hint: \(safe(hint))\n" }
        return s
    }

    /// Script form: "FILE:LINE:COL: error: message", the line with carets, then "hint: ...".
    /// After `$NAME` expansion the caret is under the line as expanded, and the column is counted in it.
    public static func located(_ error: CommandError, line: String, file: String, lineNumber: Int,
                               columnOffset: Int = 0) -> String {
        let line = error.shownLine ?? line
        let col = error.column(in: line) + columnOffset
        var s = "\(safe(file)):\(lineNumber):\(col): error: \(safe(error.message))\n"
        if let caret = error.caret(in: safe(line)) { s += caret + "\n" }
        if let hint = error.hint { s += "hint: \(safe(hint))\n" }
        return s
    }

    static func safe(_ s: String) -> String { TerminalSafe.escape(s) }
}
