// Unprivileged: runs one test again as an ordinary user, for tests of permission errors that root never sees.
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Root reads and writes whatever the permissions say, so a test of "permission denied" proves nothing when
/// the suite runs as root (as CI does). Such a test asks `needsRerun` first; as root it runs itself again in
/// a child test process that `setpriv` has moved to the user nobody, and asserts that child passed.
public enum Unprivileged {
    /// nobody/nogroup on Debian and Ubuntu.
    public static let uid = 65534, gid = 65534

    /// True when the caller is root and should rerun the test as nobody instead of running its body.
    public static var needsRerun: Bool { geteuid() == 0 }

    public struct Outcome: Sendable {
        public var status: Int32
        public var output: String
        /// Passed, and the filter matched the one test (a mistyped name runs nothing and exits 0).
        public var passed: Bool { status == 0 && output.contains("Executed 1 test, with 0 failures") }
    }

    /// Runs `testCase`/`method` (as `String(reflecting: type(of: self))` and `#function` give them) in this
    /// test binary as nobody. The build folder must be readable by other users.
    public static func rerun(_ testCase: String, _ method: String) throws -> Outcome {
        let name = method.hasSuffix("()") ? String(method.dropLast(2)) : method
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        p.arguments = ["--reuid=\(uid)", "--regid=\(gid)", "--clear-groups", "--",
                       CommandLine.arguments[0], "\(testCase)/\(name)"]
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = "/"
        p.environment = environment
        let out = Pipe()
        p.standardOutput = out; p.standardError = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        let hint = p.terminationStatus == 126 || p.terminationStatus == 127
            ? "\n(nobody cannot run \(CommandLine.arguments[0]): clone into a folder other users can read)" : ""
        return Outcome(status: p.terminationStatus, output: text + hint)
    }
}
