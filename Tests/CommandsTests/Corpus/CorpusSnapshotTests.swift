// CorpusSnapshotTests: a second load maps the index snapshot and answers as a fresh build; any change to the
// files, and any damage to the snapshot, is one warning and a rebuild.
@testable import Commands
import Foundation
import Inspections
import XCTest

final class CorpusSnapshotTests: XCTestCase {
    var root: URL!
    var corpus: String { root.appendingPathComponent("corpus").path }
    var cache: String { root.appendingPathComponent("cache/probe").path }
    var snapshot: String { CorpusSnapshot.path(in: cache, for: [corpus]) }

    /// Queries of every kind the index answers: terms, phrases, prefixes, AND, NEAR, groups, pages, word lists.
    static let queries = ["count \"risk of harm\" by year", "find \"risk of harm\"", "kwic caseload*", "count desistance AND caseload*",
                          "count \"case manag*\" NEAR/5 risk", "freq", "list"]

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("probe-snapshot-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Golden.repositoryRoot.appendingPathComponent("Corpus"),
                                         to: root.appendingPathComponent("corpus"))
    }

    override func tearDownWithError() throws { try FileManager.default.removeItem(at: root) }

    func load(_ directory: String? = nil) -> LoadedCorpus { LoadedCorpus.load(paths: [corpus], snapshotDirectory: directory ?? cache) }

    /// What every query prints, as CSV.
    func answers(_ loaded: LoadedCorpus) throws -> String {
        let sink = CollectingSink()
        let session = Session(corpus: loaded, sink: sink)
        for q in Self.queries { try session.execute(q + " --format csv") }
        return sink.output
    }

    /// The same answers as a load that never saw a snapshot.
    func assertAnswersEqualFreshBuild(_ loaded: LoadedCorpus, file: StaticString = #filePath, line: UInt = #line) throws {
        let fresh = LoadedCorpus.load(paths: [corpus])
        XCTAssertEqual(fresh.snapshot, .off)
        XCTAssertEqual(try answers(loaded), try answers(fresh), file: file, line: line)
    }

    func warning(_ loaded: LoadedCorpus) -> String? { loaded.snapshotWarning?.rendered }

    func testSecondLoadMapsTheSnapshotAndAnswersAsAFreshBuild() throws {
        let first = load()
        XCTAssertEqual(first.snapshot, .built)
        XCTAssertNil(warning(first))
        XCTAssertTrue(FileManager.default.fileExists(atPath: snapshot))
        let second = load()
        XCTAssertEqual(second.snapshot, .mapped)
        XCTAssertNil(warning(second))
        XCTAssertFalse(try answers(second).isEmpty)
        try assertAnswersEqualFreshBuild(second)
    }

    func testSnapshotNameComesFromTheResolvedFolder() {
        XCTAssertEqual(CorpusSnapshot.path(in: cache, for: [corpus]), CorpusSnapshot.path(in: cache, for: [corpus + "/"]))
        XCTAssertNotEqual(CorpusSnapshot.path(in: cache, for: [corpus]), CorpusSnapshot.path(in: cache, for: [corpus + "/pdu"]))
        XCTAssertTrue(snapshot.hasPrefix(cache + "/index-") && snapshot.hasSuffix(".snapshot"), snapshot)
    }

    static let stale = "warning: index snapshot made from other files (one was added, removed or changed); rebuilt"

    /// After `change`, the next load warns that the snapshot is stale, rebuilds, answers as a fresh build,
    /// and the load after that maps the new snapshot.
    func assertStaleAfter(_ change: () throws -> Void, file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(load().snapshot, .built, file: file, line: line)
        try change()
        let rebuilt = load()
        XCTAssertEqual(rebuilt.snapshot, .built, file: file, line: line)
        XCTAssertEqual(warning(rebuilt), snapshot + ": " + Self.stale, file: file, line: line)
        try assertAnswersEqualFreshBuild(rebuilt, file: file, line: line)
        let again = load()
        XCTAssertEqual(again.snapshot, .mapped, file: file, line: line)
        XCTAssertNil(warning(again), file: file, line: line)
    }

    var someWriteUp: String { corpus + "/pdu/barnsley-rotherham-pdu-2024.md" }

    func testChangedFileMakesTheSnapshotStale() throws {
        try assertStaleAfter {
            // The last paragraph dropped: other content, other size, a later time.
            let text = try String(contentsOfFile: someWriteUp, encoding: .utf8)
            let paragraphs = text.components(separatedBy: "\n\n")
            try paragraphs.dropLast().joined(separator: "\n\n").write(toFile: someWriteUp, atomically: false, encoding: .utf8)
            try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(60)], ofItemAtPath: someWriteUp)
        }
    }

    func testTouchedFileOfTheSameSizeMakesTheSnapshotStale() throws {
        try assertStaleAfter {
            try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(120)], ofItemAtPath: someWriteUp)
        }
    }

    func testAddedFileMakesTheSnapshotStale() throws {
        let aside = root.appendingPathComponent("aside.md").path
        try FileManager.default.moveItem(atPath: someWriteUp, toPath: aside)
        try assertStaleAfter { try FileManager.default.moveItem(atPath: aside, toPath: someWriteUp) }
    }

    func testRemovedFileMakesTheSnapshotStale() throws {
        try assertStaleAfter { try FileManager.default.removeItem(atPath: someWriteUp) }
    }

    /// Damages the snapshot a first load wrote; the next load warns with `expected`, rebuilds, answers as a
    /// fresh build and writes a snapshot the load after maps.
    func assertRefused(_ damage: (inout [UInt8]) -> Void, _ expected: String, file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(load().snapshot, .built, file: file, line: line)
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: snapshot)))
        damage(&bytes)
        try Data(bytes).write(to: URL(fileURLWithPath: snapshot))
        let rebuilt = load()
        XCTAssertEqual(rebuilt.snapshot, .built, file: file, line: line)
        XCTAssertEqual(warning(rebuilt), snapshot + ": warning: " + expected, file: file, line: line)
        try assertAnswersEqualFreshBuild(rebuilt, file: file, line: line)
        XCTAssertEqual(load().snapshot, .mapped, file: file, line: line)
    }

    func testTruncatedSnapshotIsRefused() throws {
        // The length a whole snapshot of this corpus has, from a load of a copy of it.
        let whole = LoadedCorpus.load(paths: [corpus], snapshotDirectory: root.appendingPathComponent("other").path)
        XCTAssertEqual(whole.snapshot, .built)
        let length = try XCTUnwrap(FileManager.default.attributesOfItem(
            atPath: CorpusSnapshot.path(in: root.appendingPathComponent("other").path, for: [corpus]))[.size] as? Int)
        XCTAssertGreaterThan(length, 100_000)
        try assertRefused({ $0.removeLast($0.count - 1000) }, "index snapshot truncated (1000 of \(length) bytes); rebuilt")
    }

    func testFlippedBitInThePostingsIsRefused() throws {
        // The first section (the postings' doc blocks) starts at byte 704: header, 19-entry table, checksum, aligned to 64.
        try assertRefused({ $0[705] ^= 0x10 }, "index snapshot damaged (checksum of the doc blocks does not match); rebuilt")
    }

    func testFlippedBitInTheHeaderIsRefused() throws {
        try assertRefused({ $0[40] ^= 0x01 }, "index snapshot damaged (checksum of the header does not match); rebuilt")
    }

    func testForeignFileIsRefused() throws {
        try assertRefused({ $0 = Array("just some text in the cache folder\n".utf8) }, "not a probe index snapshot; rebuilt")
    }

    func testSnapshotOfAnotherFormatVersionIsRefused() throws {
        try assertRefused({ $0[8] = 99; $0[9] = 0; $0[10] = 0; $0[11] = 0 },
                          "index snapshot of format version 99, this probe reads version 1; rebuilt")
    }

    func testReasonsNoFileHereCanGiveAreWordedToo() {
        XCTAssertEqual(CorpusSnapshot.refused("/c/s", .malformed("term offsets")).rendered,
                       "/c/s: warning: index snapshot damaged (inconsistent term offsets); rebuilt")
        XCTAssertEqual(CorpusSnapshot.refused("/c/s", .unreadable(errno: EACCES)).rendered,
                       "/c/s: warning: index snapshot cannot be read (permission denied); rebuilt")
    }

    func testUnwritableCacheFolderIsAWarningOnly() throws {
        // A file where the cache folder should be: nothing can be created under it.
        let blocked = root.appendingPathComponent("blocked").path
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: blocked))
        let directory = blocked + "/probe"
        let loaded = load(directory)
        XCTAssertEqual(loaded.snapshot, .built)
        XCTAssertEqual(warning(loaded), CorpusSnapshot.path(in: directory, for: [corpus])
                       + ": warning: index snapshot not saved (not a directory); the next load builds the index again")
        XCTAssertFalse(loaded.reports.isEmpty)
        try assertAnswersEqualFreshBuild(loaded)
    }

    func testNoSnapshotFolderNeitherReadsNorWrites() throws {
        let loaded = LoadedCorpus.load(paths: [corpus])
        XCTAssertEqual(loaded.snapshot, .off)
        XCTAssertFalse(FileManager.default.fileExists(atPath: cache))
    }

    func testTwoLoadersAtOnceBothSucceedAndLeaveOneValidSnapshot() throws {
        let results = Locked<[LoadedCorpus]>([])
        let corpus = self.corpus, cache = self.cache
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            let loaded = LoadedCorpus.load(paths: [corpus], snapshotDirectory: cache)
            results.withLock { $0.append(loaded) }
        }
        let both = results.withLock { $0 }
        XCTAssertEqual(both.count, 2)
        for loaded in both {
            XCTAssertNil(warning(loaded))
            try assertAnswersEqualFreshBuild(loaded)
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: cache)
        XCTAssertEqual(left, [(snapshot as NSString).lastPathComponent], "one snapshot and no temporary file")
        XCTAssertEqual(load().snapshot, .mapped)
    }
}
