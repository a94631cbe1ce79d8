// Launcher: builds a Session for this process and runs it as a script, a command list or the interactive shell.
import Commands
import Foundation
import Inspections
import Rendering
import Workspace
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public struct LaunchOptions: Sendable {
    public var corpus: [String] = []
    public var commands: [String] = []
    public var scriptFile: String?
    public var keepGoing = false
    public var noRC = false
    /// `--no-snapshot`: the index is built, and no snapshot read or written, for this whole session.
    public var noSnapshot = false
    public var format: OutputFormat?
    public var noColor = false
    /// `--import`: documents to write as write-ups, the folder for them, and whether existing ones are replaced.
    public var importPaths: [String] = []
    public var importFolder: String?
    public var importReplaces = false
    /// `-v NAME=VALUE`, in order.
    public var variables: [(name: String, value: String)] = []
    /// Arguments after the script: `$1`, `$2`, ...
    public var scriptArguments: [String] = []
    public init() {}
}

public enum Launcher {
    /// Runs probe; returns the exit status (0 ok, 1 a command failed, 2 usage).
    public static func run(_ options: LaunchOptions) -> Int32 {
        let environment = ProcessInfo.processInfo.environment
        // Batch output ends quietly when its reader goes away (`probe -c ... | head -1`): writes then fail
        // with EPIPE, which the sink reports, instead of the process dying mid-line.
        signal(SIGPIPE, SIG_IGN)
        Signals.install()
        let utf8 = Terminal.prepareLocale()
        let batch = !options.commands.isEmpty || options.scriptFile != nil || !options.importPaths.isEmpty || !Terminal.isTerminal(0)
        let stdoutTTY = Terminal.isTerminal(1)
        let output = ShellOutput(out: StandardStreamSink.standardOutput(), err: StandardStreamSink.standardError(),
                                 buffering: !batch)
        let terminal = TerminalInfo(interactive: !batch, width: stdoutTTY ? Terminal.windowSize(1)?.columns : nil,
                                    colorAllowed: !batch && !options.noColor
                                        && Terminal.colourAllowed(stdoutIsTerminal: stdoutTTY, environment: environment),
                                    utf8: utf8)
        let session = Session(terminal: terminal, sink: output, writeFile: { path, text, append in
            // `> out/$p.txt` in a foreach makes its folder.
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty && !FileManager.default.fileExists(atPath: folder) {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            }
            try AtomicFileWriter(path: path).write(text, mode: append ? .append : .replace)
        })
        session.createFile = { path, text, replace in try AtomicFileWriter(path: path).write(text, mode: replace ? .replace : .create) }
        Launcher.prepareWorkspace(session.workspace, options: options, environment: environment)
        if terminal.width == nil, let c = environment["COLUMNS"].flatMap(Int.init), c > 0 { session.terminal.width = c }
        session.isCancelled = { Signals.cancellation() }
        if let format = options.format { session.settings.format = format }
        if batch { session.settings.pager = .off }
        if options.keepGoing { session.settings.bail = false }
        let started = DispatchTime.now().uptimeNanoseconds
        session.clock = { Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6 }

        let paths = CorpusLocation.resolve(explicit: options.corpus, environment: environment)
        session.documentRegistry = CorpusLocation.bundledRegistry(environment: environment)
        session.snapshotDirectory = CorpusSnapshot.standardDirectory(environment: environment)
        if options.noSnapshot { session.settings.snapshot = false }
        let bar = ProgressBar.forTerminal(width: Terminal.windowSize(2)?.columns ?? 80, ascii: !utf8)
        if let bar {
            session.loadProgress = { @Sendable (p: LoadedCorpus.Progress) in bar.update(p) }
        }
        session.replaceCorpus(LoadedCorpus.load(paths: paths, isCancelled: { Signals.cancellation() },
                                                progress: session.loadProgress, documentRegistry: session.documentRegistry,
                                                snapshotDirectory: session.loadSnapshotDirectory))
        bar?.finish()
        if let warning = session.corpus.snapshotWarning { output.writeError(TerminalSafe.escape(warning.rendered) + "\n") }
        if session.corpus.result.cancelled {
            Signals.clearInterrupt()
            output.writeError("loading interrupted: no write-ups loaded (load DIR or reload to try again)\n")
            if batch { return 1 }
        }
        if !options.importPaths.isEmpty {
            // The loaded corpus gives the providers documents are joined to; no startup file runs.
            let (text, error, status) = CommandLineImport.run(paths: options.importPaths, folder: options.importFolder,
                                                              replace: options.importReplaces, session: session)
            output.out.write(text)
            if !error.isEmpty { output.writeError(error) }
            output.flush()
            return status
        }

        // Batch output stays clean: one line on standard error says what was skipped or warned about, as the
        // interactive banner does, and `check` gives the details.
        if batch && (session.corpus.result.skipped > 0 || session.corpus.result.warnings > 0) {
            output.writeError(TerminalSafe.escape(session.corpus.summary) + "\n")
        }

        if !options.noRC, let rc = environment["HOME"].map({ $0 + "/.proberc" }), FileManager.default.fileExists(atPath: rc),
           let text = try? String(contentsOfFile: rc, encoding: .utf8) {
            _ = ScriptRunner.run(text: text, name: rc, session: session)
        }

        if batch {
            var failures = 0
            if !options.commands.isEmpty {
                for (i, c) in options.commands.enumerated() {
                    let outcome = ScriptRunner.run(text: c, name: "-c[\(i + 1)]", session: session)
                    failures += outcome.errors
                    if (outcome.errors > 0 && session.settings.bail) || session.quitRequested || output.closed { break }
                }
            } else {
                let name = options.scriptFile ?? "<stdin>"
                let text: String
                if let file = options.scriptFile {
                    do { text = try ScriptSource.read(file) } catch {
                        output.writeError("probe: \(error)\n")
                        return 1
                    }
                } else {
                    text = ScriptSource.readStandardInput()
                }
                failures = options.scriptFile.map { ScriptRunner.runFile(text: text, name: name, path: $0, session: session) }
                    .map(\.errors) ?? ScriptRunner.run(text: text, name: name, session: session).errors
            }
            output.flush()
            if output.closed { return 0 }
            if let failure = output.failure {
                output.writeError("probe: could not write output: \(failure)\n")
                return 1
            }
            return failures > 0 ? 1 : 0
        }

        let historyPath = HistoryLocation.resolve(environment: environment)
        let box = MainThreadSession(session)
        let completion: CompletionProvider = { line in
            let c = Completer.complete(line, session: box.session)
            return Completion(replaceFrom: c.replaceFrom, candidates: c.candidates)
        }
        let reader: LineReader = LibEditLineReader(historyPath: historyPath, completion: completion) ?? PlainLineReader()
        let repl = ReadEvalPrintLoop(session: session, reader: reader, output: output, environment: environment)
        let c = session.corpus
        let width = session.terminal.width ?? 80
        let banner = TextWrap.lines(ProbeVersion.bannerTitle(c.summary), width: width).joined(separator: "\n") + "\n"
            + TextWrap.lines("indexed in " + formatFixed(c.loadMilliseconds + c.indexMilliseconds, digits: 0) + " ms"
                             + " · type help, or a command; TAB completes", width: width).joined(separator: "\n") + "\n"
        return repl.run(banner: banner)
    }
}

