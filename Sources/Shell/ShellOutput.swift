// ShellOutput: connects a Session's output to stdout/stderr — buffered for the pager when interactive.
import Commands

/// Session output for the real process. In batch mode text streams straight to stdout; interactively it is
/// collected per command so long results can go through the pager.
public final class ShellOutput: SessionOutput {
    let out: OutputSink
    let err: OutputSink
    let buffering: Bool
    private(set) var buffer = ""
    /// Set once stdout is closed (EPIPE): the caller stops and exits 0.
    public private(set) var closed = false
    /// Set when stdout failed for another reason (disk full).
    public private(set) var failure: SinkStatus?

    public init(out: OutputSink, err: OutputSink, buffering: Bool) {
        self.out = out; self.err = err; self.buffering = buffering
    }

    public func write(_ text: String) {
        if buffering { buffer += text; return }
        record(out.write(text))
    }

    public func writeError(_ text: String) {
        // Keep ordering with stdout when both go to the same terminal or file.
        if !buffering { record(out.flush()) }
        err.write(text)
        err.flush()
    }

    /// Takes what a command wrote, for paging.
    func takeBuffer() -> String {
        defer { buffer = "" }
        return buffer
    }

    func flush() { record(out.flush()) }

    func record(_ status: SinkStatus) {
        switch status {
        case .open: break
        case .closed: closed = true
        case .failed: failure = status
        }
    }
}
