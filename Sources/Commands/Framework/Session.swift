// Session: the shell's state — settings, the loaded corpus, its workspace, where output goes — and `execute`.
import Inspections
import QueryLanguage
import Rendering
import Search
import Workspace

public final class Session {
    public var settings = Settings()
    public var terminal: TerminalInfo
    public let sink: SessionOutput
    /// The corpus in use; replaced whole by `load` and `reload`.
    public internal(set) var corpus: LoadedCorpus
    /// Sets, tags, scope, variables and the last results: the researcher's, not the corpus's.
    public let workspace = Workspace()
    /// Writes a file atomically: (path, text, append). Provided by the Shell.
    public var writeFile: (String, String, Bool) throws -> Void
    /// Writes a new file atomically: (path, text, replace). Unless `replace`, fails when the file exists
    /// (`import`'s write-ups never overwrite unless asked). Provided by the Shell.
    public var createFile: (String, String, Bool) throws -> Void = { _, _, _ in
        throw CommandError("writing files is not available here")
    }
    /// Polled by long commands; true once the user pressed Ctrl-C.
    public var isCancelled: @Sendable () -> Bool = { false }
    /// Receives progress while `load` and `reload` run (the Shell draws a bar on a terminal).
    public var loadProgress: (@Sendable (LoadedCorpus.Progress) -> Void)?
    /// The providers documents are recognised against when the loaded folders have no providers.yaml (the
    /// bundled registry), so `--corpus` on a folder of reports joins the providers people know.
    public var documentRegistry: (@Sendable () -> ProviderRegistry?)?
    /// The folder index snapshots are kept in (`CorpusSnapshot`); nil: never read or written.
    public var snapshotDirectory: String?
    /// Where the next load keeps its snapshot: nowhere when `set snapshot off`.
    public var loadSnapshotDirectory: String? { settings.snapshot ? snapshotDirectory : nil }
    /// The history lines, newest last (provided by the Shell's line reader).
    public var history: () -> [String] = { [] }
    /// Set by `quit`.
    public internal(set) var quitRequested = false
    /// Scripts being run by `source`, innermost last, for cycle detection.
    var sourceStack: [String] = []
    /// Milliseconds since some fixed point; the Shell provides a clock so output stays deterministic in tests.
    public var clock: () -> Double = { 0 }

    public init(corpus: LoadedCorpus = .empty, terminal: TerminalInfo = TerminalInfo(), sink: SessionOutput,
                writeFile: @escaping (String, String, Bool) throws -> Void = { _, _, _ in
                    throw CommandError("writing files is not available here")
                }) {
        self.corpus = corpus; self.terminal = terminal; self.sink = sink; self.writeFile = writeFile
        workspace.bind(corpus.search, paths: corpus.paths)
    }

    /// The rendering parameters now in force, with an optional per-command format.
    public func renderContext(format: OutputFormat? = nil) -> RenderContext {
        let color: Bool
        switch settings.color {
        case .on: color = true
        case .off: color = false
        case .auto: color = terminal.colorAllowed
        }
        let charset = settings.charset ?? (terminal.utf8 ? .unicode : .ascii)
        return RenderContext(format: format ?? settings.format, width: settings.width ?? terminal.width ?? 80,
                             color: color, charset: charset)
    }

    /// The corpus as every command searches it: saved sets and tags as query fields, the working scope
    /// applied to every query, count, rate base and word list. The one place the scope is put in force.
    public var search: SearchCorpus {
        get throws { try inScope { () throws(QueryError) in try workspace.search() } }
    }

    /// The write-ups the working scope allows, in corpus order: what ratings and corpus commands start from.
    public var reports: [InspectionReport] {
        get throws { try inScope { () throws(QueryError) in try workspace.reports() } }
    }

    private func inScope<T>(_ body: () throws(QueryError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw CommandError("the scope '\(workspace.scope?.text ?? "")' no longer resolves: \(error.message)",
                               hint: "use all clears it; use FILTERS sets another")
        }
    }

