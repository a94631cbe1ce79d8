// TerminalSessionTests: the real probe binary in a pseudo-terminal (tmux): completion, history, signals, pager, rc file.
import Foundation
import XCTest

final class TerminalSessionTests: XCTestCase {
    static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let root = here.deletingLastPathComponent().deletingLastPathComponent()

    /// Builds of the test binary run several times slower under a sanitizer (Scripts/sanitize sets this).
    static var slowdown: Double {
        ProcessInfo.processInfo.environment["PROBE_TEST_SLOWDOWN"].flatMap(Double.init).map { max(1, $0) } ?? 1
    }

    var binary: URL? {
        [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
            .map { $0.appendingPathComponent("probe") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs tmux-check.sh with the given expectations; fails with its report when a check fails. Each step in
    /// the script waits at most DEADLINE seconds; `timeout` bounds the whole run.
    func check(_ environment: [String: String]) throws {
        let binary = try XCTUnwrap(binary, "no probe binary next to \(Bundle.main.bundleURL.path); build it with swift build --build-tests")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        p.arguments = ["--kill-after=10", String(Int(300 * Self.slowdown)), "/bin/bash",
                       Self.here.appendingPathComponent("tmux-check.sh").path, binary.path,
                       "--corpus", Self.root.appendingPathComponent("Corpus").path]
        var env = ProcessInfo.processInfo.environment
        env["DEADLINE"] = String(Int(20 * Self.slowdown))
        for (k, v) in environment { env[k] = v }
        p.environment = env
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        XCTAssertNotEqual(p.terminationStatus, 124, "tmux-check.sh ran out of time:\n" + text)
        XCTAssertEqual(p.terminationStatus, 0, text)
        XCTAssertTrue(text.hasSuffix("all checks passed\n"), text)
    }

    func testLineEditingHistoryAndSignals() throws {
        // `help quit`, not `help`: the list of every command, as CSV after the rc file, no longer fits the window.
        try check(["RUN_COMMAND": "help quit", "RUN_EXPECT": "Leave probe", "LIST_TYPED": "s", "LIST_EXPECT": "source",
                   "LONG_COMMAND": "bench Corpus runs 1000000", "LONG_EXPECT": "interrupted",
                   "PAGED_COMMAND": "list", "PAGED_EXPECT": "published",
                   "RC_TEXT": "# settings for every session\nset format csv", "RC_COMMAND": "list type nps",
                   "RC_SHOWS": "nps-london-2019", "RC_EXPECT": "id,provider,type,published"])
    }

    func testProviderAliasCompletes() throws {
        // The command run must fit the 40-line window: a report card with its notes goes through the pager.
        try check(["COMPLETE_TYPED": "show HLNYC", "COMPLETE_EXPECT": "show HLNYCRC", "RUN_COMMAND": "cite hlny-crc-2019#summary-1",
                   "RUN_EXPECT": "Humberside", "HUP_COMMAND": "list type nps",
                   "REFLOW_COMMAND": "chart overall by type", "REFLOW_EXPECT": "inspections", "REFLOW_WIDTH": "50"])
    }
}
