// CommandError: what went wrong with a command, where in the line, and what to try instead.
import Inspections

public struct CommandError: Error, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// The command line itself is wrong (unknown command, option or value): a usage error.
        case usage
        /// The command ran but could not do what was asked (no such provider, file unreadable).
        case failure
    }
    public var kind: Kind
    public var message: String
    public var hint: String?
    /// Byte range in the command line that the error points at, if any.
    public var range: Range<Int>?
    /// True when the message was already shown (an error inside a sourced script): count it, don't repeat it.
    public var alreadyReported = false

    public init(_ kind: Kind, _ message: String, hint: String? = nil, at range: Range<Int>? = nil) {
        self.kind = kind; self.message = message; self.hint = hint; self.range = range
    }

    /// A failure (not a usage error).
    public init(_ message: String, hint: String? = nil, at range: Range<Int>? = nil) {
        self.init(.failure, message, hint: hint, at: range)
    }

    public static func usage(_ message: String, hint: String? = nil, at range: Range<Int>? = nil) -> CommandError {
        CommandError(.usage, message, hint: hint, at: range)
    }

    /// "did you mean 'x'?" from a list of candidates, or nil when none is close.
    public static func didYouMean(_ word: String, among candidates: [String]) -> String? {
        EditDistance.didYouMean(EditDistance.suggestions(for: word, among: candidates.sorted()))
    }

    /// The 1-based column (in characters) of the error's start within the line.
    public func column(in line: String) -> Int {
        guard let range else { return 1 }
        return LineSplitter.slice(line, 0..<range.lowerBound).count + 1
    }

    /// The line with a caret run under the fault, as two lines (indented by two spaces), or nil with no range.
    public func caret(in line: String) -> String? {
        guard let range, !line.isEmpty else { return nil }
        let before = LineSplitter.slice(line, 0..<range.lowerBound)
        let marked = LineSplitter.slice(line, range)
        let pad = String(repeating: " ", count: displayWidth(before))
        let carets = String(repeating: "^", count: max(1, displayWidth(marked)))
        return "  " + line + "\n  " + pad + carets
    }

    private func displayWidth(_ s: String) -> Int { s.count }
}