    /// `probe> `, or with the scope: `probe[type:pdu year:2022..]> `.
    public var prompt: String {
        guard let scope = workspace.scope else { return "probe> " }
        let text = scope.text.count > 40 ? String(scope.text.prefix(39)) + "…" : scope.text
        return "probe[" + TerminalSafe.escape(text) + "]> "
    }

    /// Runs one line: `$NAME` references expanded first (an unset one is an error pointing at it), then the
    /// command. Output goes to the sink, or to a file for `> file` / `>> file`. Errors are thrown with their
    /// location in `line` (or, after expansion, in the line as expanded, which the error then carries).
    public func execute(_ line: String) throws {
        let expanded = try LineExpansion.expand(line, session: self)
        try execute(expanded: expanded, written: line)
    }

    /// Runs a line whose variables are already expanded (`foreach` expands its body once per item).
    func execute(expanded line: String, written: String) throws {
        do {
            try run(line, written: written)
        } catch var error as CommandError {
            if line != written && error.shownLine == nil && error.range != nil { error.shownLine = line }
            throw error
        }
    }

    private func run(_ line: String, written: String) throws {
        // foreach takes its whole line: the `> file` and `$VAR` in its body are the body's, run by run.
        let rawLine = LineSplitter.split(line).first.map { $0.text.lowercased() == ForeachCommand.spec.name } ?? false
        let (commandLine, redirect) = rawLine ? (line, nil) : try Redirection.split(line)
        let words = LineSplitter.split(commandLine)
        guard let first = words.first else { return }
        guard let spec = CommandCatalog.lookup(first.text) else {
            throw CommandError.usage("unknown command '\(first.text)'",
                                     hint: CommandCatalog.didYouMean(first.text) ?? "type help for the list of commands",
                                     at: first.range)
        }
        var invocation = try InvocationParser.parse(spec: spec, line: commandLine, words: words)
        // `> counts.csv` writes CSV unless a format was named: the file's extension says what the user wants.
        // Decided before the command runs, so commands that page for the screen know they must not.
        if invocation.format == nil, let redirect { invocation.format = Redirection.format(forPath: redirect.path) }
        invocation.effectiveFormat = invocation.format ?? settings.format
        try WorkspaceNotes.before(invocation, session: self)
        let started = clock()
        guard let result = try invocation.spec.run(invocation, self) else { return }
        var context = renderContext(format: invocation.format)
        if redirect != nil { context.color = false }
        var text = result.render(in: context)
        if settings.timing && redirect == nil {
            text += "time: " + formatFixed(clock() - started, digits: 1) + " ms\n"
        }
        // The line as written, like the command, without its `> file`: the file is where the record goes.
        let writtenCommand = line == written ? nil : ((try? Redirection.split(written))?.0 ?? written)
        let stamp = ProvenanceStamp(session: self, invocation: invocation, written: writtenCommand)
        if let redirect {
            // Rows are counted in the data itself, before the provenance record goes with it.
            let data = text
            text = stamp.attach(to: text, format: context.format, toFile: true)
            do {
                try writeFile(redirect.path, text, redirect.append)
                try stamp.writeBeside(redirect.path, format: context.format, append: redirect.append)
                // On a terminal a silent write leaves the user wondering; in a script it would be noise.
                let confirm = settings.confirm == .on || (settings.confirm == .auto && terminal.interactive)
                if confirm { sink.writeError(Redirection.confirmation(data, format: context.format, target: redirect) + "\n") }
            } catch let e as CommandError {
                throw e
            } catch {
                throw CommandError("could not write '\(redirect.path)': \(error)",
                                   hint: "the previous file, if any, is unchanged", at: redirect.range)
            }
        } else {
            sink.write(settings.provenance == .always ? stamp.attach(to: text, format: context.format, toFile: false) : text)
        }
    }

    func requestQuit() { quitRequested = true }

    /// Swaps in a freshly loaded corpus (the old one stays in use until this point); the workspace finds its
    /// sets and tags again in it.
    public func replaceCorpus(_ corpus: LoadedCorpus) {
        self.corpus = corpus
        workspace.bind(corpus.search, paths: corpus.paths)
    }
}
