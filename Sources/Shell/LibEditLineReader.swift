// LibEditLineReader: interactive editing through libedit's native el_* API: prompt, history, TAB completion.
import CLibEdit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a completion provider found for the word before the cursor.
public struct Completion: Sendable, Equatable {
    /// UTF-8 byte offset in `lineBeforeCursor` where the word being completed starts (at an opening quote, if any).
    public var replaceFrom: Int
    /// Full replacement words, in the order to list them.
    public var candidates: [String]

    public init(replaceFrom: Int, candidates: [String]) {
        self.replaceFrom = replaceFrom
        self.candidates = candidates
    }
}

/// Called on TAB with the text before the cursor. Pure and fast: it runs inside the key handler.
public typealias CompletionProvider = @Sendable (_ lineBeforeCursor: String) -> Completion

/// The line editor for a terminal. Not thread-safe: use it from the thread that runs the REPL.
/// The prompt may contain escape sequences (colour) if each is wrapped in "\u{01}" ... "\u{01}",
/// so libedit does not count them as printing characters.
public final class LibEditLineReader: LineReader {
    public let historyPath: String?
    private let editor: OpaquePointer
    private let history: OpaquePointer
    private let context: EditorContext

    /// Sets up the locale (see `Terminal.prepareLocale`) and the signal flags (`Signals.install`), which
    /// `readLine` needs to tell Ctrl-C and SIGTERM from EOF. Loads history from `historyPath` if it exists.
    /// Nil if libedit cannot be initialised; fall back to `PlainLineReader`.
    public init?(programName: String = "probe", historyPath: String?, historySize: Int = 2000,
                 completion: CompletionProvider? = nil) {
        Terminal.prepareLocale()
        Signals.install()
        // libedit silently disables editing when its output stream is not a terminal, so with stdout
        // redirected (`probe | tee log`) the prompt and editing go to stderr instead.
        let outputFD: Int32 = Terminal.isTerminal(1) ? 1 : 2
        let output = outputFD == 1 ? shim_stdout() : shim_stderr()
        guard let editor = el_init(programName, shim_stdin(), output, shim_stderr()) else { return nil }
        guard let history = history_init() else { el_end(editor); return nil }
        self.editor = editor
        self.history = history
        self.historyPath = historyPath
        context = EditorContext(output: output, outputFD: outputFD, completion: completion)

        shim_el_set_clientdata(editor, Unmanaged.passUnretained(context).toOpaque())
        shim_el_set_prompt_esc(editor, promptCallback, 1)
        shim_el_set_editor(editor, "emacs")
        // Needed for Ctrl-Z/fg and window resizes; libedit re-raises to our flag handlers.
        shim_el_set_signal(editor, 1)
        var event = HistEvent()
        shim_history_setsize(history, &event, Int32(clamping: historySize))
        shim_history_setunique(history, &event, 1)
        shim_el_set_hist(editor, history)
        shim_el_addfn(editor, "probe-complete", "Complete the word before the cursor", completeCallback)
        shim_el_bind(editor, "^I", "probe-complete")
        shim_el_bind(editor, "^R", "em-inc-search-prev")
        // ~/.editrc (or $EDITRC) last, so users can rebind anything, e.g. "bind -v" for vi mode.
        el_source(editor, nil)
        if let historyPath { shim_history_load(history, &event, historyPath) }
    }

    deinit {
        el_end(editor)   // restores the terminal mode
        history_end(history)
    }

    public var isInteractive: Bool { true }

    public func readLine(prompt: String) -> LineInput {
        fflush(shim_stdout())   // output written through a sink must appear before the prompt
        context.setPrompt(prompt)
        Signals.clearInterrupt()   // a Ctrl-C from before the prompt belonged to the previous command
        while true {
            var count: Int32 = 0
            errno = 0
            let line = el_gets(editor, &count)
            let error = errno
            if Signals.terminateRequested { return .terminate }
            if let line, count > 0 {
                return .line(PlainLineReader.decode(UnsafeRawBufferPointer(start: line, count: Int(count))))
            }
            // el_gets returns nil both for EOF and for a read interrupted by a signal.
            if Signals.takeInterrupt() {
                // libedit leaves the cursor after the abandoned text; end that line as shells do.
                fputs("^C\n", context.output)
                return .interrupted
            }
            if count < 0, error == EINTR { continue }   // some other signal, e.g. SIGCONT after fg
            return .endOfInput
        }
    }

