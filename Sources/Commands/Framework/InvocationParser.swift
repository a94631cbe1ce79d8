// InvocationParser: the words after a command name read against its spec — subcommand, flags, options, positionals, query.
import Rendering

enum InvocationParser {
    /// Parses `words` (the command name first). A subcommand word right after the name selects that form.
    /// `--format F` is read anywhere. For a form whose last argument is a query, flags and `NAME VALUE`
    /// options are read from the end (and flags from the start), so words such as "by" can still be searched
    /// for inside quotes or mid-query; for other forms they are read anywhere, and a bare value (`crc`,
    /// `2019`) counts as its option once the positionals are filled.
    static func parse(spec: CommandSpec, line: String, words: [Word]) throws -> Invocation {
        var rest = Array(words.dropFirst())
        let format = try takeFormat(&rest, spec: spec)
        var spec = spec
        if let first = rest.first, !first.quoted, let sub = spec.subcommand(named: first.text) {
            spec = sub
            rest.removeFirst()
        }
        var options: [String: Word] = [:]
        var repeated: [String: [Word]] = [:]
        var flags = Set<String>()
        var positionals: [Word] = []
        var queryWords: [Word] = []
        // Field filters written after an option (`count risk by year type:crc`) still belong to the query.
        var trailing: [Word] = []
        if spec.takesQuery {
            var pending: [Word] = []
            while let last = rest.last {
                if !last.quoted, let f = spec.flag(named: last.text), !flags.contains(f.name) {
                    flags.insert(f.name); rest.removeLast()
                    trailing.insert(contentsOf: pending, at: 0); pending = []
                    continue
                }
                if rest.count >= 2, !rest[rest.count - 2].quoted, let o = spec.option(named: rest[rest.count - 2].text),
                   options[o.name] == nil || o.repeatable {
                    try check(last, for: o, spec: spec)
                    // Read from the end, so an earlier value goes first; `options` keeps the first written.
                    options[o.name] = last
                    if o.repeatable { repeated[o.name, default: []].insert(last, at: 0) }
                    rest.removeLast(2)
                    trailing.insert(contentsOf: pending, at: 0); pending = []
                    continue
                }
                // A filter is only moved if an option comes before it; otherwise it is part of the query as written.
                if !last.quoted, isFieldFilter(last.text) { pending.insert(last, at: 0); rest.removeLast(); continue }
                try refuseForeignOption(rest, spec: spec)
                break
            }
            rest += pending
            let fixed = spec.arguments.count - 1
            positionals = Array(rest.prefix(fixed))
            queryWords = Array(rest.dropFirst(fixed))
            while let first = queryWords.first, !first.quoted, let f = spec.flag(named: first.text), !flags.contains(f.name) {
                flags.insert(f.name); queryWords.removeFirst()
            }
        } else {
            var j = 0
            while j < rest.count {
                let w = rest[j]
                let filled = positionals.count >= spec.arguments.count
                if !w.quoted, let f = spec.flag(named: w.text) {
                    flags.insert(f.name); j += 1
                } else if !w.quoted, let o = spec.option(named: w.text),
                          positionals.count >= requiredCount(spec) || !isLikelyPositional(spec, positionals.count) {
                    guard j + 1 < rest.count else {
                        throw CommandError.usage("'\(o.name)' needs a value", hint: o.help, at: w.range)
                    }
                    try check(rest[j + 1], for: o, spec: spec)
                    if o.repeatable {
                        repeated[o.name, default: []].append(rest[j + 1])
                        if options[o.name] == nil { options[o.name] = rest[j + 1] }
                    } else {
                        options[o.name] = rest[j + 1]
                    }
                    j += 2
                } else if !w.quoted, filled, let o = spec.options.first(where: { $0.bare && options[$0.name] == nil && $0.value.acceptsBare(w.text) }) {
                    options[o.name] = w; j += 1
                } else {
                    positionals.append(w); j += 1
                }
            }
            if positionals.count > spec.arguments.count, spec.arguments.last?.repeats != true,
               let extra = positionals.dropFirst(spec.arguments.count).first {
                let names = spec.options.map(\.name) + spec.flags.map(\.name)
                throw CommandError.usage("unexpected '\(extra.text)' after \(spec.name)",
                                         hint: CommandError.didYouMean(extra.text, among: names) ?? "usage: \(spec.usage)",
                                         at: extra.range)
            }
        }
        var query: String?
        var queryDisplay: String?
        var queryOffset = 0
        if trailing.isEmpty, let first = queryWords.first, let last = queryWords.last {
            query = LineSplitter.slice(line, first.range.lowerBound..<last.range.upperBound)
            queryDisplay = query
            queryOffset = first.range.lowerBound
        } else if let first = (queryWords + trailing).first, let last = trailing.last {
            (query, queryDisplay) = joined(queryWords, trailing, in: line, from: first.range.lowerBound, to: last.range.upperBound)
            queryWords += trailing
            queryOffset = first.range.lowerBound
        }
        let required = requiredCount(spec)
        if positionals.count < required && !(spec.takesQuery && query != nil && positionals.count >= required - 1) {
            let missing = spec.arguments[positionals.count]
            if !(missing.kind == .query && query != nil) {
                throw CommandError.usage("\(spec.name) needs \(article(missing.name)) \(missing.name)",
                                         hint: "usage: \(spec.usage)", at: line.utf8.count..<line.utf8.count)
            }
        }
        return Invocation(spec: spec, line: line, words: words, positionals: positionals, options: options, repeated: repeated,
                          flags: flags, query: query, queryDisplay: queryDisplay, queryOffset: queryOffset, queryWords: queryWords,
                          format: format)
    }

