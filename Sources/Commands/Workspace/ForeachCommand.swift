// ForeachCommand: `foreach VAR in [providers] FILTERS: COMMAND` — one command run per inspection (or provider).
import Inspections
import QueryLanguage
import Rendering
import Workspace

enum ForeachCommand {
    static let spec = CommandSpec(
        name: "foreach", aliases: [], group: .workspace,
        summary: "Run a command once per inspection (or per provider) that filters allow, with $VAR set to each.",
        help: "`foreach VAR in FILTERS: COMMAND` sets VAR to each inspection id the filters allow (within the scope), "
            + "in id order, and runs COMMAND with `$VAR` expanded: `foreach i in type:crc year:2019: show $i`. "
            + "`foreach VAR in providers FILTERS: COMMAND` sets VAR to each provider id with such an inspection, "
            + "so `compare $p ddc` takes the provider's latest. FILTERS are a query as for `list` (empty: every "
            + "inspection); the colon after them ends them. COMMAND may write each run to its own file, "
            + "`> out/$p.txt`; a missing folder is created. In a script (or with `set bail on`) the first failing run "
            + "stops the loop; with --keep-going or `set bail off` every run is tried, failures are reported, and the "
            + "loop fails at the end. VAR keeps its earlier value, if any, afterwards.",
        examples: ["foreach i in type:crc year:2019: show $i", "foreach p in providers type:crc: compare $p ddc > out/$p.txt",
                   "foreach p in providers region:London: count \"risk of harm\" provider:$p by year"],
        arguments: [ArgumentSpec("loop", .query, display: "VAR in [providers] FILTERS: COMMAND")],
        run: { inv, session in try run(inv, session) })

    static func run(_ inv: Invocation, _ session: Session) throws -> (any Renderable)? {
        let words = LineSplitter.split(inv.line)
        let usage = "e.g. foreach p in providers type:crc: compare $p ddc"
        guard words.count >= 2, Variables.isName(words[1].text), words[1].text != "_" else {
            throw CommandError.usage("foreach needs a variable name", hint: usage, at: words.count > 1 ? words[1].range : inv.end)
        }
        let variable = words[1].text
        guard words.count >= 3, words[2].text.lowercased() == "in" || words[2].text.lowercased() == "in:" else {
            throw CommandError.usage("foreach needs 'in' after its variable", hint: usage, at: words.count > 2 ? words[2].range : inv.end)
        }
        // The filters end at the first word ending in ':' (`type:crc:`); `in:` means no filters.
        guard let colon = words.indices.dropFirst(2).first(where: { !words[$0].quoted && words[$0].text.hasSuffix(":") }) else {
            throw CommandError.usage("foreach needs ':' after its filters, then the command", hint: usage, at: inv.end)
        }
        var filterWords = Array(words[3...colon])
        if words[2].text.hasSuffix(":") { filterWords = [] }
        let perProvider = filterWords.first.map { !$0.quoted && ["providers", "providers:"].contains($0.text.lowercased()) } ?? false
        if perProvider { filterWords.removeFirst() }
        let bodyStart = words[colon].range.upperBound
        let body = LineSplitter.slice(inv.line, bodyStart..<inv.line.utf8.count).trimmingLeadingSpaces()
        guard !body.isEmpty else { throw CommandError.usage("foreach needs a command after ':'", hint: usage, at: inv.end) }

        let items = try self.items(filterWords, line: inv.line, colonEnd: words[colon].range.upperBound, perProvider: perProvider,
                                   session: session)
        let saved = session.workspace.variables.value(of: variable)
        defer {
            if let saved { session.workspace.variables.set(variable, saved) } else { session.workspace.variables.unset(variable) }
        }
        var failures = 0
        for item in items {
            if session.isCancelled() || session.quitRequested { break }
            session.workspace.variables.set(variable, item)
            do {
                let expanded = try LineExpansion.expand(body, session: session)
                try session.execute(expanded: expanded, written: body)
            } catch let error as CommandError {
                failures += 1
                if !error.alreadyReported {
                    session.sink.writeError("foreach \(variable)=\(item): " + ErrorFormatter.interactive(error, line: body))
                }
                if session.settings.bail { break }
            }
        }
        guard failures == 0 else {
            // Reported like any error, so a script says at which line the loop failed; each run's own error
            // was shown above it.
            throw CommandError("\(failures) of \(items.count) runs of foreach failed" + (session.settings.bail ? " (stopped at the first)" : ""),
                               hint: "each run's error is shown above, after foreach \(variable)=ID", at: words[0].range)
        }
        return nil
    }

    /// Inspection ids (or provider ids) the filters allow within the scope, in id order.
    static func items(_ filterWords: [Word], line: String, colonEnd: Int, perProvider: Bool, session: Session) throws -> [String] {
        let search = try session.search
        var documents = search.allowedDocuments
        if let first = filterWords.first, let last = filterWords.last {
            // The filters are the words up to the colon that ends them, which is not part of them.
            let range = first.range.lowerBound..<(last.range.upperBound == colonEnd ? colonEnd - 1 : last.range.upperBound)
            let written = LineSplitter.slice(line, range)
            let text: String
            do { text = try VariableExpansion.expand(written, session.workspace.variables) } catch {
                throw CommandError.usage(error.message, hint: error.hint,
                                         at: (range.lowerBound + error.range.lowerBound)..<(range.lowerBound + error.range.upperBound))
            }
            do {
                documents = try search.documents(matching: try search.parse(text))
            } catch {
                throw CommandError(error, queryOffset: range.lowerBound, end: range.upperBound)
            }
        }
        let reports = documents.map { search.reports[$0] }
        if perProvider { return Array(Set(reports.map(\.provider.id))).sorted() }
        return reports.map(\.id).sorted()
    }
}

extension String {
    func trimmingLeadingSpaces() -> String { String(drop { $0 == " " || $0 == "\t" }) }
}