    public func addHistory(_ line: String) {
        guard !line.allSatisfy(\.isWhitespace) else { return }
        var event = HistEvent()
        shim_history_enter(history, &event, line)
    }

    /// Saves atomically: into a temporary file (mode 0600) beside the history file, fsynced, then renamed.
    /// Creates the parent directory (mode 0700), e.g. $XDG_STATE_HOME/probe.
    public func saveHistory() throws(FileWriteError) {
        guard let historyPath else { return }
        let fail = { (operation: String) in FileWriteError(path: historyPath, operation: operation, errno: errno) }
        try Self.makeDirectories(AtomicFileWriter.split(historyPath).directory, for: historyPath)
        let temporary = "\(historyPath).tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0, let file = fdopen(fd, "w") else {
            let error = fail("save history to")
            if fd >= 0 { close(fd) }
            throw error
        }
        var event = HistEvent()
        var failure: FileWriteError?
        if shim_history_save_fp(history, &event, file) < 0 || fflush(file) != 0 || fsync(fd) != 0 {
            failure = fail("save history to")
        }
        if fclose(file) != 0, failure == nil { failure = fail("save history to") }
        if failure == nil, rename(temporary, historyPath) != 0 { failure = fail("save history to") }
        if let failure {
            unlink(temporary)
            throw failure
        }
    }

    private static func makeDirectories(_ directory: String, for path: String) throws(FileWriteError) {
        var prefix = directory.hasPrefix("/") ? "" : "."
        for component in directory.split(separator: "/") {
            prefix += "/" + component
            if mkdir(prefix, 0o700) != 0, errno != EEXIST {
                throw FileWriteError(path: path, operation: "create the directory for", errno: errno)
            }
        }
    }
}

// MARK: libedit callbacks: C function pointers, so they capture nothing and reach state via EL_CLIENTDATA.

/// The state the C callbacks need, owned by the reader and handed to libedit as EL_CLIENTDATA.
private final class EditorContext {
    let output: UnsafeMutablePointer<FILE>
    let outputFD: Int32
    let completion: CompletionProvider?
    private(set) var prompt: UnsafeMutablePointer<CChar>

    init(output: UnsafeMutablePointer<FILE>, outputFD: Int32, completion: CompletionProvider?) {
        self.output = output
        self.outputFD = outputFD
        self.completion = completion
        prompt = strdup("")
    }

    deinit { free(prompt) }

    func setPrompt(_ text: String) {
        free(prompt)
        prompt = strdup(text)
    }

    static func from(_ editor: OpaquePointer?) -> EditorContext? {
        guard let editor, let raw = shim_el_get_clientdata(editor) else { return nil }
        return Unmanaged<EditorContext>.fromOpaque(raw).takeUnretainedValue()
    }
}

private let promptCallback: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>? = { editor in
    EditorContext.from(editor)?.prompt
}

private let completeCallback: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { editor, _ in
    guard let editor, let context = EditorContext.from(editor), let provider = context.completion,
          let info = el_line(editor), let start = info.pointee.buffer, let cursor = info.pointee.cursor
    else { return UInt8(CC_ERROR) }
    // el_line gives UTF-8 bytes and a byte cursor (unlike the readline-compat API, which counts characters).
    let before = String(decoding: UnsafeRawBufferPointer(start: start, count: cursor - start), as: UTF8.self)
    switch CompletionEdit.plan(lineBeforeCursor: before, completion: provider(before)) {
    case .ring:
        return UInt8(CC_ERROR)   // libedit rings the bell
    case let .replace(deleting, inserting):
        el_deletestr(editor, Int32(deleting))   // counts characters (libedit's wide buffer), not bytes
        return el_insertstr(editor, inserting) == 0 ? UInt8(CC_REFRESH) : UInt8(CC_ERROR)
    case let .list(candidates):
        let width = Terminal.width(context.outputFD, environment: [:])
        fputs("\n" + CompletionEdit.columns(candidates, width: width) + "\n", context.output)
        fflush(context.output)
        return UInt8(CC_REDISPLAY)   // redraw the prompt and the line below the list
    }
}

