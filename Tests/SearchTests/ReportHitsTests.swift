// ReportHitsTests: per-report hit positions, matched findings and words, against a brute-force scan and against `count`.
import Inspections
import XCTest
@testable import Search

final class ReportHitsTests: XCTestCase {
    let phrases: [[String]] = [["risk", "of", "harm"], ["gate"], ["staff", "and"]]

    func query(_ p: [String]) -> String { p.count == 1 ? p[0] : "\"" + p.joined(separator: " ") + "\"" }

    func testPositionsFindingsAndWordsMatchBruteForce() throws {
        for seed: UInt64 in [1, 7, 42] {
            let tiny = TinyCorpus(seed: seed)
            let search = tiny.search
            for p in phrases {
                let hits = try search.reportHits(search.parse(query(p)))
                XCTAssertEqual(hits.map(\.document), Array(tiny.reports.indices), "every report, with or without hits")
                for h in hits {
                    var offset = 0, positions: [Int] = [], findings: [Int] = []
                    for (f, ws) in tiny.words[h.document].enumerated() {
                        let found = TinyCorpus.occurrences(of: p, in: ws)
                        if !found.isEmpty { findings.append(f) }
                        positions += found.map { offset + $0 }
                        offset += ws.count
                    }
                    XCTAssertEqual(h.positions, positions, "seed \(seed) \(p) report \(h.document)")
                    XCTAssertEqual(h.findings, findings)
                    XCTAssertEqual(h.words, offset)
                    XCTAssertEqual(h.report.id, tiny.reports[h.document].id)
                }
            }
        }
    }

    /// The charts group these per report; their sums must be what `count` says for the same query.
    func testGroupSumsAgreeWithCount() throws {
        let tiny = TinyCorpus(seed: 9, reports: 15)
        let search = tiny.search
        for text in ["\"risk of harm\"", "gate section:leadership", "caseload* -owner:gamma", "staff owner:beta"] {
            let node = try search.parse(text)
            let table = try search.count(node, by: .owner)
            var hits: [String: Int] = [:], words: [String: Int] = [:]
            for h in try search.reportHits(node) {
                hits[h.report.ownerGroup!, default: 0] += h.hits
                words[h.report.ownerGroup!, default: 0] += h.words
            }
            XCTAssertEqual(Dictionary(uniqueKeysWithValues: table.rows.map { ($0.group, $0.hits) }), hits, text)
            XCTAssertEqual(Dictionary(uniqueKeysWithValues: table.rows.map { ($0.group, $0.words) }), words, text)
        }
    }

    func testFiltersAndSubsetsChooseTheReports() throws {
        let tiny = TinyCorpus(seed: 4, reports: 10)
        let search = tiny.search
        let some = [1, 3, 4]
        XCTAssertEqual(try search.reportHits(search.parse("gate"), in: some).map(\.document), some)
        let beta = try search.reportHits(search.parse("gate owner:beta"))
        XCTAssertEqual(beta.map(\.document), tiny.reports.indices.filter { tiny.reports[$0].ownerGroup == "Beta Trust" })
        XCTAssertEqual(try search.reportHits(search.parse("gate owner:beta"), in: some).map(\.document), [1, 4])
        // A section filter: offsets and words count only the allowed findings.
        for h in try search.reportHits(search.parse("gate section:leadership")) {
            let allowed = zip(tiny.reports[h.document].findings, tiny.words[h.document]).filter { $0.0.section == "Leadership" }
            XCTAssertFalse(allowed.isEmpty)
            var offset = 0, positions: [Int] = []
            for (_, ws) in allowed {
                positions += TinyCorpus.occurrences(of: ["gate"], in: ws).map { offset + $0 }
                offset += ws.count
            }
            XCTAssertEqual(h.positions, positions)
            XCTAssertEqual(h.words, offset)
            XCTAssertTrue(h.findings.allSatisfy { tiny.reports[h.document].findings[$0].section == "Leadership" })
        }
    }

    /// A report without findings counts as a write-up of its group whether a filter is in the query or not.
    func testReportsWithoutFindingsFollowTheirFilters() throws {
        let tiny = TinyCorpus(seed: 5, reports: 4)
        let empty = InspectionReport(id: "prov9-crc-2020", provider: Provider(id: "prov9", name: "Provider 9", shortName: "P9", type: .crc),
                                     type: .crc, framework: .crc2018, ownerGroup: "Gamma", published: PartialDate(year: 2020),
                                     findings: [], text: "# Nothing found\n")
        let search = SearchCorpus(reports: tiny.reports + [empty])
        XCTAssertEqual(try search.reportHits(search.parse("gate")).last?.report.id, empty.id)
        XCTAssertEqual(try search.reportHits(search.parse("gate owner:gamma")).last?.report.id, empty.id)
        XCTAssertFalse(try search.reportHits(search.parse("gate owner:alpha")).contains { $0.report.id == empty.id })
        XCTAssertFalse(try search.reportHits(search.parse("gate section:leadership")).contains { $0.report.id == empty.id })
    }
}