    /// `count risk by provider limit 5`, where count takes no limit: the option's words would silently become
    /// query words (and match nothing). An option of another command, with a value, right after one of this
    /// command's options and its value is an error instead; anywhere else such a word is searched for, as written.
    static func refuseForeignOption(_ rest: [Word], spec: CommandSpec) throws {
        guard rest.count >= 4 else { return }
        let word = rest[rest.count - 2], before = rest[rest.count - 4]
        let name = word.text.lowercased()
        guard !word.quoted, spec.option(named: name) == nil,
              CommandCatalog.all.contains(where: { $0.forms.contains { $0.option(named: name) != nil } }),
              !before.quoted, let pair = spec.option(named: before.text), (try? check(rest[rest.count - 3], for: pair, spec: spec)) != nil
        else { return }
        let own = spec.options.map(\.name)
        throw CommandError.usage("\(spec.name) takes no option '\(word.text)'",
                                 hint: (own.isEmpty ? "" : "its options: " + own.joined(separator: ", ") + "; ")
                                    + "to search for the word, quote it: \"\(word.text)\"",
                                 at: word.range)
    }

    /// `name:value` (or `-name:value`) as a query writes a field filter.
    static func isFieldFilter(_ text: String) -> Bool {
        let body = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        guard let colon = body.firstIndex(of: ":"), colon != body.startIndex, body.index(after: colon) != body.endIndex else { return false }
        return body[..<colon].allSatisfy { $0.isLetter || $0 == "_" }
    }

    /// The query from words before the options and filters after them: for parsing, the line's bytes with
    /// everything else blanked (so a caret still lands on the right column); for showing, the words joined.
    static func joined(_ head: [Word], _ tail: [Word], in line: String, from start: Int, to end: Int) -> (String, String) {
        let bytes = Array(line.utf8)
        var parse = [UInt8](repeating: UInt8(ascii: " "), count: end - start)
        let words = head + tail
        for w in words { for i in w.range { parse[i - start] = bytes[i] } }
        var display: [String] = []
        if let first = head.first, let last = head.last { display.append(LineSplitter.slice(line, first.range.lowerBound..<last.range.upperBound)) }
        display += tail.map { LineSplitter.slice(line, $0.range) }
        return (String(decoding: parse, as: UTF8.self), display.joined(separator: " "))
    }

    /// Removes `--format F` (or `--format=F`) from the words and returns the format; other `--` flags are errors.
    static func takeFormat(_ rest: inout [Word], spec: CommandSpec) throws -> OutputFormat? {
        var format: OutputFormat?
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
            } else if !w.quoted, w.text.hasPrefix("--"), w.text.count > 2, spec.flag(named: w.text) == nil {
                throw CommandError.usage("unknown flag '\(w.text)' for \(spec.name)",
                                         hint: CommandError.didYouMean(w.text, among: ["--format"]) ?? "see help \(spec.name)",
                                         at: w.range)
            } else {
                i += 1
            }
        }
        return format
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
