// CommandError: what went wrong with a command, where in the line, and what to try instead.
import Inspections
import QueryLanguage
import Rendering

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
    /// The line `range` points into when it is not the line as typed: the line after `$NAME` expansion.
    public var shownLine: String?

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

    /// A query error as a usage error pointing into the command line: the query text starts at byte `offset`
    /// of the line, and the caret never runs past `end` (the end of the words the query came from) when given.
    public init(_ error: QueryError, queryOffset offset: Int, end: Int? = nil) {
        let lo = offset + error.range.lowerBound
        var hi = offset + max(error.range.upperBound, error.range.lowerBound + 1)
        if let end { hi = min(hi, max(end, lo + 1)) }
        self.init(.usage, error.message, hint: error.hint, at: lo..<hi)
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
    /// A long line is shown as a window around the fault (at most `window` characters each side), with "…"
    /// where it was cut, so an error in a megabyte-long line does not print the megabyte.
    public func caret(in line: String, window: Int = 60) -> String? {
        guard let range, !line.isEmpty else { return nil }
        var before = LineSplitter.slice(line, 0..<range.lowerBound)
        var marked = LineSplitter.slice(line, range)
        var after = LineSplitter.slice(line, range.upperBound..<line.utf8.count)
        if before.count > window { before = "…" + String(before.suffix(window - 1)) }
        if marked.count > window { marked = String(marked.prefix(window - 1)) + "…" }
        if after.count > window { after = String(after.prefix(window - 1)) + "…" }
        // Columns, not characters: a wide character before the fault takes two.
        let pad = String(repeating: " ", count: DisplayWidth.of(before))
        let carets = String(repeating: "^", count: max(1, DisplayWidth.of(marked)))
        return "  " + before + marked + after + "\n  " + pad + carets
    }
}
