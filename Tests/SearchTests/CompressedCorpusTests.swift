// CompressedCorpusTests: a corpus whose text is kept compressed answers exactly as one keeping every String.
import Foundation
import Inspections
import PhraseIndex
import QueryLanguage
import Search
import TestSupport
import XCTest

final class CompressedCorpusTests: XCTestCase {
    static let queries = ["risk of harm", "case managers", "the", "caf*", "café", "provider’s", "\"through the gate\"",
                          "risk NEAR/3 harm", "staff OR leaders", "well-led", "2019"]

    /// Finding texts, the index's document texts and tokens, and concordance lines (words and characters of
    /// context, three orders) of `plain` and of the same reports stored at each block size.
    func assertSameAnswers(_ reports: [InspectionReport], blockSizes: [Int], file: StaticString = #filePath, line: UInt = #line) throws {
        let plain = SearchCorpus(reports: reports, textBlockSize: nil)
        XCTAssertFalse(plain.reports.contains(where: \.isTextStored), file: file, line: line)
        for size in blockSizes {
            let stored = SearchCorpus(reports: reports, textBlockSize: size)
            XCTAssertTrue(stored.reports.allSatisfy(\.isTextStored), file: file, line: line)
            var findings = 0
            for (d, r) in plain.reports.enumerated() {
                XCTAssertEqual(stored.reports[d].text, r.text, "report \(r.id), block size \(size)", file: file, line: line)
                XCTAssertEqual(stored.index.text(ofDocument: d), plain.index.text(ofDocument: d), file: file, line: line)
                for f in r.findings {
                    XCTAssertEqual(stored.reports[d].text(of: f), r.text(of: f), "\(f.citation), block size \(size)", file: file, line: line)
                    findings += 1
                }
            }
            XCTAssertGreaterThan(findings, 0, file: file, line: line)
            for s in 0..<plain.index.segmentCount {
                XCTAssertEqual(stored.index.tokens(ofSegment: s), plain.index.tokens(ofSegment: s), file: file, line: line)
            }
            var lines = 0
            for q in Self.queries {
                let query = try plain.parse(q)
                for context in [ConcordanceContext.words(8), .characters(40)] {
                    for order in [ConcordanceOrder.position, .left(1), .right(2)] {
                        let a = try plain.concordance(query, context: context, order: order)
                        XCTAssertEqual(try stored.concordance(query, context: context, order: order), a,
                                       "\(q), block size \(size)", file: file, line: line)
                        lines += a.count
                    }
                }
            }
            XCTAssertGreaterThan(lines, 0, file: file, line: line)
        }
    }

    func testBundledCorpus() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let result = CorpusLoader.load(paths: [root.appendingPathComponent("Corpus").path])
        XCTAssertGreaterThan(result.reports.count, 100)
        try assertSameAnswers(result.reports, blockSizes: [CompressedText.defaultBlockSize, 4096])
    }

    /// RandomCorpus documents as write-ups whose segments are findings: words with accents and curly
    /// apostrophes cut by small blocks.
    func testRandomCorpus() throws {
        let provider = Provider(id: "p", name: "P", shortName: "P", type: .crc)
        let reports = RandomCorpus.documents(count: 60, seed: 7).enumerated().map { d, doc in
            InspectionReport(id: "r\(d)", provider: provider, type: .crc, framework: .crc2018,
                             findings: doc.segments.enumerated().map { i, range in
                                 Finding(reportID: "r\(d)", section: "S", sectionSlug: "s", ordinal: i + 1, kind: .bullet, range: range, line: i + 1)
                             }, text: doc.text)
        }
        try assertSameAnswers(reports, blockSizes: [61, 4096])
    }
}
