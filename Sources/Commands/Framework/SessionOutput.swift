// SessionOutput: where a session's rendered output and error messages go; the Shell provides the real one.

/// Where rendered output and diagnostics go. The Shell provides the real one; tests collect strings.
public protocol SessionOutput: AnyObject {
    func write(_ text: String)
    func writeError(_ text: String)
}
