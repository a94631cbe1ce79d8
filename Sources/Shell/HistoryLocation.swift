// HistoryLocation: where the history file lives, decided from the environment alone (so it is testable).
public enum HistoryLocation {
    /// `$PROBE_HISTORY` (an empty value turns history persistence off; a leading `~/` means `$HOME`),
    /// else `$XDG_STATE_HOME/probe/history` (the XDG spec ignores relative values), else `$HOME/.probe_history`.
    /// Nil when nothing usable is set: history then lives only for the session.
    public static func resolve(environment: [String: String]) -> String? {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
        if let explicit = environment["PROBE_HISTORY"] {
            if explicit.isEmpty { return nil }
            if explicit.hasPrefix("~/") {
                guard let home else { return nil }
                return joined(home, String(explicit.dropFirst(2)))
            }
            return explicit
        }
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return joined(joined(state, "probe"), "history")
        }
        if let home { return joined(home, ".probe_history") }
        return nil
    }

    private static func joined(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}