// MARK: what a TAB does, as a pure function of the line and the candidates.

enum CompletionEdit: Equatable {
    case ring
    /// Delete this many characters (Unicode scalars) before the cursor, then insert the text.
    case replace(deleting: Int, inserting: String)
    case list([String])

    /// One candidate: the whole word plus a space, double-quoted if it contains spaces or the user opened
    /// a quote. Several: their longest common prefix if that adds something, else the list. None: bell.
    static func plan(lineBeforeCursor line: String, completion: Completion) -> CompletionEdit {
        let bytes = Array(line.utf8)
        let from = min(max(completion.replaceFrom, 0), bytes.count)
        let typed = String(decoding: bytes[from...], as: UTF8.self)
        var seen = Set<String>()
        let candidates = completion.candidates.filter { !$0.isEmpty && seen.insert($0).inserted }
        guard !candidates.isEmpty else { return .ring }
        let quoteOpened = typed.hasPrefix("\"")
        let typedWord = quoteOpened ? typed.dropFirst() : Substring(typed)
        let deleting = typed.unicodeScalars.count

        if candidates.count == 1 {
            let word = candidates[0]
            let quoted = quoteOpened || word.contains(where: \.isWhitespace)
            // A directory keeps its quote open and gets no space, so the next TAB continues inside it.
            if word.hasSuffix("/") { return .replace(deleting: deleting, inserting: (quoted ? "\"" : "") + word) }
            return .replace(deleting: deleting, inserting: (quoted ? "\"\(word)\"" : word) + " ")
        }
        let prefix = commonPrefix(candidates)
        guard prefix.count > typedWord.count else { return .list(candidates) }
        let quoted = quoteOpened || prefix.contains(where: \.isWhitespace)
        return .replace(deleting: deleting, inserting: (quoted ? "\"" : "") + prefix)
    }

    static func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first.map(Array.init) else { return "" }
        for word in words.dropFirst() {
            let characters = Array(word)
            var length = 0
            while length < min(prefix.count, characters.count), prefix[length] == characters[length] { length += 1 }
            prefix.removeSubrange(length...)
        }
        return String(prefix)
    }

    /// Candidates in columns, filled top to bottom like ls(1), within `width` display columns.
    /// Control characters are shown as "?" so a candidate from the corpus cannot drive the terminal.
    static func columns(_ items: [String], width: Int) -> String {
        let shown = items.map { String(String.UnicodeScalarView($0.unicodeScalars.map {
            $0.properties.generalCategory == .control ? "?" : $0 })) }
        let widths = shown.map(displayWidth)
        let columnWidth = (widths.max() ?? 0) + 2
        let perRow = max(1, (width + 2) / columnWidth)
        let rows = (shown.count + perRow - 1) / perRow
        var lines: [String] = []
        for row in 0..<rows {
            var line = ""
            for column in 0..<perRow {
                let index = column * rows + row
                guard index < shown.count else { break }
                if !line.isEmpty { line += String(repeating: " ", count: columnWidth - widths[index - rows]) }
                line += shown[index]
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// Terminal columns taken by `text`: combining marks take none, East Asian wide and emoji take two.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { total, scalar in
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format: return total
            default: break
            }
            let value = scalar.value
            let wide = (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
                || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
                || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
                || (0xFFE0...0xFFE6).contains(value) || (0x20000...0x3FFFD).contains(value)
                || scalar.properties.isEmojiPresentation
            return total + (wide ? 2 : 1)
        }
    }
}
