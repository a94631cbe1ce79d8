// DataRulesTests: list with query filters, groups by region, and providers named by what list shows when a folder
// has no providers.yaml.
import Commands
import Foundation
import XCTest

final class DataRulesTests: XCTestCase {
    static let corpus = YearRuleTests.corpus

    func rows(_ command: String, corpus: LoadedCorpus = DataRulesTests.corpus) throws -> [[String]] {
        let sink = CollectingSink()
        try Session(corpus: corpus, sink: sink).execute(command + " --format csv")
        return sink.output.split(whereSeparator: \.isNewline).dropFirst().map { Self.fields(String($0)) }
    }

    /// The fields of one CSV line (RFC 4180 quoting; no field here spans lines).
    static func fields(_ line: String) -> [String] {
        var out: [String] = [], field = "", quoted = false, previous: Character = " "
        for ch in line {
            if ch == "\"" { if quoted { quoted = false } else { quoted = true; if previous == "\"" { field.append("\"") } } }
            else if ch == "," && !quoted { out.append(field); field = "" }
            else { field.append(ch) }
            previous = ch
        }
        out.append(field)
        return out
    }

    func text(_ command: String, corpus: LoadedCorpus) throws -> String {
        let sink = CollectingSink()
        let session = Session(corpus: corpus, sink: sink)
        session.settings.width = 100
        try session.execute(command)
        return sink.output
    }

    func testListTakesQueryFiltersAndSaysHowManyMatched() throws {
        let inadequate = try rows("list reviewing:inadequate")
        XCTAssertEqual(inadequate.count, 16)
        XCTAssertTrue(try text("list reviewing:inadequate", corpus: Self.corpus).contains("16 inspections match reviewing:inadequate"))
        let pdus = try rows("list reviewing:inadequate type:pdu").map { $0[0] }
        XCTAssertFalse(pdus.isEmpty)
        XCTAssertTrue(Set(pdus).isSubset(of: inadequate.map { $0[0] }))
        XCTAssertTrue(pdus.allSatisfy { id in Self.corpus.reports.first { $0.id == id }?.type == .pdu })
        // The old forms keep working.
        XCTAssertEqual(try rows("list type nps").count, Self.corpus.reports.filter { $0.type == .nps }.count)
        XCTAssertEqual(try rows("list year 2024").count, try rows("list year:2024").count)
    }

    func testEachRegionsGroupIsItsFilter() throws {
        let grouped = try rows("count \"risk of harm\" by region")
        let regions = Set(Self.corpus.reports.compactMap(\.region))
        let unknown: Set<String> = Self.corpus.reports.contains { $0.region == nil } ? ["unknown"] : []
        XCTAssertEqual(Set(grouped.map { $0[0] }), regions.union(unknown))
        for region in regions.sorted() {
            let row = try XCTUnwrap(grouped.first { $0[0] == region })
            let filtered = try rows("count \"risk of harm\" region:\"\(region)\"")
            XCTAssertEqual(Array(row.dropFirst()), Array(filtered[0].dropFirst()), region)
        }
        let reports = try rows("export reports")
        XCTAssertEqual(reports.count, Self.corpus.reports.count, "one row per report, region among the columns")
    }

    func testAFolderWithoutARegistryIsNamedByWhatListShows() throws {
        let dir = try ProbeProcess.folder([
            "a.md": "---\nid: upland-crc-2019\nprovider: Upland CRC\ntype: CRC\npublished: 2019-06-05\n---\n# U\n\n## Findings\n- Staff were trained.\n",
            "b.md": "---\nid: marsh-pdu-2023\nprovider: marsh-pdu\ntype: PDU\n---\n# M\n\n## Findings\n- Caseloads were high.\n",
        ])
        let corpus = LoadedCorpus.load(paths: [dir.path])
        XCTAssertTrue(try text("list", corpus: corpus).contains("Upland CRC"))
        for name in ["Upland CRC", "upland-crc", "upland", "marsh-pdu", "marsh"] {
            XCTAssertTrue(try text("show \(name.contains(" ") ? "\"\(name)\"" : name)", corpus: corpus).contains("id"), name)
        }
        XCTAssertEqual(try rows("count caseloads provider:marsh", corpus: corpus)[0][1], "1")
        XCTAssertThrowsError(try text("show nowhere", corpus: corpus)) { e in
            XCTAssertEqual((e as? CommandError)?.hint, "providers include marsh, upland; list shows them all")
        }
    }
}
