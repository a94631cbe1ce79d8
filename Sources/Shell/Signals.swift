// Signals: SIGINT/SIGTERM/SIGHUP become atomic flags that the prompt and long-running commands poll.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

// The only global mutable state in the module. A lock-free atomic store is async-signal-safe; a global `let`
// holding an Atomic is Sendable, so handlers and worker threads can share it without locks.
private let interruptFlag = Atomic<Bool>(false)
/// The signal that asked the process to end (SIGTERM or SIGHUP); 0 until one arrives.
private let terminateSignal = Atomic<Int32>(0)

public enum Signals {
    /// Installs the flag-setting handlers. Idempotent. `sa_flags = 0` (no SA_RESTART) on purpose:
    /// blocking read()/nanosleep()/waitpid() return EINTR, so a Ctrl-C is noticed promptly.
    public static func install() {
        // Touch the globals first: Swift initialises globals lazily (swift_once), which must not
        // happen for the first time inside a signal handler.
        _ = interruptFlag.load(ordering: .relaxed)
        _ = terminateSignal.load(ordering: .relaxed)
        setHandler(SIGINT) { _ in interruptFlag.store(true, ordering: .relaxed) }
        setHandler(SIGTERM) { signal in terminateSignal.store(signal, ordering: .relaxed) }
        setHandler(SIGHUP) { signal in terminateSignal.store(signal, ordering: .relaxed) }
    }

    /// True after a Ctrl-C until cleared.
    public static var interrupted: Bool { interruptFlag.load(ordering: .relaxed) }

    public static func clearInterrupt() { interruptFlag.store(false, ordering: .relaxed) }

    /// Reads and clears the interrupt flag in one step, so a Ctrl-C is handled exactly once.
    public static func takeInterrupt() -> Bool { interruptFlag.exchange(false, ordering: .relaxed) }

    /// True after SIGTERM or SIGHUP: save history and exit. Never cleared (the process is going away).
    public static var terminateRequested: Bool { terminateSignal.load(ordering: .relaxed) != 0 }

    /// The exit status after SIGTERM or SIGHUP, once history is saved: 128 + the signal number (143, 129),
    /// what a shell reports for a process that signal ended, so a caller can tell it from quit (0).
    public static var terminationStatus: Int32 { 128 + terminateSignal.load(ordering: .relaxed) }

    /// A Sendable check that long-running work polls; see `CancellationCheck`.
    public static var cancellation: CancellationCheck { CancellationCheck() }

    /// Runs `body` with SIGPIPE ignored, then restores the previous disposition. Used while writing to a
    /// pager: if the user quits the pager early, the write fails with EPIPE instead of killing the shell.
    /// Batch mode keeps the default SIGPIPE so `probe -c ... | head -1` ends quietly.
    public static func withSIGPIPEIgnored<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        var ignore = sigaction()
        var previous = sigaction()
        setHandlerField(&ignore, SIG_IGN)
        sigemptyset(&ignore.sa_mask)
        sigaction(SIGPIPE, &ignore, &previous)
        defer { sigaction(SIGPIPE, &previous, nil) }
        return try body()
    }

    /// Test support: a SIGTERM raised by a test must not leak into later tests.
    static func resetForTesting() {
        interruptFlag.store(false, ordering: .relaxed)
        terminateSignal.store(0, ordering: .relaxed)
    }

    private static func setHandler(_ signal: Int32, _ handler: @escaping @convention(c) (Int32) -> Void) {
        var action = sigaction()
        setHandlerField(&action, handler)
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(signal, &action, nil)
    }

    private static func setHandlerField(_ action: inout sigaction, _ handler: (@convention(c) (Int32) -> Void)?) {
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = handler
        #else
        action.__sigaction_u.__sa_handler = handler
        #endif
    }
}

/// What long-running commands poll between units of work: true once the user pressed Ctrl-C or the
/// process was asked to terminate. Reading an atomic, so it is cheap and safe from any thread.
public struct CancellationCheck: Sendable {
    public init() {}
    public var isCancelled: Bool { interruptFlag.load(ordering: .relaxed) || terminateSignal.load(ordering: .relaxed) != 0 }
    public func callAsFunction() -> Bool { isCancelled }
}
