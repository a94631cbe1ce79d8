// TerminalSessionTests: the real probe binary in a pseudo-terminal (tmux): completion, history, Ctrl-C, Ctrl-D, UTF-8.
import Foundation
import XCTest

final class TerminalSessionTests: XCTestCase {
    static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let root = here.deletingLastPathComponent().deletingLastPathComponent()

    var binary: URL? {
        [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
            .map { $0.appendingPathComponent("probe") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs tmux-check.sh with the given expectations; fails with its report when a check fails.
    func check(_ environment: [String: String]) throws {
        guard let binary else { throw XCTSkip("probe binary not built; run swift build --build-tests") }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/bash")
        p.arguments = [Self.here.appendingPathComponent("tmux-check.sh").path, binary.path, "--no-rc",
                       "--corpus", Self.root.appendingPathComponent("Corpus").path]
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        p.environment = env
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        if text.hasPrefix("skipped:") { throw XCTSkip(text) }
        XCTAssertEqual(p.terminationStatus, 0, text)
    }

    func testLineEditingHistoryAndSignals() throws {
        try check(["RUN_COMMAND": "help", "RUN_EXPECT": "help COMMAND for details", "LIST_TYPED": "s", "LIST_EXPECT": "source",
                   "LONG_COMMAND": "bench Corpus runs 1000000", "LONG_EXPECT": "interrupted"])
    }

    func testProviderAliasCompletes() throws {
        // The command run must fit the 40-line window: a report card with its notes goes through the pager.
        try check(["COMPLETE_TYPED": "show HLNYC", "COMPLETE_EXPECT": "show HLNYCRC", "RUN_COMMAND": "cite hlny-crc-2019#summary-1",
                   "RUN_EXPECT": "Humberside", "HUP_COMMAND": "list type nps",
                   "REFLOW_COMMAND": "chart overall by type", "REFLOW_WIDTH": "50"])
    }
}
