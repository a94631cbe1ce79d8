// Locked: a value shared between threads behind a pthread mutex.
import Foundation

/// Used instead of the standard library's `Mutex`: on Linux that lock orders threads through futexes and
/// atomics inside the uninstrumented standard library, so ThreadSanitizer cannot see the ordering and reports
/// every user of it as racing. `NSLock` is a pthread mutex, whose ordering ThreadSanitizer understands.
public final class Locked<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    public init(_ value: Value) { self.value = value }

    public func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
