// Interruptible: runs a search on a worker thread so Ctrl-C answers at once, wherever the search spends its time.
import Dispatch
import Inspections

/// The query evaluator does not poll for cancellation, and on a large corpus a query matching most tokens
/// spends seconds inside it. Running the work on a worker lets the command thread poll `isCancelled` every
/// few milliseconds and give the prompt back; the abandoned work finishes in the background and is dropped.
/// A gate lets one search run at a time, so repeated Ctrl-C never piles up workers (or their memory).
enum Interruptible {
    /// Held by the running search (and by abandoned work until it finishes).
    private static let gate = DispatchSemaphore(value: 1)
    /// How often the waiting thread looks at the cancellation flag.
    static let pollInterval = DispatchTimeInterval.milliseconds(5)

    static func run<T: Sendable>(_ session: Session, _ work: @escaping @Sendable () throws -> T) throws -> T {
        try run(isCancelled: session.isCancelled, work)
    }

    static func run<T: Sendable>(isCancelled: @Sendable () -> Bool, _ work: @escaping @Sendable () throws -> T) throws -> T {
        // A search abandoned by an earlier Ctrl-C may still be finishing: wait for it, still interruptibly.
        while gate.wait(timeout: .now() + pollInterval) == .timedOut {
            if isCancelled() { throw interrupted }
        }
        let outcome = Outcome<T>()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global(qos: .userInitiated).async {
            let result = Result { try work() }
            outcome.value.withLock { $0 = result }
            gate.signal()
            done.signal()
        }
        while done.wait(timeout: .now() + pollInterval) == .timedOut {
            if isCancelled() { throw interrupted }
        }
        // The lock, not the semaphore, is what orders the worker's write before this read.
        return try outcome.value.withLock { $0! }.get()
    }

    static let interrupted = CommandError("interrupted", hint: "the command was cancelled; its work was dropped")

    /// Where the worker leaves its result: a class, since the escaping closure and this thread share it.
    private final class Outcome<T: Sendable>: Sendable {
        let value = Locked<Result<T, any Error>?>(nil)
    }
}
