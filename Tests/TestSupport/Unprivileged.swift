// Unprivileged: runs one test again as an ordinary user, for tests of permission errors that root never sees.
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Root reads and writes whatever the permissions say, so a test of "permission denied" proves nothing when
/// the suite runs as root (as CI does). Such a test asks `needsRerun` first; as root it runs itself again in
/// a child test process that `setpriv` has moved to the user nobody, and asserts that child passed. Where
/// nobody cannot reach the test binary (a checkout under a private folder), the child stays root but without
/// any capability, which leaves it bound by the permission bits as its owner, the same denials nobody gets.
public enum Unprivileged {
    /// nobody/nogroup on Debian and Ubuntu.
    public static let uid = 65534, gid = 65534

    /// Set in the child's environment: a child never reruns itself, whatever its privileges.
    static let childMarker = "PROBE_UNPRIVILEGED_CHILD"

    /// True when this process may bypass file permissions and should rerun the test instead of running its
    /// body. False in the child, which must run the body (and fail it, if it still had the privilege).
    public static var needsRerun: Bool {
        ProcessInfo.processInfo.environment[childMarker] == nil && bypassesPermissions
    }

    /// Whether the effective capabilities hold CAP_DAC_OVERRIDE or CAP_DAC_READ_SEARCH (bits 1 and 2 of
    /// CapEff in /proc/self/status); where that cannot be read, whether this is root.
    static var bypassesPermissions: Bool {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("CapEff:") }),
              let mask = UInt64(line.dropFirst("CapEff:".count).trimmingCharacters(in: .whitespaces), radix: 16)
        else { return geteuid() == 0 }
        return mask & 0b110 != 0
    }

    public struct Outcome: Sendable {
        public var status: Int32
        public var output: String
        /// Passed, and the filter matched the one test (a mistyped name runs nothing and exits 0).
        public var passed: Bool { status == 0 && output.contains("Executed 1 test, with 0 failures") }
    }

    /// Runs `testCase`/`method` (as `String(reflecting: type(of: self))` and `#function` give them) in this
    /// test binary as nobody, or as root without capabilities where nobody cannot reach the binary.
    public static func rerun(_ testCase: String, _ method: String) throws -> Outcome {
        let name = method.hasSuffix("()") ? String(method.dropLast(2)) : method
        let binary = CommandLine.arguments[0]
        let drop = othersCanRun(binary) ? ["--reuid=\(uid)", "--regid=\(gid)", "--clear-groups"]
                                        : ["--bounding-set=-all", "--inh-caps=-all"]
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")   // one short test: a minute is plenty
        p.arguments = ["--kill-after=5", "60", "/usr/bin/setpriv"] + drop + ["--", binary, "\(testCase)/\(name)"]
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = "/"
        environment[childMarker] = "1"
        p.environment = environment
        let out = Pipe()
        p.standardOutput = out; p.standardError = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        return Outcome(status: p.terminationStatus, output: "setpriv \(drop.joined(separator: " ")):\n" + text)
    }

    /// Whether a user who is neither owner nor in the group can run `path`: every folder above it searchable
    /// by others, the file readable and executable by them (ACLs aside).
    static func othersCanRun(_ path: String) -> Bool {
        let absolute = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        var info = stat(), prefix = ""
        for component in absolute.split(separator: "/").dropLast() {
            prefix += "/" + component
            guard stat(prefix, &info) == 0, info.st_mode & S_IXOTH != 0 else { return false }
        }
        return stat(absolute, &info) == 0 && info.st_mode & (S_IROTH | S_IXOTH) == (S_IROTH | S_IXOTH)
    }
}
