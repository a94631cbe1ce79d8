// HostileInputTests: malformed corpora, escape sequences, monster queries and cancellation, through the binary and a Session.
import Foundation
import XCTest
@testable import Commands
import Inspections
import Rendering
import Shell

final class HostileInputTests: XCTestCase {
    // MARK: - helpers

    /// A write-up that loads cleanly.
    static func good(_ id: String, finding: String = "Risk of harm was assessed well.") -> String {
        "---\nid: \(id)\nprovider: \(id) CRC\ntype: CRC\npublished: 2019-01-01\nsources: [https://example.org]\n---\n"
            + "# \(id)\n\nSummary.\n\n## Case supervision\n- \(finding)\n"
    }

    static func write(_ dir: URL, _ name: String, _ bytes: [UInt8]) throws {
        let url = dir.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    static func write(_ dir: URL, _ name: String, _ text: String) throws { try write(dir, name, Array(text.utf8)) }

    /// Runs a shell command line (for raw bytes on stdin and pipes), returning status, stdout and stderr bytes;
    /// killed, failing the test, after `timeLimit` seconds (scaled, see `TimeLimit`).
    static func sh(_ script: String, timeLimit: Double = TimeLimit.process) throws -> (status: Int32, out: Data, err: Data) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", script]
        let errURL = FileManager.default.temporaryDirectory.appendingPathComponent("probe-sh-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errURL) }
        let errFile = try FileHandle(forWritingTo: errURL)
        let out = Pipe()
        p.standardOutput = out; p.standardError = errFile
        try p.run()
        let watchdog = Watchdog(p, seconds: timeLimit)
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        try watchdog.check(script.prefix(200))
        try errFile.close()
        let err = (try? Data(contentsOf: errURL)) ?? Data()
        return (p.terminationStatus, data, err)
    }

    /// Bytes that would act on a terminal: C0 controls other than newline, CR and tab; DEL; C1 (as UTF-8).
    static func controlBytes(_ data: Data) -> [String] {
        let text = String(decoding: data, as: UTF8.self)
        var found: [String] = []
        let scalars = Array(text.unicodeScalars)
        for (i, s) in scalars.enumerated() {
            let v = s.value
            let bad = (v < 0x20 && v != 0x0A && v != 0x0D && v != 0x09) || v == 0x7F || (0x80...0x9F).contains(v)
            if bad {
                let context = String(String.UnicodeScalarView(scalars[max(0, i - 30)..<min(scalars.count, i + 10)]))
                found.append(String(format: "U+%04X in %@", v, context.debugDescription))
            }
        }
        return found
    }

    // MARK: - 1. corpus files

    /// Every bad kind of file at once: the good ones load, each bad one is reported with file, line and a
    /// hint, and the shell still answers the commands after the load.
    func testMixedFolderOfBadFilesLoadsTheGoodOnesAndReportsEachBadOne() throws {
        let dir = try ProbeProcess.folder([:])
        try Self.write(dir, "good-a.md", Self.good("good-a"))
        try Self.write(dir, "sub/good-b.md", Self.good("good-b"))
        try Self.write(dir, "bom-crlf.md", [0xEF, 0xBB, 0xBF] + Array(Self.good("bom-crlf").replacingOccurrences(of: "\n", with: "\r\n").utf8))
        try Self.write(dir, "lone-cr.md", Self.good("lone-cr").replacingOccurrences(of: "\n", with: "\r"))
        try Self.write(dir, "empty.md", "")
        try Self.write(dir, "only-front-matter.md", "---\nid: only-fm\nprovider: X CRC\ntype: CRC\n---\n")
        try Self.write(dir, "unclosed.md", "---\nid: unclosed\nprovider: X CRC\n# T\n\n- text\n")
        try Self.write(dir, "list.md", "---\n- a\n- b\n---\n# T\n")
        try Self.write(dir, "wrong-types.md", "---\nid: wrong\nprovider: X CRC\ntype: CRC\nsupervised: lots\nratings: 3\n---\n# T\n\n- x\n")
        try Self.write(dir, "nul.md", Array("abc".utf8) + [0] + Array("def".utf8))
        try Self.write(dir, "picture.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52])
        try Self.write(dir, "latin1.md", Array("---\nid: latin\nprovider: Caf".utf8) + [0xE9] + Array(" CRC\n---\n# T\n".utf8))
        try Self.write(dir, "dup.md", Self.good("good-a"))
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("loop").path, withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("self.md").path, withDestinationPath: "self.md")

        let r = try ProbeProcess.run(["--corpus", dir.path, "-c", "list sort id", "-c", "count risk", "-c", "check"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let ids = ["bom-crlf", "good-a", "good-b", "lone-cr", "only-fm", "wrong"]
        for id in ids { XCTAssertTrue(r.stdout.contains(id), "\(id) loads:\n\(r.stdout)") }
        XCTAssertTrue(r.stdout.contains("risk: 4 hits"), "the shell answers after the load:\n\(r.stdout)")
        // The load says in one line on stderr what it skipped and warned about; `check` lists each on stdout.
        XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, r.stderr)
        XCTAssertTrue(r.stderr.contains("9 skipped, 2 warnings (check lists them)"), r.stderr)
        let errors = r.stdout.replacingOccurrences(of: dir.path + "/", with: "")
        let expected = [
            "empty.md: error: empty file\nhint: ",
            "good-a.md:2:1: error: duplicate id 'good-a': already used by dup.md\nhint: ",
            "latin1.md:3:14: error: not valid UTF-8: byte 0xE9",
            "list.md:2:1: error: front matter is not a mapping",
            "loop: error: symbolic link loop",
            "nul.md:1:4: error: not text: NUL byte at byte offset 3",
            "picture.md:3:1: error: not text: NUL byte",
            "self.md: error: symbolic link loop\nhint: ",
            "unclosed.md:1:1: error: front matter opened here is never closed\nhint: ",
        ]
        for e in expected { XCTAssertTrue(errors.contains(e), "missing '\(e)' in:\n\(errors)") }
        XCTAssertTrue(r.stdout.contains("only-front-matter.md:5:1: warning: no body after the front matter"), r.stdout)
        XCTAssertTrue(r.stdout.contains("wrong-types.md:6:1: warning: 'ratings' must be a mapping"), r.stdout)
        XCTAssertEqual(errors.components(separatedBy: ": error: ").count - 1, expected.count, errors)
    }

    /// A 50 MB write-up (750,000 findings) and a 1 MB line load, and queries over them finish. `count` over
    /// the big file once took hours: spans were filtered per finding (MatchSet.collect was quadratic).
    func testFiftyMegabyteWriteUpAndOneMegabyteLineAnswerQueries() throws {
        let dir = try ProbeProcess.folder([:])
        defer { try? FileManager.default.removeItem(at: dir) }   // 51 MB
        let finding = "- Risk of harm was assessed in this case and managed by the officer.\n"
        let big = "---\nid: big\nprovider: Big CRC\ntype: CRC\n---\n# Big\n\n## Findings\n"
            + String(repeating: finding, count: 50 * 1024 * 1024 / finding.utf8.count)
        try Self.write(dir, "big.md", big)
        try Self.write(dir, "line.md", "---\nid: line\nprovider: Line CRC\ntype: CRC\n---\n# Line\n\n## Findings\n- "
                       + String(repeating: "word ", count: (1 << 20) / 5) + "risk\n")
        // 25 s in a debug build; the quadratic `count` took hours.
        let r = try ProbeProcess.run(["--corpus", dir.path, "-c", "count risk by provider", "-c", "kwic word limit 1"],
                                     timeLimit: 300)
        XCTAssertEqual(r.status, 0, r.stderr)
        let hits = 50 * 1024 * 1024 / finding.utf8.count + 1
        XCTAssertTrue(r.stdout.contains("risk: \(formatGrouped(hits)) hits"), String(r.stdout.prefix(2000)))
        XCTAssertTrue(r.stdout.contains("209,715 lines"), String(r.stdout.suffix(1000)))
    }

    func testThreeThousandTinyFilesLoadAndAnswer() throws {
        let dir = try ProbeProcess.folder([:])
        defer { try? FileManager.default.removeItem(at: dir) }
        for i in 0..<3000 {
            try Self.write(dir, String(format: "%02d/r%05d.md", i % 10, i), Self.good(String(format: "r%05d", i)))
        }
        let r = try ProbeProcess.run(["--corpus", dir.path, "-c", "count risk"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stderr, "")
        XCTAssertTrue(r.stdout.contains("risk: 3,000 hits in 3,000 findings of 3,000 write-ups"), r.stdout)
    }

    // MARK: - 2. terminal safety

    /// A write-up with ESC, BEL, CSI (C1 0x9B), OSC and DEL in its title, provider, owner, section, findings,
    /// sources and file name: no command in any format lets one reach stdout or stderr raw.
    func testNoControlSequenceFromTheCorpusReachesTheTerminal() throws {
        let binary = try ProbeProcess.requireBinary()
        let dir = try ProbeProcess.folder([:])
        let e = "\u{1B}", bel = "\u{07}", csi = "\u{9B}"
        let evil = """
            ---
            id: evil
            provider: "Evil \\e[31mRed\\a \\x9b2J CRC"
            type: CRC
            owner: "Own\\e[5mer\\a Ltd"
            published: 2019-03-01
            overall: Good
            ratings:
              unpaid work: Good
            sources:
              - "https://x.org/\\e]8;;http://evil\\a"
            ---
            # Title \(e)[2J\(e)]0;pwned\(bel) here

            Summary with \(e)[31m risk \(csi)2J and \u{7F} del.

            ## Case \(e)[4msupervision
            - Risk of harm \(e)P dcs \(e)\\ and \(bel) bell \(e)[0m risk.

            """
        try Self.write(dir, "evil.md", evil)
        try Self.write(dir, "good.md", Self.good("good"))
        try Self.write(dir, "bad\(e)]0;name\(bel).md", "---\nid: badname\n---\n")   // an error naming this file
        let commands = ["list", "show evil", "check", "find risk", "find risk sort provider", "kwic risk",
                        "kwic risk sort left1", "count risk by provider", "count risk by owner", "count risk by section",
                        "open evil#case-4msupervision-1", "cite evil#case-4msupervision-1", "explain risk",
                        "export findings", "export ratings", "league", "compare evil good", "freq",
                        "find \"\(e)[31m\"", "no\(e)[2Jsuch"]
        let script = dir.appendingPathComponent("s.probe")
        try commands.joined(separator: "\n").write(to: script, atomically: true, encoding: .utf8)
        for format in ["table", "csv", "tsv", "json", "markdown"] {
            let r = try Self.sh("'\(binary.path)' --no-rc --keep-going --corpus '\(dir.path)' --format \(format) '\(script.path)'")
            XCTAssertEqual(Self.controlBytes(r.out), [], "stdout, --format \(format)")
            XCTAssertEqual(Self.controlBytes(r.err), [], "stderr, --format \(format)")
            XCTAssertTrue(String(decoding: r.out, as: UTF8.self).contains("\\x1b"), "escaped, not dropped (\(format))")
            // The load's one-line summary goes to stderr; `check` names the file, escaped, on stdout.
            let named = format == "json" ? "bad\\u001b]0;name\\u0007.md" : "bad\\x1b]0;name\\x07.md"
            XCTAssertTrue(String(decoding: r.out, as: UTF8.self).contains(named), "file name escaped (\(format))")
        }
    }

    // MARK: - 3. queries and commands

    func testMonsterQueriesAnswerOrFailClearly() throws {
        let dir = try ProbeProcess.folder([:])
        for i in 0..<50 { try Self.write(dir, "r\(i).md", Self.good("r\(i)", finding: "the risk of the harm is the issue \(i).")) }
        let lines = [
            "count " + String(repeating: "a", count: 1 << 20),                                        // 1 MB word
            "count " + String(repeating: "(", count: 10_000) + "risk" + String(repeating: ")", count: 10_000),
            "count " + Array(repeating: "risk", count: 5_000).joined(separator: " "),
            "count " + (0..<5_000).map { "w\($0)" }.joined(separator: " OR "),
            "count a* OR b* OR c* OR d* OR e* OR f* OR g* OR h* OR i* OR j* OR k* OR l* OR m* OR n* OR o* OR p* OR q* OR r* OR s* OR t* OR u* OR v* OR w* OR x* OR y* OR z* OR 0* OR 1* OR 2* OR 3* OR 4* OR 5* OR 6* OR 7* OR 8* OR 9*",
            "kwic the sort left1 limit 3",
            "count \"\"",
            "count nosuchfield:x",
            "count " + String(repeating: "NOT ", count: 10_000) + "risk",
            "count \"unclosed phrase",
        ]
        let script = dir.appendingPathComponent("q.probe")
        try lines.joined(separator: "\n").write(to: script, atomically: true, encoding: .utf8)
        let r = try ProbeProcess.run(["--corpus", dir.path, "--keep-going", "--format", "csv", script.path])
        XCTAssertEqual(r.status, 1, "two lines are errors")
        XCTAssertTrue(r.stderr.contains("q.probe:2:"), "deep nesting is refused")
        XCTAssertTrue(r.stderr.contains("parentheses nested more than"), String(r.stderr.prefix(300)))
        XCTAssertTrue(r.stderr.contains("q.probe:8:7: error: unknown field 'nosuchfield'"), String(r.stderr.suffix(600)))
        XCTAssertEqual(r.stderr.components(separatedBy: ": error: ").count - 1, 2, String(r.stderr.prefix(300)))
        // Every other count answers: one "all" row each (csv: group,hits,documents,words,per_10k).
        let totals = r.stdout.components(separatedBy: "\r\n").filter { $0.hasPrefix("all,") }
        XCTAssertEqual(totals.count, 7, r.stdout)
        XCTAssertTrue(totals.contains { $0.hasPrefix("all,50,50,") }, "5,000 repeated terms: \(totals)")
        // Every token of every finding: nine a write-up (the lead, "Summary.", is a note and not searched).
        XCTAssertTrue(totals.contains { $0.hasPrefix("all,450,50,") }, "every token matched: \(totals)")
        XCTAssertEqual(r.stdout.components(separatedBy: "#case-supervision-1,").count - 1, 3, "kwic limit 3")
    }

    func testInvalidUTF8OnStandardInputIsReadAsReplacementCharacters() throws {
        let binary = try ProbeProcess.requireBinary()
        let dir = try ProbeProcess.folder([:])
        try Self.write(dir, "r.md", Self.good("r"))
        try Self.write(dir, "in.bin", Array("find risk ".utf8) + [0xFF, 0xFE, 0xC3] + Array("\nlist\nlst \u{1B}[2J".utf8) + [0x80])
        let r = try Self.sh("'\(binary.path)' --no-rc --corpus '\(dir.path)' < '\(dir.path)/in.bin'")
        XCTAssertEqual(r.status, 1)
        let err = String(decoding: r.err, as: UTF8.self), out = String(decoding: r.out, as: UTF8.self)
        XCTAssertTrue(out.contains("r CRC"), "the lines after the bad bytes still run: \(out)")
        XCTAssertTrue(err.hasPrefix("<stdin>:3:1: error: unknown command 'lst'"), err)
        XCTAssertEqual(Self.controlBytes(r.err), [])
    }

    // MARK: - cancellation

    /// Ctrl-C while a search runs gives the prompt back without waiting for the search; the next search
    /// waits for the abandoned one, so workers never pile up.
    func testInterruptibleReturnsWhileWorkIsStillRunning() throws {
        let release = DispatchSemaphore(value: 0), started = DispatchSemaphore(value: 0)
        XCTAssertThrowsError(try Interruptible.run(isCancelled: { true }) { () -> Int in
            started.signal(); release.wait(); return 1
        }) { error in
            XCTAssertEqual((error as? CommandError)?.message, "interrupted")
            XCTAssertEqual((error as? CommandError)?.hint, "the command was cancelled; its work was dropped")
            XCTAssertNil((error as? CommandError)?.range)
        }
        XCTAssertEqual(started.wait(timeout: .now() + 60 * TimeLimit.slowdown), .success)   // the abandoned work is inside its body
        release.signal()
        XCTAssertEqual(try Interruptible.run(isCancelled: { false }) { 42 }, 42)
        struct Boom: Error {}
        XCTAssertThrowsError(try Interruptible.run(isCancelled: { false }) { () throws -> Int in throw Boom() }) {
            XCTAssertTrue($0 is Boom)
        }
    }

    /// Ctrl-C while an abandoned search still holds the worker: the next `count` is interrupted before it
    /// starts, every time (no race with a fast corpus); once the worker is free, the same count answers.
    func testCancelledCountReportsInterrupted() throws {
        let sink = CollectingSink()
        let session = Session(corpus: LoadedCorpus.load(paths: [ProbeProcess.miniCorpus]), sink: sink)
        let release = DispatchSemaphore(value: 0), started = DispatchSemaphore(value: 0)
        XCTAssertThrowsError(try Interruptible.run(isCancelled: { true }) { () -> Int in
            started.signal(); release.wait(); return 0
        })
        XCTAssertEqual(started.wait(timeout: .now() + 60 * TimeLimit.slowdown), .success, "the abandoned search never started")
        session.isCancelled = { true }
        XCTAssertThrowsError(try session.execute("count risk by provider")) {
            XCTAssertEqual(($0 as? CommandError)?.message, "interrupted")
        }
        XCTAssertEqual(sink.output, "", "nothing is printed for an interrupted count")
        release.signal()
        session.isCancelled = { false }
        try session.execute("count risk by provider")
        XCTAssertTrue(sink.output.contains("risk: "), sink.output)
    }
}

/// The repository's own corpus, for tests that want a realistic amount of text.
enum ProjectRoot {
    static let corpus = Golden.repositoryRoot.appendingPathComponent("Corpus").path
}
