// Environment: the few process-environment reads commands need (and `~` in paths), in one place so tests can see them.
import Foundation

public enum Environment {
    public static func value(_ name: String) -> String? { ProcessInfo.processInfo.environment[name] }
}

/// `~/x` to the home directory, as shells do.
func expandHome(_ path: String) -> String {
    guard path.hasPrefix("~/") || path == "~" else { return path }
    let home = Environment.value("HOME") ?? ""
    return home + String(path.dropFirst(1))
}
