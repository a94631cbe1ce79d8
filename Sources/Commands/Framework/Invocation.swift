// Invocation: a command line parsed against its CommandSpec — positionals, keyword options, flags, query text.
import Rendering

public struct Invocation: Sendable {
    /// The form that was parsed: the command, or the subcommand its first word chose.
    public var spec: CommandSpec
    /// The whole line as typed (without any `> file` redirection).
    public var line: String
    public var words: [Word]
    /// Positional arguments in order (the query, if any, is not among them).
    public var positionals: [Word]
    /// Keyword options given, by name (a bare value counts as its option); for a repeatable option, its first value.
    public var options: [String: Word]
    /// Every value of a repeatable option, in the order written.
    public var repeated: [String: [Word]] = [:]
    /// Flags given (`nostop`).
    public var flags: Set<String>
    /// The query text exactly as typed, and where it starts in the line (for carets).
    public var query: String?
    /// The query as a summary shows it: `query`, or with filters written after an option joined on (`risk type:crc`).
    public var queryDisplay: String?
    public var queryOffset: Int
    /// The words of the query, with their ranges in the line.
    public var queryWords: [Word]
    /// `--format F` given on this command only (or implied by a `> file.csv` redirection).
    public var format: OutputFormat?
    /// The format the result will be rendered in; set by the session just before the command runs.
    public var effectiveFormat: OutputFormat = .table

    /// True when only a screenful will be shown: the result is for people (table format) and no `limit` was
    /// given on the command, so commands may compute just the first page.
    public var showsOnlyFirstPage: Bool { effectiveFormat == .table && options["limit"] == nil }

    public func option(_ name: String) -> String? { options[name]?.text }

    /// Every value given for an option, in order: one or none, or several for a repeatable option.
    public func values(_ name: String) -> [Word] { repeated[name] ?? options[name].map { [$0] } ?? [] }

    public func has(_ flag: String) -> Bool { flags.contains(flag) }

    /// An integer option, with a usage error pointing at a bad value.
    public func intOption(_ name: String, range allowed: ClosedRange<Int> = 1...1_000_000) throws -> Int? {
        guard let w = options[name] else { return nil }
        guard let n = Int(w.text), allowed.contains(n) else {
            let example = allowed.contains(20) ? 20 : allowed.lowerBound + (allowed.upperBound - allowed.lowerBound) / 4
            throw CommandError.usage("'\(w.text)' is not a number from \(allowed.lowerBound) to \(allowed.upperBound)",
                                     hint: "write it as digits, e.g. \(spec.name) ... \(name) \(example)", at: w.range)
        }
        return n
    }

    /// An integer option or its default.
    public func intOption(_ name: String, default value: Int, range allowed: ClosedRange<Int> = 1...1_000_000) throws -> Int {
        try intOption(name, range: allowed) ?? value
    }

    public func positional(_ i: Int) -> Word? { i < positionals.count ? positionals[i] : nil }

    /// Where a usage error about something missing points: the end of the line.
    var end: Range<Int> { line.utf8.count..<line.utf8.count }
}
