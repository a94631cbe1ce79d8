// Environment: the few process-environment reads commands need, in one place so tests can see them.
import Foundation
import Rendering

public enum Environment {
    public static func value(_ name: String) -> String? { ProcessInfo.processInfo.environment[name] }
}

/// Re-exported escaping, so command code need not import Rendering for it.
enum TerminalSafeText {
    static func escape(_ s: String) -> String { TerminalSafe.escape(s) }
}
