// Invocation: a command line parsed against its CommandSpec — positionals, keyword options, query text, flags.
import Rendering

public struct Invocation: Sendable {
    public var spec: CommandSpec
    /// The whole line as typed (without any `> file` redirection).
    public var line: String
    public var words: [Word]
    /// Positional arguments in order (the query, if any, is not among them).
    public var positionals: [Word]
    /// Keyword options given, by name.
    public var options: [String: Word]
    /// The query text exactly as typed, and where it starts in the line (for carets).
    public var query: String?
    public var queryOffset: Int
    /// `--format F` given on this command only (or implied by a `> file.csv` redirection).
    public var format: OutputFormat?
    /// The format the result will be rendered in; set by the session just before the command runs.
    public var effectiveFormat: OutputFormat = .table

    /// True when only a screenful will be shown: the result is for people (table format) and no `limit` was
    /// given on the command, so commands may compute just the first page.
    public var showsOnlyFirstPage: Bool { effectiveFormat == .table && options["limit"] == nil }

    public func option(_ name: String) -> String? { options[name]?.text }

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

    public func positional(_ i: Int) -> Word? { i < positionals.count ? positionals[i] : nil }
}

enum InvocationParser {
    /// Parses the words after the command name. Options are recognised anywhere for commands without a query,
    /// and only at the end (as `NAME VALUE` pairs) for commands whose last argument is a query, so words
    /// such as "by" can still be searched for inside quotes or mid-query.
    static func parse(spec: CommandSpec, line: String, words: [Word]) throws -> Invocation {
        var rest = Array(words.dropFirst())
        var format: OutputFormat?
        // Flags: --format F (also --format=F).
        var i = 0
        while i < rest.count {
            let w = rest[i]
            if !w.quoted, w.text == "--format" || w.text.hasPrefix("--format=") {
                let value: Word?
                if w.text.hasPrefix("--format=") {
                    value = Word(text: String(w.text.dropFirst(9)), range: w.range, quoted: false)
                    rest.remove(at: i)
                } else {
                    value = i + 1 < rest.count ? rest[i + 1] : nil
                    rest.removeSubrange(i..<min(i + 2, rest.count))
                }
                guard let value, let f = OutputFormat(rawValue: value.text.lowercased()) else {
                    throw CommandError.usage("--format needs one of: " + OutputFormat.allCases.map(\.rawValue).joined(separator: ", "),
                                             hint: CommandError.didYouMean(value?.text ?? "", among: OutputFormat.allCases.map(\.rawValue)),
                                             at: (value ?? w).range)
                }
                format = f
            } else if !w.quoted, w.text.hasPrefix("--"), w.text.count > 2 {
                throw CommandError.usage("unknown flag '\(w.text)' for \(spec.name)",
                                         hint: CommandError.didYouMean(w.text, among: ["--format"]) ?? "see help \(spec.name)",
                                         at: w.range)
            } else {
                i += 1
            }
        }
        var options: [String: Word] = [:]
        var positionals: [Word] = []
        var query: String?
        var queryOffset = 0
        if spec.takesQuery {
            // Peel NAME VALUE pairs off the end.
            while rest.count >= 2, !rest[rest.count - 2].quoted, let o = spec.option(named: rest[rest.count - 2].text),
                  options[o.name] == nil {
                let value = rest.removeLast(); rest.removeLast()
                try check(value, for: o, spec: spec)
                options[o.name] = value
            }
            let fixed = spec.arguments.count - 1
            positionals = Array(rest.prefix(fixed))
            let queryWords = rest.dropFirst(fixed)
            if let first = queryWords.first, let last = queryWords.last {
                query = LineSplitter.slice(line, first.range.lowerBound..<last.range.upperBound)
                queryOffset = first.range.lowerBound
            }
        } else {
            var j = 0
            while j < rest.count {
                let w = rest[j]
                if !w.quoted, let o = spec.option(named: w.text), positionals.count >= requiredCount(spec) || !isLikelyPositional(spec, positionals.count) {
                    guard j + 1 < rest.count else {
                        throw CommandError.usage("'\(o.name)' needs a value", hint: o.help, at: w.range)
                    }
                    try check(rest[j + 1], for: o, spec: spec)
                    options[o.name] = rest[j + 1]
                    j += 2
                } else {
                    positionals.append(w); j += 1
                }
            }
            if positionals.count > spec.arguments.count, let extra = positionals.dropFirst(spec.arguments.count).first {
                let names = spec.options.map(\.name)
                throw CommandError.usage("unexpected '\(extra.text)' after \(spec.name)",
                                         hint: CommandError.didYouMean(extra.text, among: names) ?? "usage: \(spec.synopsis)",
                                         at: extra.range)
            }
        }
        let required = requiredCount(spec)
        if positionals.count < required && !(spec.takesQuery && query != nil && positionals.count >= required - 1) {
            let missing = spec.arguments[positionals.count]
            if !(missing.kind == .query && query != nil) {
                throw CommandError.usage("\(spec.name) needs \(article(missing.name)) \(missing.name)",
                                         hint: "usage: \(spec.synopsis)", at: line.utf8.count..<line.utf8.count)
            }
        }
        return Invocation(spec: spec, line: line, words: words, positionals: positionals, options: options,
                          query: query, queryOffset: queryOffset, format: format)
    }

    static func requiredCount(_ spec: CommandSpec) -> Int { spec.arguments.filter { !$0.optional }.count }

    /// A word equal to an option name is read as that option only once the positionals it could fill are
    /// optional (so `show staff` still names a provider called "staff" if `show` took no options).
    static func isLikelyPositional(_ spec: CommandSpec, _ index: Int) -> Bool { index < requiredCount(spec) }

    static func check(_ value: Word, for option: OptionSpec, spec: CommandSpec) throws {
        if case .choice(let allowed) = option.value, !allowed.contains(value.text.lowercased()) {
            throw CommandError.usage("'\(value.text)' is not a value of \(option.name)",
                                     hint: (CommandError.didYouMean(value.text, among: allowed).map { $0 + " " } ?? "")
                                        + "(one of: " + allowed.joined(separator: ", ") + ")",
                                     at: value.range)
        }
    }

    static func article(_ noun: String) -> String {
        guard let f = noun.lowercased().first else { return "a" }
        return "aeiou".contains(f) ? "an" : "a"
    }
}
