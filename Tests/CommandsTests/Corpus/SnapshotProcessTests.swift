// SnapshotProcessTests: the probe binary keeps its index snapshot in $XDG_CACHE_HOME/probe, says on standard
// error when one is refused, and `--no-snapshot` / `set snapshot off` leave the cache folder alone.
@testable import Commands
import Foundation
import Inspections
import XCTest

final class SnapshotProcessTests: XCTestCase {
    var root: URL!
    var corpus: String { root.appendingPathComponent("corpus").path }
    var environment: [String: String] { ["XDG_CACHE_HOME": root.appendingPathComponent("cache").path] }
    var cache: String { root.appendingPathComponent("cache/probe").path }
    var snapshot: String { CorpusSnapshot.path(in: cache, for: [corpus]) }

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("probe-snapshot-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Golden.repositoryRoot.appendingPathComponent("Corpus"),
                                         to: root.appendingPathComponent("corpus"))
    }

    override func tearDownWithError() throws { try FileManager.default.removeItem(at: root) }

    func probe(_ arguments: [String]) throws -> ProbeRun {
        try ProbeProcess.run(["--corpus", corpus] + arguments, environment: environment)
    }

    func testStartWritesThenMapsAndARefusedSnapshotIsOneLineOnStandardError() throws {
        let cold = try probe(["-c", "count \"risk of harm\""])
        XCTAssertEqual(cold.status, 0, cold.stderr)
        XCTAssertEqual(cold.stderr, "")
        XCTAssertTrue(FileManager.default.fileExists(atPath: snapshot))
        let warm = try probe(["-c", "count \"risk of harm\""])
        XCTAssertEqual(warm.stdout, cold.stdout)
        XCTAssertEqual(warm.stderr, "")
        try FileHandle(forWritingTo: URL(fileURLWithPath: snapshot)).truncate(atOffset: 100)
        let refused = try probe(["-c", "count \"risk of harm\""])
        XCTAssertEqual(refused.stdout, cold.stdout)
        XCTAssertEqual(refused.stderr, snapshot + ": warning: index snapshot truncated (100 of 680 bytes); rebuilt\n")
    }

    func testNoSnapshotNeitherReadsNorWrites() throws {
        let off = try probe(["--no-snapshot", "-c", "count risk"])
        XCTAssertEqual(off.status, 0, off.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: cache))
        // A damaged snapshot is not even looked at: no warning, and it is left as it was.
        try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
        try Data("damaged".utf8).write(to: URL(fileURLWithPath: snapshot))
        let again = try probe(["--no-snapshot", "-c", "count risk", "-c", "reload"])
        XCTAssertEqual(again.stderr, "")
        XCTAssertEqual(again.stdout.components(separatedBy: "\n").first, off.stdout.components(separatedBy: "\n").first)
        XCTAssertEqual(try String(contentsOfFile: snapshot, encoding: .utf8), "damaged")
    }

    func testSetSnapshotTurnsItOffAndOnForReloads() throws {
        let off = try probe(["--no-snapshot", "-c", "reload", "-c", "set snapshot off", "-c", "reload"])
        XCTAssertEqual(off.status, 0, off.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: cache))
        let on = try probe(["--no-snapshot", "-c", "set snapshot on", "-c", "reload"])
        XCTAssertEqual(on.status, 0, on.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: snapshot), "the reload after set snapshot on writes one")
        let later = try probe(["-c", "set snapshot off", "-c", "reload"])
        XCTAssertEqual(later.stderr, "")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: cache), [(snapshot as NSString).lastPathComponent])
    }

    func testTwoProbesStartingOnOneFolderAtOnceBothSucceed() throws {
        let runs = Locked<[ProbeRun]>([])
        let corpus = self.corpus, environment = self.environment
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            if let run = try? ProbeProcess.run(["--corpus", corpus, "-c", "count \"risk of harm\""], environment: environment) {
                runs.withLock { $0.append(run) }
            }
        }
        let both = runs.withLock { $0 }
        XCTAssertEqual(both.count, 2)
        XCTAssertEqual(both.map(\.status), [0, 0])
        XCTAssertEqual(both.map(\.stderr), ["", ""])
        XCTAssertEqual(both[0].stdout, both[1].stdout)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: cache), [(snapshot as NSString).lastPathComponent])
        let after = try probe(["-c", "count \"risk of harm\""])
        XCTAssertEqual(after.stderr, "", "the snapshot left behind is whole")
        XCTAssertEqual(after.stdout, both[0].stdout)
    }
}
