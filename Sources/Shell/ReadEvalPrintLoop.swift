// ReadEvalPrintLoop: the interactive shell — prompt, execute, page, report errors, save history, exit cleanly.
import Commands
import Rendering
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public final class ReadEvalPrintLoop {
    let session: Session
    let reader: LineReader
    let output: ShellOutput
    let environment: [String: String]
    let pager: Pager
    /// Lines entered this session, for `history` when the reader keeps no list of its own.
    private var lines: [String] = []

    public init(session: Session, reader: LineReader, output: ShellOutput, environment: [String: String]) {
        self.session = session; self.reader = reader; self.output = output; self.environment = environment
        pager = Pager(environment: environment)
        let previous = HistoryFile.read(environment: environment)
        lines = previous
        session.history = { [unowned self] in self.lines }
        session.isCancelled = { Signals.cancellation() }
    }

    /// Runs until quit, Ctrl-D, SIGTERM or SIGHUP, saving history in each case. Returns the exit status: 0
    /// after quit or Ctrl-D, `Signals.terminationStatus` (143, 129) after SIGTERM or SIGHUP.
    public func run(banner: String) -> Int32 {
        output.err.write(banner)
        output.err.flush()
        while !session.quitRequested {
            if Signals.terminateRequested { break }
            // The prompt shows the working scope, so a restricted view is never forgotten.
            let input = reader.readLine(prompt: session.prompt)
            switch input {
            case .interrupted:
                continue
            case .endOfInput, .terminate:
                saveHistory()
                if input == .terminate { return Signals.terminationStatus }
                output.err.write("\n")
                return 0
            case .line(let line):
                let trimmed = line.drop { $0 == " " || $0 == "\t" }
                if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
                reader.addHistory(line)
                if lines.last != line { lines.append(line) }
                evaluate(line)
            }
        }
        saveHistory()
        return Signals.terminateRequested ? Signals.terminationStatus : 0
    }

    func evaluate(_ line: String) {
        Signals.clearInterrupt()
        // Re-read the width each time so a resized window re-flows the next output.
        session.terminal.width = Terminal.windowSize(1)?.columns ?? session.terminal.width
        do {
            try session.execute(line)
        } catch let error as CommandError {
            _ = output.takeBuffer()
            // A command cancelled by Ctrl-C reports it once, below, not as an error too.
            if !Signals.interrupted { output.writeError(ErrorFormatter.interactive(error, line: line)) }
        } catch {
            output.writeError("error: \(error)\n")
        }
        let text = output.takeBuffer()
        if Signals.takeInterrupt() {
            // The terminal echoed "^C" without a newline; start a fresh line first.
            output.writeError("\ninterrupted\n")
            return
        }
        guard !text.isEmpty else { return }
        if session.settings.pager == .off {
            output.out.write(text); output.flush()
        } else {
            Signals.withSIGPIPEIgnored { _ = pager.show(text, on: output.out, environment: environment) }
        }
    }

    func saveHistory() {
        do { try reader.saveHistory() } catch {
            output.writeError("warning: history not saved: \(error)\n")
        }
    }
}

/// Reads the lines of the history file (libedit's `_HiStOrY_V2_` format, vis(3)-encoded) for `history`.
enum HistoryFile {
    static func read(environment: [String: String]) -> [String] {
        guard let path = HistoryLocation.resolve(environment: environment),
              let f = fopen(path, "r") else { return [] }
        defer { fclose(f) }
        var out: [String] = []
        var buffer: UnsafeMutablePointer<CChar>?
        var capacity = 0
        while getline(&buffer, &capacity, f) > 0, let b = buffer {
            var line = String(cString: b)
            if line.hasSuffix("\n") { line.removeLast() }
            if line == "_HiStOrY_V2_" { continue }
            out.append(unvis(line))
        }
        free(buffer)
        return out
    }

    /// Decodes the octal escapes (`\040`) and `\\` that libedit writes.
    static func unvis(_ s: String) -> String {
        var bytes: [UInt8] = []
        let u = Array(s.utf8)
        var i = 0
        while i < u.count {
            if u[i] == UInt8(ascii: "\\"), let o = octal(u, i + 1) {
                bytes.append(o); i += 4
            } else if u[i] == UInt8(ascii: "\\"), i + 1 < u.count, u[i + 1] == UInt8(ascii: "\\") {
                bytes.append(UInt8(ascii: "\\")); i += 2
            } else {
                bytes.append(u[i]); i += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func octal(_ u: [UInt8], _ i: Int) -> UInt8? {
        guard i + 2 < u.count else { return nil }
        var v = 0
        for k in i...(i + 2) {
            guard (48...55).contains(u[k]) else { return nil }
            v = v * 8 + Int(u[k] - 48)
        }
        return v <= 255 ? UInt8(v) : nil
    }
}
