// Pager: shows long interactive output through $PAGER (default `less -FRX`), else prints it directly.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Used by the interactive REPL only; batch mode writes straight to its sink.
public struct Pager: Sendable {
    public static let defaultCommand = "less -FRX"

    /// The shell command run with `/bin/sh -c`; nil disables paging.
    public var command: String?

    public init(command: String?) { self.command = command }

    /// `$PAGER` if set; an empty `PAGER` or `PAGER=cat` disables paging (as git does).
    public init(environment: [String: String]) {
        switch environment["PAGER"]?.trimmingSpaces {
        case nil: command = Self.defaultCommand
        case "", "cat": command = nil
        case let command?: self.command = command
        }
    }

    /// Page only on a terminal, when the text would not fit above the prompt (one row is kept for it).
    public static func shouldPage(lineCount: Int, terminalRows: Int, stdoutIsTerminal: Bool) -> Bool {
        stdoutIsTerminal && lineCount > max(1, terminalRows - 1)
    }

    /// Screen rows `text` takes at `width` columns, counting wrapped lines (approximately: one column
    /// per Unicode scalar, which can only overestimate for combining marks).
    public static func screenLines(_ text: String, width: Int) -> Int {
        guard !text.isEmpty else { return 0 }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if text.hasSuffix("\n") { lines.removeLast() }
        let width = max(1, width)
        return lines.reduce(0) { $0 + max(1, ($1.unicodeScalars.count + width - 1) / width) }
    }

    /// Shows `text` through the pager when stdout is a terminal and the text is too long for it, else
    /// writes it to `sink`. If the pager cannot run (or its command is not found), the text goes to `sink`.
    /// `environment` is passed to the pager, with `LESS=FRX` added when LESS is unset (as git does).
    @discardableResult
    public func show(_ text: String, on sink: OutputSink, environment: [String: String]) -> SinkStatus {
        guard let command, Terminal.isTerminal(1),
              let size = Terminal.windowSize(1),
              Self.shouldPage(lineCount: Self.screenLines(text, width: size.columns),
                              terminalRows: size.rows, stdoutIsTerminal: true)
        else { return write(text, to: sink) }
        sink.flush()
        var environment = environment
        if environment["LESS"] == nil { environment["LESS"] = "FRX" }
        guard Self.run(command, input: text, environment: environment) else { return write(text, to: sink) }
        Signals.clearInterrupt()   // a Ctrl-C inside the pager was the pager's business
        return .open
    }

    private func write(_ text: String, to sink: OutputSink) -> SinkStatus {
        let status = sink.write(text)
        return status == .open ? sink.flush() : status
    }

    /// Spawns `/bin/sh -c command` reading a pipe, feeds it `input` and waits. False when the pager could
    /// not be started, or the shell reported "not found"/"not executable" (126/127).
    private static func run(_ command: String, input: String, environment: [String: String]) -> Bool {
        var pipeEnds: [Int32] = [-1, -1]
        guard pipe(&pipeEnds) == 0 else { return false }
        let (readEnd, writeEnd) = (pipeEnds[0], pipeEnds[1])

        #if canImport(Glibc)
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        #else
        var actions: posix_spawn_file_actions_t?   // an opaque pointer on Darwin
        var attributes: posix_spawnattr_t?
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, readEnd, 0)
        posix_spawn_file_actions_addclose(&actions, readEnd)
        posix_spawn_file_actions_addclose(&actions, writeEnd)

        // The pager gets default signal dispositions and an empty mask, whatever the shell has ignored.
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT] { sigaddset(&defaults, signal) }
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argumentStrings: [String] = ["/bin/sh", "-c", command]
        let arguments: [UnsafeMutablePointer<CChar>?] = argumentStrings.map { strdup($0) } + [nil]
        let variables: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (arguments + variables).forEach { free($0) } }

        var pid = pid_t()
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, &attributes, arguments, variables)
        close(readEnd)
        guard spawned == 0 else {
            close(writeEnd)
            return false
        }
        Signals.withSIGPIPEIgnored { feed(input, to: writeEnd) }   // EPIPE: the user quit the pager early
        close(writeEnd)

        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return true }
        }
        let exited = status & 0x7f == 0
        let code = (status >> 8) & 0xff
        return !(exited && (code == 126 || code == 127))
    }

    private static func feed(_ input: String, to fd: Int32) {
        var input = input
        input.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let count = systemWrite(fd, bytes.baseAddress! + offset, bytes.count - offset)
                if count < 0 {
                    if errno == EINTR, !Signals.terminateRequested { continue }
                    return
                }
                offset += count
            }
        }
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
