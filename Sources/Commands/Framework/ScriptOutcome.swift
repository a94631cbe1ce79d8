// ScriptOutcome: how a script run ended — errors reported, and whether it stopped early.

public struct ScriptOutcome: Sendable, Equatable {
    /// Errors reported (0 means success).
    public var errors: Int
    /// True when the script stopped early (bail, quit, Ctrl-C or a closed output).
    public var stopped: Bool
}
