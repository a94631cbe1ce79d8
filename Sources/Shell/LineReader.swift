// LineReader: the REPL's source of input lines, and PlainLineReader for stdin that is not a terminal.
import CLibEdit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What one prompt produced.
public enum LineInput: Equatable, Sendable {
    case line(String)   // without its newline
    case interrupted    // Ctrl-C at the prompt: the line was discarded
    case endOfInput     // Ctrl-D on an empty line, or EOF (the cursor is still on the prompt's line)
    case terminate      // SIGTERM/SIGHUP: save history and exit
}

public protocol LineReader: AnyObject {
    func readLine(prompt: String) -> LineInput
    /// Records an executed line; blank lines are ignored.
    func addHistory(_ line: String)
    /// Persists history; a no-op for readers without a history file.
    func saveHistory() throws
    /// True when the user is typing: prompts, banner and pager make sense.
    var isInteractive: Bool { get }
}

/// Reads lines from a stream with getline(3): no prompt, no editing, no history. Tolerates invalid UTF-8
/// (decoded with U+FFFD), lines of any length, CRLF endings and a last line without a newline.
public final class PlainLineReader: LineReader {
    private let stream: UnsafeMutablePointer<FILE>
    private let ownsStream: Bool
    private var buffer: UnsafeMutablePointer<CChar>?
    private var capacity = 0

    /// Reads the process's stdin.
    public init() {
        stream = shim_stdin()
        ownsStream = false
    }

    /// Reads (and finally closes) `fileDescriptor`; returns nil if it cannot be opened as a stream.
    public init?(fileDescriptor: Int32) {
        guard let stream = fdopen(fileDescriptor, "r") else { return nil }
        self.stream = stream
        ownsStream = true
    }

    deinit {
        free(buffer)
        if ownsStream { fclose(stream) }
    }

    public var isInteractive: Bool { false }

    public func readLine(prompt: String) -> LineInput {
        while true {
            let count = getline(&buffer, &capacity, stream)
            if count >= 0, let buffer {
                return .line(Self.decode(UnsafeRawBufferPointer(start: buffer, count: count)))
            }
            // -1 is EOF or an error; EINTR (handlers have no SA_RESTART) is a signal, told apart by the flags.
            let interruptedBySignal = ferror(stream) != 0 && errno == EINTR
            clearerr(stream)
            if Signals.terminateRequested { return .terminate }
            if Signals.takeInterrupt() { return .interrupted }
            if !interruptedBySignal { return .endOfInput }
        }
    }

    public func addHistory(_ line: String) {}
    public func saveHistory() throws {}

    /// Drops one trailing "\n" or "\r\n", then decodes with replacement characters for invalid bytes.
    static func decode(_ bytes: UnsafeRawBufferPointer) -> String {
        var end = bytes.count
        if end > 0, bytes[end - 1] == UInt8(ascii: "\n") {
            end -= 1
            if end > 0, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[0..<end]), as: UTF8.self)
    }
}
