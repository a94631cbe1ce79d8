// BatchModeTests: the real binary in batch mode — exit codes 0/1/2, error locations, keep-going, source, pipes.
import Commands
import Foundation
import Shell
import XCTest

final class BatchModeTests: XCTestCase {
    var corpus: [String] { ["--corpus", ProbeProcess.miniCorpus] }

    /// `--version` and the shell's banner read the one version number, so they cannot disagree.
    func testVersionAndBannerAgree() throws {
        let r = try ProbeProcess.run(["--version"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, "probe \(ProbeVersion.number)\n")
        XCTAssertEqual(ProbeVersion.bannerTitle("loaded 4 write-ups"), "probe \(ProbeVersion.number) · loaded 4 write-ups")
        XCTAssertEqual(ProbeVersion.number.split(separator: ".").count, 3, "major.minor.patch")
    }

    func testCommandSucceedsWithStatusZero() throws {
        let r = try ProbeProcess.run(corpus + ["-c", "list sort id"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("fenland-crc-2019"), r.stdout)
        XCTAssertEqual(r.stderr, "")
    }

    func testUnknownCommandExitsOneWithLocation() throws {
        let r = try ProbeProcess.run(corpus + ["-c", "lst"])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.hasPrefix("-c[1]:1:1: error: unknown command 'lst'\n"), r.stderr)
        // `let` is as near to `lst` as `list` is: both are offered.
        XCTAssertTrue(r.stderr.hasSuffix("hint: did you mean 'let' or 'list'?\n"), r.stderr)
    }

    func testUsageErrorExitsTwo() throws {
        let r = try ProbeProcess.run(["--frobnicate"])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("--frobnicate"), r.stderr)
    }

    func testScriptErrorOnLine40Of50KeepsEarlierOutput() throws {
        var lines = (1...50).map { _ in "set width 80" }
        lines[9] = "list sort id"
        lines[39] = "chrat ratings"
        let dir = try ProbeProcess.folder(["s.probe": lines.joined(separator: "\n")])
        let script = dir.appendingPathComponent("s.probe").path
        let r = try ProbeProcess.run(corpus + [script])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stdout.contains("fenland-crc-2019"), "output before the error is kept")
        XCTAssertTrue(r.stderr.hasPrefix("\(script):40:1: error: unknown command 'chrat'"), r.stderr)
    }

    func testKeepGoingRunsPastErrorsAndStillFails() throws {
        let r = try ProbeProcess.run(corpus + ["--keep-going", "-c", "nonsense", "-c", "list sort id"])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stdout.contains("upland-crc-2019"))
    }

    func testStdinScriptWithoutFinalNewline() throws {
        let r = try ProbeProcess.run(corpus + ["--format", "csv"], stdin: "# comment\nlist sort id")
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.hasPrefix("id,provider,type,published,overall,known,findings\r\n"), r.stdout)
    }

    func testNestedSourceAndCycleDetection() throws {
        let dir = try ProbeProcess.folder([
            "a.probe": "set width 70\nsource b.probe\n",
            "b.probe": "list type nps\n",
            "loop.probe": "source loop2.probe\n",
            "loop2.probe": "source loop.probe\n",
        ])
        let ok = try ProbeProcess.run(corpus + ["a.probe"], directory: dir)
        XCTAssertEqual(ok.status, 0, ok.stderr)
        XCTAssertTrue(ok.stdout.contains("nps-coastal-2019"))
        let loop = try ProbeProcess.run(corpus + ["loop.probe"], directory: dir)
        XCTAssertEqual(loop.status, 1)
        XCTAssertEqual(loop.stderr, """
            loop2.probe:1:8: error: 'loop.probe' is already being run: sourcing it again would never end
              source loop.probe
                     ^^^^^^^^^^
            hint: remove the source line that leads back to it

            """)
    }

    func testMissingScriptAndDirectory() throws {
        let missing = try ProbeProcess.run(corpus + ["/nonexistent/x.probe"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertEqual(missing.stderr, "probe: no such file '/nonexistent/x.probe'\nhint: check the path; scripts usually end in .probe\n")
        let dir = try ProbeProcess.folder([:])
        let isDir = try ProbeProcess.run(corpus + [dir.path])
        XCTAssertEqual(isDir.status, 1)
        XCTAssertTrue(isDir.stderr.contains("is a directory, not a script"), isDir.stderr)
    }

    func testPipeIntoHeadEndsQuietly() throws {
        let binary = try ProbeProcess.requireBinary()
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", "'\(binary.path)' --no-rc --corpus '\(ProbeProcess.miniCorpus)' -c 'export findings' -c 'export findings' -c 'export ratings' | head -1; echo \"status=$?\""]
        let out = Pipe(), err = Pipe()
        p.standardOutput = out; p.standardError = err
        try p.run(); p.waitUntilExit()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertTrue(stdout.hasSuffix("status=0\n"), stdout)
        XCTAssertEqual(stderr, "")
    }

    /// A batch load says in one line on stderr what it skipped and warned about; check has the details.
    func testBatchLoadSaysWhatWasSkippedInOneLine() throws {
        let dir = try ProbeProcess.folder(["good.md": "---\nid: g\nprovider: X CRC\ntype: CRC\n---\n# G\n\n## F\n- text\n",
                                           "bad.md": "---\nid: b\nprovider: [unclosed\n"])
        let r = try ProbeProcess.run(["--corpus", dir.path, "-c", "list sort id"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stderr, "loaded 1 write-up (1 CRC) · 1 finding · 1 skipped, 0 warnings (check lists them)\n")
        let clean = try ProbeProcess.run(corpus + ["-c", "list"])
        XCTAssertEqual(clean.stderr, "", "nothing to say about a clean load")
    }

    func testCheckModeExitsOneOnErrors() throws {
        let dir = try ProbeProcess.folder(["good.md": "---\nid: g\nprovider: X CRC\ntype: CRC\nsources: [https://example.org]\n---\n# G\n\ntext\n",
                                           "bad.md": "---\nid: b\nprovider: [unclosed\n"])
        let r = try ProbeProcess.run(["--check", dir.path])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("bad.md:"), r.stderr)
        XCTAssertTrue(r.stdout.contains("1 write-up loaded, 1 skipped; 1 error"), r.stdout)
    }
}
