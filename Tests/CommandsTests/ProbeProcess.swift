// ProbeProcess: runs the built probe binary, for tests of batch mode, exit codes and pipes.
import Foundation
import XCTest

struct ProbeRun {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum ProbeProcess {
    /// The probe binary next to the test bundle (`swift build --build-tests` builds both).
    static var binary: URL? {
        let candidates = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
            .map { $0.appendingPathComponent("probe") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// The binary, or an error that fails the test: a missing binary is a broken build, not a reason to skip.
    static func requireBinary() throws -> URL {
        guard let binary else { throw TestSetupError("no probe binary next to \(Bundle.main.bundleURL.path); build it with swift build --build-tests") }
        return binary
    }

    /// Runs probe with `arguments` (plus `--no-rc`), feeding `stdin`; HOME points at an empty folder so no
    /// user file is read or written. A run longer than `timeLimit` seconds (scaled, see `TimeLimit`) is killed
    /// and fails the test.
    /// The suite's sanitizer settings (Scripts/sanitize sets them), passed on so a child built with a sanitizer
    /// runs under the same policy as the suite: without them LeakSanitizer reports the runtime's lazily built
    /// globals as leaks and fails every child's exit status.
    static var sanitizerOptions: [String: String] {
        ProcessInfo.processInfo.environment.filter { ["ASAN_OPTIONS", "TSAN_OPTIONS", "LSAN_OPTIONS", "UBSAN_OPTIONS"].contains($0.key) }
    }

    static func run(_ arguments: [String], stdin: String? = nil, environment extra: [String: String] = [:],
                    directory: URL? = nil, timeLimit: Double = TimeLimit.process) throws -> ProbeRun {
        let binary = try requireBinary()
        let p = Process()
        p.executableURL = binary
        p.arguments = ["--no-rc"] + arguments
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("probe-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        var env = ["HOME": home.path, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"].merging(sanitizerOptions) { a, _ in a }
        for (k, v) in extra { env[k] = v }
        p.environment = env
        if let directory { p.currentDirectoryURL = directory }
        // stderr goes to a file so a large stdout and stderr cannot both fill pipes and block the child.
        let errURL = home.appendingPathComponent("stderr.txt")
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let errFile = try FileHandle(forWritingTo: errURL)
        let out = Pipe(), input = Pipe()
        p.standardOutput = out; p.standardError = errFile; p.standardInput = input
        try p.run()
        let watchdog = Watchdog(p, seconds: timeLimit)
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        try watchdog.check("probe " + arguments.joined(separator: " ").prefix(200))
        try errFile.close()
        let errData = (try? Data(contentsOf: errURL)) ?? Data()
        return ProbeRun(status: p.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                        stderr: String(decoding: errData, as: UTF8.self))
    }

    static var miniCorpus: String { Golden.fixtures.appendingPathComponent("mini").path }

    /// A temporary folder with the given files, for script tests; removed when the test that made it ends.
    static func folder(_ files: [String: String]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("probe-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        TemporaryFolders.shared.add(dir)
        for (name, text) in files.sorted(by: { $0.key < $1.key }) {
            try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return dir
    }
}

/// Folders made by `ProbeProcess.folder`, removed as each test case finishes, so none is left in /tmp.
final class TemporaryFolders: NSObject, XCTestObservation, @unchecked Sendable {
    static let shared: TemporaryFolders = {
        let folders = TemporaryFolders()
        XCTestObservationCenter.shared.addTestObserver(folders)
        return folders
    }()
    private let lock = NSLock()
    private var urls: [URL] = []

    func add(_ url: URL) { lock.withLock { urls.append(url) } }

    func testCaseDidFinish(_ testCase: XCTestCase) {
        let finished = lock.withLock { () -> [URL] in defer { urls = [] }; return urls }
        for url in finished { try? FileManager.default.removeItem(at: url) }
    }
}

/// A test that cannot start (no binary, no tool): thrown, so the test fails with this message.
struct TestSetupError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Time limits for child processes: generous for a debug build, multiplied by `PROBE_TEST_SLOWDOWN` (set by
/// Scripts/sanitize, whose builds run several times slower). They catch hangs and quadratic slowdowns; they
/// do not measure speed.
enum TimeLimit {
    static var slowdown: Double {
        ProcessInfo.processInfo.environment["PROBE_TEST_SLOWDOWN"].flatMap(Double.init).map { max(1, $0) } ?? 1
    }
    /// The default for one run of the binary; every ordinary run takes a few seconds at most.
    static var process: Double { 120 }
}

/// Kills a child process that outlives its time limit, so a slowdown fails the test with a message instead
/// of hanging the run.
final class Watchdog: @unchecked Sendable {
    private let lock = NSLock()
    private var finished = false, fired = false
    let seconds: Double

    init(_ process: Process, seconds base: Double) {
        seconds = base * TimeLimit.slowdown
        let pid = process.processIdentifier
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
            lock.withLock {
                guard !finished else { return }
                fired = true
                kill(pid, SIGKILL)
            }
        }
    }

    /// Call once the process has ended: throws if the watchdog had to kill it.
    func check(_ what: some StringProtocol) throws {
        let killed = lock.withLock { () -> Bool in finished = true; return fired }
        if killed { throw TestSetupError("\(what): still running after \(Int(seconds)) s, killed (a hang or a slowdown)") }
    }
}
