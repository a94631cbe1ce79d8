// Session: the shell's state — settings, the loaded corpus, where output goes — and `execute`, which runs one line.
import Inspections
import Rendering

public final class Session {
    public var settings = Settings()
    public var terminal: TerminalInfo
    public let sink: SessionOutput
    /// The corpus in use; replaced whole by `load` and `reload`.
    public internal(set) var corpus: LoadedCorpus
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

    /// Runs one line. Output goes to the sink, or to a file for `> file` / `>> file`. Errors are thrown with
    /// their location in `line`; the caller (REPL or script runner) decides how to show them.
    public func execute(_ line: String) throws {
        let (commandLine, redirect) = try Redirection.split(line)
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
        let started = clock()
        guard let result = try invocation.spec.run(invocation, self) else { return }
        var context = renderContext(format: invocation.format)
        if redirect != nil { context.color = false }
        var text = result.render(in: context)
        if settings.timing && redirect == nil {
            text += "time: " + formatFixed(clock() - started, digits: 1) + " ms\n"
        }
        if let redirect {
            do {
                try writeFile(redirect.path, text, redirect.append)
            } catch let e as CommandError {
                throw e
            } catch {
                throw CommandError("could not write '\(redirect.path)': \(error)",
                                   hint: "the previous file, if any, is unchanged", at: redirect.range)
            }
        } else {
            sink.write(text)
        }
    }

    func requestQuit() { quitRequested = true }

    /// Swaps in a freshly loaded corpus (the old one stays in use until this point).
    public func replaceCorpus(_ corpus: LoadedCorpus) { self.corpus = corpus }
}
