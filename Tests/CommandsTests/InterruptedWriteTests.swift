// InterruptedWriteTests: `> file` that fails or dies part-way leaves the previous file whole and says why.
import Foundation
import XCTest

/// The faults come from the file-size limit (RLIMIT_FSIZE), which needs neither root nor a mount: with SIGXFSZ
/// ignored, a write past the limit fails with EFBIG, as a full disk fails with ENOSPC; with SIGXFSZ at its
/// default, the kernel kills the process inside that write() call. The limit is put on the running process
/// (prlimit) while it waits for its script on standard input, after start-up: ThreadSanitizer's runtime
/// cannot start under a small limit.
final class InterruptedWriteTests: XCTestCase {
    /// Runs `probe ARGS` with `script` on standard input, SIGXFSZ ignored or not, and the file-size limit set
    /// to `limit` bytes once it is reading that input.
    func probe(_ arguments: [String], script: String, limit: Int?, ignoreXFSZ: Bool = false) throws
        -> (status: Int32, signalled: Bool, stderr: String) {
        let binary = try ProbeProcess.requireBinary()
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/bash")
        // An ignored signal stays ignored across exec; no core file from a process the test kills.
        p.arguments = ["-c", (ignoreXFSZ ? "trap '' XFSZ; " : "") + "ulimit -c 0; exec \"$0\" \"$@\"", binary.path, "--no-rc"] + arguments
        p.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "SWIFT_BACKTRACE": "enable=no"]
            .merging(ProbeProcess.sanitizerOptions) { a, _ in a }
        let input = Pipe(), err = Pipe()
        p.standardInput = input; p.standardOutput = FileHandle.nullDevice; p.standardError = err
        try p.run()
        let watchdog = Watchdog(p, seconds: TimeLimit.process)
        if let limit {
            try waitUntilReadingStandardInput(p.processIdentifier, binary: binary)
            let set = try HostileInputTests.sh("prlimit --pid \(p.processIdentifier) --fsize=\(limit):")
            XCTAssertEqual(set.status, 0, String(decoding: set.err, as: UTF8.self))
        }
        input.fileHandleForWriting.write(Data(script.utf8))
        try input.fileHandleForWriting.close()
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        try watchdog.check("probe " + arguments.joined(separator: " "))
        return (p.terminationStatus, p.terminationReason == .uncaughtSignal, text)
    }

    /// Waits until `pid` runs the probe binary and is blocked in read(0, ...): start-up and loading are over.
    func waitUntilReadingStandardInput(_ pid: Int32, binary: URL) throws {
        #if arch(x86_64)
        let read = "0"
        #elseif arch(arm64)
        let read = "63"
        #endif
        let deadline = Date().addingTimeInterval(TimeLimit.process * TimeLimit.slowdown)
        while Date() < deadline {
            let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/exe")
            let call = (try? String(contentsOfFile: "/proc/\(pid)/syscall", encoding: .utf8))?.split(separator: " ")
            if exe == binary.resolvingSymlinksInPath().path, let call, call.count > 1, call[0] == read, call[1] == "0x0" { return }
            Thread.sleep(forTimeInterval: 0.02)
        }
        throw TestSetupError("probe (pid \(pid)) never waited for its script on standard input")
    }

    func names(_ dir: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    }

    /// `>` and `>>` past the limit: a clear error naming the file, its hint, the old file intact, no
    /// temporary file left behind.
    func testFailedWriteKeepsThePreviousExportAndSaysWhy() throws {
        let dir = try ProbeProcess.folder(["findings.csv": "previous export\n"])
        let target = dir.appendingPathComponent("findings.csv").path
        let r = try probe(["--keep-going", "--corpus", ProjectRoot.corpus],
                          script: "export findings > \(target)\nexport findings >> \(target)\n", limit: 24 * 1024, ignoreXFSZ: true)
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertFalse(r.signalled)
        let message = "error: could not write '\(target)': cannot write '\(target)': File too large\n"
        XCTAssertTrue(r.stderr.hasPrefix("<stdin>:1:19: " + message), r.stderr)
        XCTAssertTrue(r.stderr.contains("<stdin>:2:20: " + message), r.stderr)
        XCTAssertEqual(r.stderr.components(separatedBy: "hint: the previous file, if any, is unchanged\n").count, 3, r.stderr)
        XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), "previous export\n")
        XCTAssertEqual(try names(dir), ["findings.csv"], "no temporary file is left behind")
    }

    /// The process dies inside write(), part of the new export written: the proof is the temporary file it
    /// leaves, exactly as long as the limit. The target is still the old file, for `>` and `>>`.
    func testKilledDuringTheWriteLeavesTheOldFile() throws {
        let dir = try ProbeProcess.folder([:])
        let target = dir.appendingPathComponent("out.csv")
        let full = try probe(["--corpus", ProjectRoot.corpus], script: "export findings > \(target.path)\n", limit: nil)
        XCTAssertEqual(full.status, 0, full.stderr)
        let size = try Data(contentsOf: target).count
        XCTAssertGreaterThan(size, 4096, "the export must be big enough to cut")
        let old = Data("old\n".utf8)
        for (kib, redirect) in [(1, ">"), (size / 2048, ">"), (size / 1024 - 1, ">>")] {
            try old.write(to: target)
            let r = try probe(["--corpus", ProjectRoot.corpus], script: "export findings \(redirect) \(target.path)\n",
                              limit: kib * 1024)
            XCTAssertTrue(r.signalled && r.status == SIGXFSZ, "\(kib) KiB: expected death by SIGXFSZ, got status \(r.status)")
            let left = try names(dir).filter { $0.hasPrefix(".out.csv.tmp-") }
            XCTAssertEqual(left.count, 1, "\(kib) KiB: the interrupted write's temporary file is left")
            for name in left {
                let partial = try Data(contentsOf: dir.appendingPathComponent(name))
                let expected = kib * 1024
                XCTAssertEqual(partial.count, expected, "\(kib) KiB: cut inside the write, at the limit")
                try FileManager.default.removeItem(at: dir.appendingPathComponent(name))
            }
            XCTAssertEqual(try Data(contentsOf: target), old, "\(kib) KiB \(redirect): the old file is intact")
        }
    }

    /// SIGKILL at a spread of moments while `> file` writes: the file is always the old one or the complete
    /// new one, never a mixture or a truncation (most kills land before or after the write; the test above
    /// is the one that lands inside it).
    func testKillAtAnyMomentLeavesOldOrNewFile() throws {
        let binary = try ProbeProcess.requireBinary()
        let dir = try ProbeProcess.folder([:])
        let target = dir.appendingPathComponent("out.csv").path
        let corpus = ProjectRoot.corpus
        let full = try HostileInputTests.sh("'\(binary.path)' --no-rc --corpus '\(corpus)' -c 'export findings --format csv > \(target)'")
        XCTAssertEqual(full.status, 0)
        let new = try Data(contentsOf: URL(fileURLWithPath: target))
        XCTAssertGreaterThan(new.count, 100_000)
        let old = Data("old\n".utf8)
        for delay in stride(from: 0.0, to: 0.6, by: 0.05) {
            try old.write(to: URL(fileURLWithPath: target))
            let p = Process()
            p.executableURL = binary
            p.arguments = ["--no-rc", "--corpus", corpus, "-c", "export findings --format csv > \(target)"]
            p.standardOutput = FileHandle.nullDevice; p.standardError = FileHandle.nullDevice
            try p.run()
            Thread.sleep(forTimeInterval: delay)
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            let now = try Data(contentsOf: URL(fileURLWithPath: target))
            XCTAssertTrue(now == old || now == new, "after \(delay)s: \(now.count) bytes, neither old nor new")
        }
    }
}
