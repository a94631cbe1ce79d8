// IndexSnapshotTests: a mapped snapshot equals a fresh build; damaged, old, stale and foreign files are refused.
import Foundation
import TestSupport
import XCTest
@testable import PhraseIndex

final class IndexSnapshotTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("probe-snapshot-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    private static let docs = PostingCursorTests.skewedDocuments(count: 700, seed: 31)
    private static let built = InvertedIndex(documents: docs, options: .init(threads: 2, chunkBytes: 20_000))

    /// Every term's documents and positions, the vocabulary, the layout and the statistics.
    private func assertSameIndex(_ a: InvertedIndex, _ b: InvertedIndex, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(a.termCount, b.termCount, file: file, line: line)
        XCTAssertEqual(a.layout, b.layout, file: file, line: line)
        XCTAssertEqual(a.totalTokens, b.totalTokens, file: file, line: line)
        XCTAssertEqual(a.storageBreakdown.map(\.bytes), b.storageBreakdown.map(\.bytes), file: file, line: line)
        for t in 0..<a.termCount {
            XCTAssertEqual(a.term(t), b.term(t), file: file, line: line)
            XCTAssertEqual(b.termID(a.term(t)), t, file: file, line: line)
            XCTAssertEqual(a.collectionFrequency(t), b.collectionFrequency(t), file: file, line: line)
            var x = a.postings(t), y = b.postings(t)
            while x.next() {
                XCTAssertTrue(y.next(), file: file, line: line)
                XCTAssertEqual(x.document, y.document, file: file, line: line)
                XCTAssertEqual(x.positions, y.positions, file: file, line: line)
            }
            XCTAssertFalse(y.next(), file: file, line: line)
        }
        XCTAssertNil(b.termID("absent"), file: file, line: line)
    }

    private func reason(_ path: String, key: UInt64 = 42, texts: [String] = docs.map(\.text)) -> IndexSnapshotError.Reason? {
        do { _ = try IndexSnapshot.read(path, key: key, texts: texts); return nil } catch { return error.reason }
    }

    func testRoundTripEqualsAFreshBuild() throws {
        let file = path("index.snapshot")
        try IndexSnapshot.write(Self.built, to: file, key: 42)
        let mapped = try IndexSnapshot.read(file, key: 42, texts: Self.docs.map(\.text))
        assertSameIndex(Self.built, mapped)
        // Phrases and prefix ranges work on the mapped index as on the built one.
        let phrase = ["w0", "w1"].map { Self.built.termID($0)! }
        var m1 = PhraseMatcher(index: Self.built, terms: phrase), m2 = PhraseMatcher(index: mapped, terms: phrase)
        while let d = m1.next() {
            XCTAssertEqual(m2.next(), d)
            XCTAssertEqual(m1.startPositions(), m2.startPositions())
        }
        XCTAssertNil(m2.next())
        XCTAssertEqual(mapped.termIDs(withPrefix: "w1"), Self.built.termIDs(withPrefix: "w1"))
        // Written again from the mapping, the file is byte for byte the same; no temporary file is left.
        try IndexSnapshot.write(mapped, to: path("again.snapshot"), key: 42)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: file)), try Data(contentsOf: URL(fileURLWithPath: path("again.snapshot"))))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(), ["again.snapshot", "index.snapshot"])
    }

    func testEmptyIndexRoundTrips() throws {
        let empty = InvertedIndex(documents: [SourceDocument(text: "", segments: [])])
        try IndexSnapshot.write(empty, to: path("empty"), key: 1)
        let mapped = try IndexSnapshot.read(path("empty"), key: 1, texts: [""])
        assertSameIndex(empty, mapped)
    }

    func testTruncationAtAnyOffsetIsRefused() throws {
        let file = path("index.snapshot")
        try IndexSnapshot.write(Self.built, to: file, key: 42)
        let whole = try Data(contentsOf: URL(fileURLWithPath: file))
        var offsets = Array(0..<200) + Array(stride(from: 200, to: whole.count, by: 997)) + [whole.count - 1]
        offsets = offsets.filter { $0 < whole.count }
        for n in offsets {
            try whole.prefix(n).write(to: URL(fileURLWithPath: path("cut")))
            let r = reason(path("cut"))
            guard case .truncated(let bytes, let expected)? = r else { XCTFail("cut at \(n): \(String(describing: r))"); continue }
            XCTAssertEqual(bytes, n)
            XCTAssertGreaterThan(expected, n)
        }
    }

    func testAFlippedByteAnywhereIsRefused() throws {
        let file = path("index.snapshot")
        try IndexSnapshot.write(Self.built, to: file, key: 42)
        let whole = try Data(contentsOf: URL(fileURLWithPath: file))
        var rng = SplitMix64(seed: 3)
        let offsets = Array(0..<IndexSnapshotFormat.firstSection) + (0..<300).map { _ in Int.random(in: 0..<whole.count, using: &rng) }
        for at in offsets {
            var bad = whole
            bad[at] ^= UInt8(1) << UInt8(at % 8)
            try bad.write(to: URL(fileURLWithPath: path("bad")))
            // Padding between sections is not read, so a flip there is harmless; anywhere else it is refused.
            let r = reason(path("bad"))
            if r == nil { XCTAssertTrue(isPadding(at, in: whole), "flip at \(at) accepted") }
        }
        var header = whole
        header[IndexSnapshotFormat.tableEnd + 3] ^= 0x10
        try header.write(to: URL(fileURLWithPath: path("bad")))
        XCTAssertEqual(reason(path("bad")), .corrupt(part: "header"))
        var body = whole
        body[IndexSnapshotFormat.firstSection] ^= 0x01
        try body.write(to: URL(fileURLWithPath: path("bad")))
        XCTAssertEqual(reason(path("bad")), .corrupt(part: "doc blocks"))
    }

    /// Whether byte `at` of a snapshot lies in no section and not in the header.
    private func isPadding(_ at: Int, in file: Data) -> Bool {
        guard at >= IndexSnapshotFormat.tableEnd + 8 else { return false }
        for k in 0..<SnapshotSection.allCases.count {
            let e = IndexSnapshotFormat.headerBytes + k * IndexSnapshotFormat.tableEntryBytes
            let offset = file.withUnsafeBytes { Int($0.loadUnaligned(fromByteOffset: e + 8, as: UInt64.self)) }
            let length = file.withUnsafeBytes { Int($0.loadUnaligned(fromByteOffset: e + 16, as: UInt64.self)) }
            if (offset..<(offset + length)).contains(at) { return false }
        }
        return true
    }

    func testOtherVersionsStaleKeysAndForeignFilesAreRefused() throws {
        let file = path("index.snapshot")
        try IndexSnapshot.write(Self.built, to: file, key: 42)
        var old = try Data(contentsOf: URL(fileURLWithPath: file))
        old[8] = 0; old[9] = 0  // version 0
        try old.write(to: URL(fileURLWithPath: path("old")))
        XCTAssertEqual(reason(path("old")), .version(found: 0))
        XCTAssertEqual(reason(file, key: 43), .stale)
        XCTAssertEqual(reason(file, texts: Array(Self.docs.map(\.text).dropLast())), .stale)
        try Data("# A report\n\nSome text that is not an index at all.\n".utf8).write(to: URL(fileURLWithPath: path("notes.md")))
        XCTAssertEqual(reason(path("notes.md")), .foreign)
        XCTAssertEqual(reason(path("missing")), .unreadable(errno: 2))
        XCTAssertEqual(reason(folder.path), .malformed("file type"))
    }

    func testErrorsSayWhereAndWhy() {
        let e = IndexSnapshotError(path: "/c/x.snapshot", reason: .truncated(bytes: 10, expected: 2048))
        XCTAssertEqual(e.description, "/c/x.snapshot: truncated (10 of 2048 bytes)")
        XCTAssertEqual(IndexSnapshotError(path: "p", reason: .version(found: 7)).description,
                       "p: format version 7, this probe reads version \(IndexSnapshotFormat.version)")
        XCTAssertEqual(IndexSnapshotError(path: "p", reason: .stale).description, "p: made from other files than the ones loaded")
        XCTAssertEqual(IndexSnapshotError(path: "p", reason: .corrupt(part: "skips")).description, "p: checksum of the skips does not match")
        XCTAssertEqual(IndexSnapshotError(path: "p", reason: .foreign).description, "p: not a probe index snapshot")
        XCTAssertTrue(e.hint.contains("rebuilt"))
    }

    func testOpenRebuildsWithOneWarningAndRewritesTheFile() throws {
        let file = path("index.snapshot")
        let first = IndexSnapshot.open(file, key: 7, documents: Self.docs)
        XCTAssertNil(first.warning, "a missing snapshot is not worth a warning")
        assertSameIndex(Self.built, first.index)
        let second = IndexSnapshot.open(file, key: 7, documents: Self.docs)
        XCTAssertNil(second.warning)
        assertSameIndex(Self.built, second.index)
        // A changed file set: the key differs, so the snapshot is rebuilt and rewritten for the new key.
        let third = IndexSnapshot.open(file, key: 8, documents: Self.docs)
        XCTAssertEqual(third.warning, "index snapshot ignored, rebuilt: \(file): made from other files than the ones loaded")
        XCTAssertEqual(third.warning?.contains("\n"), false)
        XCTAssertNil(IndexSnapshot.open(file, key: 8, documents: Self.docs).warning)
    }

    func testReplacingASnapshotLeavesAnOpenMappingIntact() throws {
        let file = path("index.snapshot")
        try IndexSnapshot.write(Self.built, to: file, key: 1)
        let mapped = try IndexSnapshot.read(file, key: 1, texts: Self.docs.map(\.text))
        let other = InvertedIndex(documents: Array(Self.docs.prefix(50)))
        try IndexSnapshot.write(other, to: file, key: 2)
        assertSameIndex(Self.built, mapped)
        assertSameIndex(other, try IndexSnapshot.read(file, key: 2, texts: Self.docs.prefix(50).map(\.text)))
    }

    func testKeyChangesWithAnyFileAttribute() {
        let files: [(path: String, size: Int, modified: Int64)] = [("a.md", 10, 100), ("b.md", 20, 200)]
        let key = IndexSnapshot.key(files: files)
        XCTAssertEqual(key, IndexSnapshot.key(files: files))
        XCTAssertNotEqual(key, IndexSnapshot.key(files: [("a.md", 11, 100), ("b.md", 20, 200)]))
        XCTAssertNotEqual(key, IndexSnapshot.key(files: [("a.md", 10, 101), ("b.md", 20, 200)]))
        XCTAssertNotEqual(key, IndexSnapshot.key(files: [("a.md", 10, 100)]))
        XCTAssertNotEqual(key, IndexSnapshot.key(files: [("a.md", 10, 100), ("c.md", 20, 200)]))
    }
}