extension Launcher {
    /// Variables and arguments for the script, and what the environment says: `PROBE_TAGS` (the tags file),
    /// and for tests `PROBE_FIXED_TIME`, `PROBE_FIXED_FINGERPRINT` and `PROBE_FIXED_CORPUS` (what provenance and
    /// tags record: the time, the corpus's fingerprint, and its path).
    static func prepareWorkspace(_ workspace: Workspace, options: LaunchOptions, environment: [String: String]) {
        for (name, value) in options.variables { workspace.variables.set(name, value) }
        workspace.variables.positional = options.scriptArguments
        if let script = options.scriptFile { workspace.variables.scriptName = script }
        if let tags = environment["PROBE_TAGS"], !tags.isEmpty { workspace.tagFileOverride = tags }
        if let time = environment["PROBE_FIXED_TIME"], !time.isEmpty { workspace.now = { time } }
        if let fingerprint = environment["PROBE_FIXED_FINGERPRINT"], !fingerprint.isEmpty { workspace.fixedFingerprint = fingerprint }
        if let corpus = environment["PROBE_FIXED_CORPUS"], !corpus.isEmpty { workspace.fixedCorpusPaths = [corpus] }
    }
}

/// Where the corpus is when `--corpus` is not given: $PROBE_CORPUS, ./Corpus, or the Corpus folder of the
/// checkout the binary was built in (so `swift run probe` works from anywhere inside it).
public enum CorpusLocation {
    public static func resolve(explicit: [String], environment: [String: String]) -> [String] {
        if !explicit.isEmpty { return explicit }
        if let env = environment["PROBE_CORPUS"], !env.isEmpty { return [env] }
        if FileManager.default.fileExists(atPath: "Corpus/providers.yaml") { return ["Corpus"] }
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            let candidate = dir.appendingPathComponent("Corpus")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("providers.yaml").path) {
                return [candidate.path]
            }
            dir = dir.deletingLastPathComponent()
        }
        return []
    }

    /// The bundled corpus's providers.yaml (where the corpus is looked for when `--corpus` is not given), read
    /// when a document first needs it; nil when there is none or it does not load cleanly.
    public static func bundledRegistry(environment: [String: String]) -> (@Sendable () -> ProviderRegistry?)? {
        guard let folder = resolve(explicit: [], environment: environment).first else { return nil }
        let file = folder + "/providers.yaml"
        guard FileManager.default.fileExists(atPath: file) else { return nil }
        return {
            let (registry, problems) = ProviderRegistry.load(path: file)
            return problems.contains { $0.severity == .error } || registry.isEmpty ? nil : registry
        }
    }
}

/// Reading a script file (through `ScriptFile`, as `source` does) or standard input.
enum ScriptSource {
    struct ReadError: Error, CustomStringConvertible {
        var description: String
    }

    static func read(_ path: String) throws -> String {
        do {
            return try ScriptFile.read(path, name: path)
        } catch {
            throw ReadError(description: error.message + "\nhint: " + error.hint)
        }
    }

    static func readStandardInput() -> String {
        String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
    }
}

/// The completion callback must be @Sendable, but libedit calls it synchronously from inside `el_gets` on the
/// thread running the REPL — the same thread that owns the session — so sharing it this way is safe.
final class MainThreadSession: @unchecked Sendable {
    let session: Session
    init(_ session: Session) { self.session = session }
}
