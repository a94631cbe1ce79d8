// CollectingSink: a SessionOutput that keeps everything, for tests and for capturing output.

/// A sink that keeps everything, for tests and for capturing output.
public final class CollectingSink: SessionOutput {
    public private(set) var output = ""
    public private(set) var errors = ""
    public init() {}
    public func write(_ text: String) { output += text }
    public func writeError(_ text: String) { errors += text }
}
