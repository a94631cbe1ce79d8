// DocumentCacheTests: extractions kept by content hash; a changed file is read again; a corrupt entry is rebuilt.
import Foundation
import XCTest
@testable import Documents

final class DocumentCacheTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("probe-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    private func page(_ words: String) -> [UInt8] {
        Array("<html><body><main><h1>Report</h1><p>\(words) and more words that make this a page with main text in it, enough of them to count as the text of a real page.</p><table><tr><td>Leadership\tand\\ tabs</td><td>Good</td></tr></table></main></body></html>".utf8)
    }

    func testSecondReadComesFromTheCacheAndMatches() throws {
        let reader = DocumentReader(cache: DocumentCache(directory: folder.path))
        let first = reader.extract(path: "a.html", bytes: page("One"))
        XCTAssertFalse(first.fromCache)
        let second = reader.extract(path: "renamed.html", bytes: page("One"))
        XCTAssertTrue(second.fromCache, "the key is the content, not the name")
        XCTAssertEqual(try second.result.get(), try first.result.get())
        let changed = reader.extract(path: "a.html", bytes: page("Two"))
        XCTAssertFalse(changed.fromCache, "a changed file is read again")
        XCTAssertEqual(try changed.result.get().blocks[1].text.prefix(3), "Two")
    }

    func testCorruptEntryIsRebuiltWithAWarning() throws {
        let cache = DocumentCache(directory: folder.path)
        let reader = DocumentReader(cache: cache)
        let bytes = page("One")
        _ = reader.extract(path: "a.html", bytes: bytes)
        let entry = cache.path(for: DocumentCache.key(for: bytes, format: .html))
        var data = try Data(contentsOf: URL(fileURLWithPath: entry))
        data[data.count - 5] ^= 0x20                      // one flipped bit in the payload
        try data.write(to: URL(fileURLWithPath: entry))
        let again = reader.extract(path: "a.html", bytes: bytes)
        XCTAssertFalse(again.fromCache)
        XCTAssertEqual(again.warnings, ["cache entry \(entry) was corrupt (checksum mismatch); it is rebuilt"])
        XCTAssertTrue(reader.extract(path: "a.html", bytes: bytes).fromCache, "the rebuilt entry is used next time")
        try "garbage".write(toFile: entry, atomically: true, encoding: .utf8)
        XCTAssertEqual(reader.extract(path: "a.html", bytes: bytes).warnings, ["cache entry \(entry) was corrupt (no header); it is rebuilt"])
    }

    func testFailuresThatDependOnTheFileAreCachedToo() throws {
        let reader = DocumentReader(cache: DocumentCache(directory: folder.path))
        let empty = Array("<html><body><nav>Home</nav></body></html>".utf8)
        XCTAssertEqual(reader.extract(path: "e.html", bytes: empty).result.failure, .noMainContent)
        let again = reader.extract(path: "e.html", bytes: empty)
        XCTAssertTrue(again.fromCache)
        XCTAssertEqual(again.result.failure, .noMainContent)
    }

    func testStandardLocationFollowsXDG() {
        XCTAssertEqual(DocumentCache.standardDirectory(environment: ["XDG_CACHE_HOME": "/x/cache", "HOME": "/home/u"]),
                       "/x/cache/probe/documents")
        XCTAssertEqual(DocumentCache.standardDirectory(environment: ["HOME": "/home/u"]), "/home/u/.cache/probe/documents")
        XCTAssertEqual(DocumentCache.standardDirectory(environment: ["XDG_CACHE_HOME": "relative", "HOME": "/home/u"]),
                       "/home/u/.cache/probe/documents")
    }
}
