// Completer: TAB completion from the command definitions — command names, then each argument's kind.
import Foundation
import Inspections

public enum Completer {
    public static func complete(_ lineBeforeCursor: String, session: Session) -> CompletionCandidates {
        let words = LineSplitter.split(lineBeforeCursor)
        let endsWithSpace = lineBeforeCursor.last.map { $0 == " " || $0 == "\t" } ?? true
        let current: Word? = endsWithSpace ? nil : words.last
        let prefix = current?.text ?? ""
        let from = current?.range.lowerBound ?? lineBeforeCursor.utf8.count
        let done = endsWithSpace ? words : Array(words.dropLast())
        func result(_ all: [String]) -> CompletionCandidates {
            let p = prefix.lowercased()
            var seen = Set<String>()
            let matches = all.filter { $0.lowercased().hasPrefix(p) && seen.insert($0.lowercased()).inserted }
            return CompletionCandidates(replaceFrom: from, candidates: matches.sorted { ($0.lowercased(), $0) < ($1.lowercased(), $1) })
        }
        guard let first = done.first else { return result(CommandCatalog.all.map(\.name)) }
        // After a redirection, a path.
        if let last = done.last, !last.quoted, last.text == ">" || last.text == ">>" { return result(paths(prefix)) }
        guard let command = CommandCatalog.lookup(first.text) else { return result([]) }
        var args = Array(done.dropFirst())
        var spec = command
        // A subcommand word first chooses that form; only the first word can (`chart ratings ove` is not `overall`).
        if let word = args.first, !word.quoted, let sub = command.subcommand(named: word.text) {
            spec = sub
            args.removeFirst()
        }
        // The value of a keyword option just typed.
        if let last = args.last, !last.quoted, let option = spec.option(named: last.text) {
            return result(values(for: option.value, session: session, previous: args, prefix: prefix))
        }
        var candidates = spec.options.filter { o in !args.contains { $0.text.lowercased() == o.name } }.map(\.name)
        candidates += spec.flags.filter { f in !args.contains { $0.text.lowercased() == f.name } }.map(\.name)
        if spec.name == command.name && args.isEmpty { candidates += command.subcommandWords }
        // Positional kinds: the next argument's, or the query's for query commands.
        let typed = countPositionals(args, spec: spec)
        // A query takes every word after the fixed arguments, so they all complete as that last argument.
        let positionalCount = spec.takesQuery ? min(typed, spec.arguments.count - 1) : typed
        if positionalCount < spec.arguments.count || spec.arguments.last?.repeats == true, !spec.arguments.isEmpty {
            let argument = spec.arguments[min(positionalCount, spec.arguments.count - 1)]
            if argument.kind == .path { return result(paths(prefix)) }
            candidates += values(for: argument.kind, session: session, previous: args, prefix: prefix)
        } else if spec.takesQuery {
            candidates += values(for: .query, session: session, previous: args, prefix: prefix)
        }
        // Values that may stand without their option's name (`league crc 2019`).
        if !spec.takesQuery {
            for o in spec.options where o.bare && !args.contains(where: { $0.text.lowercased() == o.name }) {
                candidates += values(for: o.value, session: session, previous: args, prefix: prefix)
            }
        }
        return result(candidates)
    }

    /// Words typed before the cursor that are not keyword options or their values.
    static func countPositionals(_ args: [Word], spec: CommandSpec) -> Int {
        var n = 0, i = 0
        while i < args.count {
            if !args[i].quoted, spec.option(named: args[i].text) != nil {
                i += 2
            } else if !args[i].quoted, spec.flag(named: args[i].text) != nil
                        || spec.options.contains(where: { $0.bare && $0.value.acceptsBare(args[i].text) }) {
                i += 1
            } else {
                n += 1; i += 1
            }
        }
        return n
    }

    static func values(for kind: ArgumentKind, session: Session, previous: [Word], prefix: String) -> [String] {
        switch kind {
        case .provider, .inspection:
            return providerNames(session)
        case .standard:
            return standardNames(session)
        case .standardOr(let words):
            return words + standardNames(session)
        case .year:
            return Set(session.corpus.reports.compactMap(\.year)).sorted().map(String.init)
        case .query:
            // Region names once the field is typed: `region:no` completes to `region:north-east`.
            let regions = prefix.lowercased().hasPrefix("region:") ? regionValues(session) : []
            return fieldNames + regions + standardNames(session).map { $0.contains(" ") ? $0 : $0 + ":" }
        case .path:
            return paths(prefix)
        case .command:
            return CommandCatalog.allNames
        case .setting:
            return SettingCatalog.all.map(\.name)
        case .settingValue:
            guard let name = previous.last?.text, let spec = SettingCatalog.named(name) else { return [] }
            return spec.values
        case .choice(let values):
            return values
        case .integer, .text, .finding:
            return []
        }
    }

    static let fieldNames = ["provider:", "owner:", "type:", "region:", "section:", "year:", "overall:", "scope:"]

    /// `region:north-east` for every region the corpus names: completes the field's value in one word.
    static func regionValues(_ session: Session) -> [String] {
        Set(session.corpus.reports.compactMap(\.region)).sorted().map { region in
            "region:" + region.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: "-")
        }
    }

    static func providerNames(_ session: Session) -> [String] {
        var names: [String] = []
        for p in session.corpus.registry.providers {
            names.append(p.stem)
            names.append(contentsOf: p.aliases.filter { !$0.contains(" ") })
        }
        return names
    }

    static func standardNames(_ session: Session) -> [String] {
        var names: [String] = []
        for f in Framework.all where f.id != "numbered" {
            for s in f.standards {
                names.append(s.key.replacingOccurrences(of: " ", with: "-"))
                names.append(contentsOf: s.synonyms.filter { !$0.contains(" ") })
            }
        }
        return names
    }

    /// File and folder names starting with the typed prefix; folders end in "/".
    public static func paths(_ prefix: String) -> [String] {
        let expanded = expandHome(prefix)
        let dir: String, stem: String
        if let slash = expanded.lastIndex(of: "/") {
            dir = String(expanded[...slash]); stem = String(expanded[expanded.index(after: slash)...])
        } else {
            dir = ""; stem = expanded
        }
        let listing = (try? FileManager.default.contentsOfDirectory(atPath: dir.isEmpty ? "." : dir)) ?? []
        let typedDir = prefix.lastIndex(of: "/").map { String(prefix[...$0]) } ?? ""
        return listing.filter { $0.hasPrefix(stem) && (!$0.hasPrefix(".") || stem.hasPrefix(".")) }.sorted().map { name in
            var isDir: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: (dir.isEmpty ? "" : dir) + name, isDirectory: &isDir)
            return typedDir + name + (isDir.boolValue ? "/" : "")
        }
    }
}
