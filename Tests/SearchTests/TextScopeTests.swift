// TextScopeTests: queries search findings by default; scope:notes and scope:all reach our notes; rates use findings.
import Foundation
import Inspections
import QueryLanguage
import Search
import XCTest

final class TextScopeTests: XCTestCase {
    /// Two write-ups whose notes mention "caseload" too, so a count that read notes would be higher.
    static let corpus: SearchCorpus = {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("probe-scope-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        func write(_ name: String, _ text: String) { try? text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        write("a.md", "---\nid: a-crc-2019\nprovider: A CRC\ntype: CRC\npublished: 2019-03-01\n---\n# A\n\n"
              + "Our summary: caseload pressure everywhere.\n\n## Case supervision\n- One caseload was too high.\n"
              + "- Staff were trained.\n\n## Notes\n- Caseload figures are national, not this inspection's.\n")
        write("b.md", "---\nid: b-crc-2020\nprovider: B CRC\ntype: CRC\npublished: 2020-03-01\n---\n# B\n\n"
              + "Summary without the word.\n\n## Leadership\n- Leaders knew each caseload.\n")
        let result = CorpusLoader.load(paths: [dir.path])
        return SearchCorpus(reports: result.reports)
    }()

    func count(_ q: String, by grouping: Grouping? = nil) throws -> CountTable {
        try Self.corpus.count(try Self.corpus.parse(q), by: grouping)
    }

    func testKindsAreKeptPerSegment() {
        let kinds = Self.corpus.kinds
        XCTAssertEqual(kinds.segmentCount, 6)
        XCTAssertEqual(kinds.noteCount, 3)
        XCTAssertEqual(Self.corpus.segments(scope: .findings).count, 3)
        XCTAssertEqual(Self.corpus.segments(scope: .notes).count, 3)
        XCTAssertEqual(Self.corpus.segments(scope: .all).count, 6)
    }

    func testFindingsByDefaultNotesAndAllOnRequest() throws {
        XCTAssertEqual(try count("caseload").total.hits, 2)
        XCTAssertEqual(try count("caseload scope:notes").total.hits, 2)
        XCTAssertEqual(try count("caseload scope:all").total.hits, 4)
        XCTAssertEqual(try count("caseload scope:findings").total.hits, 2)
        let page = try Self.corpus.findPage(try Self.corpus.parse("caseload scope:notes"), limit: 10)
        let citations = page.hits.map { Self.corpus.reports[$0.report].findings[$0.finding].citation }
        XCTAssertEqual(Set(citations), ["a-crc-2019#notes-1", "a-crc-2019#summary-1"])
    }

    func testTheRateIsTakenOverFindingsOnly() throws {
        let t = try count("caseload")
        let findingWords = Self.corpus.segments(scope: .findings).reduce(0) { $0 + Self.corpus.index.tokenRange(ofSegment: $1).count }
        XCTAssertEqual(t.total.words, findingWords)
        XCTAssertEqual(t.total.words, Self.corpus.findingWords(ofReport: 0) + Self.corpus.findingWords(ofReport: 1))
        let all = try count("caseload scope:all")
        XCTAssertGreaterThan(all.total.words, t.total.words)
        let hits = try Self.corpus.reportHits(try Self.corpus.parse("caseload"))
        XCTAssertEqual(hits.map(\.words), [Self.corpus.findingWords(ofReport: 0), Self.corpus.findingWords(ofReport: 1)])
        XCTAssertEqual(hits.map(\.hits), [1, 1])
    }

    /// What a count's summary names as the words a rate is taken over.
    func testTheBaseOfARateIsNamed() throws {
        func base(_ q: String) throws -> TextScope? { TextScope.base(of: try QueryParser.parse(q)) }
        XCTAssertEqual(try base("caseload"), .findings)
        XCTAssertEqual(try base("caseload scope:notes"), .notes)
        XCTAssertEqual(try base("scope:all caseload year:2019"), .all)
        XCTAssertNil(try base("caseload OR scope:notes"))
        XCTAssertNil(try base("caseload -scope:notes"))
        XCTAssertNil(try base("caseload scope:notes scope:all"))
        XCTAssertEqual([TextScope.words(.notes), TextScope.words(nil), TextScope.unit(.all)],
                       ["words of notes", "words searched", "passage"])
    }

    func testAnUnknownScopeIsAnErrorAtItsValue() {
        XCTAssertThrowsError(try count("caseload scope:everything")) { e in
            let error = e as! QueryError
            XCTAssertEqual(error.message, "no scope 'everything'")
            XCTAssertEqual(error.range, 15..<25)
        }
    }
}
