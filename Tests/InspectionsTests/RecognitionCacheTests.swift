// RecognitionCacheTests: a second load of a document takes its recognised report from the cache (no extraction,
// no recognition), gives the same report, and rebuilds a corrupt entry with a warning.
import Foundation
import XCTest
import TestSupport
import Documents
@testable import Inspections

final class RecognitionCacheTests: XCTestCase {
    private func load(_ corpus: TempCorpus, cache: TempCorpus) -> (LoadResult, extracted: Int) {
        var loader = CorpusLoader(registry: ProjectPaths.registry)
        loader.documents = DocumentReader(cache: DocumentCache(directory: cache.path))
        let extracted = Locked(0)
        loader.progress = { p in extracted.withLock { $0 = max($0, p.documentsExtracted) } }
        let result = loader.load(paths: [corpus.path])
        return (result, extracted.withLock { $0 })
    }

    private func entries(_ cache: TempCorpus, reports: Bool) throws -> [String] {
        let all = try XCTUnwrap(FileManager.default.subpathsOfDirectory(atPath: cache.path)).filter { $0.hasSuffix(".v1") }
        return all.filter { $0.contains("-report-") == reports }.map { cache.path + "/" + $0 }
    }

    private func summary(_ r: LoadResult) -> [String] {
        r.reports.map { r in
            [r.id, r.provider.id, r.published?.description ?? "-", r.overall?.label ?? "-"].joined(separator: " ")
                + " " + r.ratings.map { "\($0.standard.key)=\($0.rating.label)" }.joined(separator: ",")
                + " " + r.inferred.map { "\($0.field)@\($0.source?.description ?? "-")" }.joined(separator: ",")
                + " findings \(r.findings.count)"
        }
    }

    func testSecondLoadSkipsExtractionAndRecognitionAndGivesTheSameReports() throws {
        let corpus = try TempCorpus(), cache = try TempCorpus()
        _ = try LabelledSetTests.materialise(into: corpus.url)
        let (first, extractedFirst) = load(corpus, cache: cache)
        XCTAssertGreaterThan(extractedFirst, 20)
        // With the extracted text gone, only the recognised reports can spare the second load any extraction.
        for file in try entries(cache, reports: false) { try FileManager.default.removeItem(atPath: file) }
        XCTAssertGreaterThanOrEqual(try entries(cache, reports: true).count, 40)
        let (second, extractedSecond) = load(corpus, cache: cache)
        XCTAssertEqual(extractedSecond, 0)
        XCTAssertEqual(summary(second), summary(first))
        XCTAssertEqual(second.diagnostics.map(\.rendered), first.diagnostics.map(\.rendered))
    }

    func testCorruptEntryIsRebuiltWithAWarning() throws {
        let corpus = try TempCorpus(), cache = try TempCorpus()
        try FileManager.default.copyItem(atPath: LabelledSetTests.folder + "/press-staffs.txt", toPath: corpus.path + "/press-staffs.txt")
        let (first, _) = load(corpus, cache: cache)
        let entry = try XCTUnwrap(try entries(cache, reports: true).first)
        var bytes = try XCTUnwrap(FileManager.default.contents(atPath: entry))
        bytes[bytes.count - 3] ^= 0x20
        try bytes.write(to: URL(fileURLWithPath: entry))
        let (second, _) = load(corpus, cache: cache)
        XCTAssertEqual(summary(second), summary(first))
        XCTAssertTrue(second.diagnostics.contains { $0.severity == .warning && $0.message.hasSuffix("was corrupt (checksum mismatch); it is rebuilt") },
                      second.diagnostics.map(\.rendered).joined(separator: "\n"))
        let (third, _) = load(corpus, cache: cache)
        XCTAssertEqual(third.diagnostics.map(\.rendered), first.diagnostics.map(\.rendered))
    }
}
