// CrossCountsTests: two-way counts equal a brute-force tally over every finding's words, cell by cell and in the totals.
import Inspections
import XCTest
@testable import Search

final class CrossCountsTests: XCTestCase {
    /// The label of a finding's group, written out here rather than asked of `Grouping`.
    static func label(_ g: Grouping, _ r: InspectionReport, _ f: Finding) -> String {
        switch g {
        case .owner: r.ownerGroup!
        case .year: String(r.published!.year)
        case .section: f.section
        default: fatalError("not used here")
        }
    }

    struct Tally: Equatable { var hits = 0, findings = 0, words = 0, documents = Set<Int>() }

    func testCellsAndTotalsEqualBruteForce() throws {
        let tiny = TinyCorpus(seed: 21, reports: 18)
        let search = tiny.search
        for (rows, columns) in [(Grouping.owner, Grouping.year), (.section, .owner), (.year, .section)] {
            for phrase in [["risk", "of", "harm"], ["gate"], ["caseload"]] {
                let text = phrase.count == 1 ? phrase[0] : "\"" + phrase.joined(separator: " ") + "\""
                let table = try search.crossCount(search.parse(text), rows: rows, columns: columns)
                var cells: [String: Tally] = [:], rowTotals: [String: Tally] = [:], columnTotals: [String: Tally] = [:], all = Tally()
                for (d, r) in tiny.reports.enumerated() {
                    for (i, f) in r.findings.enumerated() {
                        let ws = tiny.words[d][i], n = TinyCorpus.occurrences(of: phrase, in: ws).count
                        let a = Self.label(rows, r, f), b = Self.label(columns, r, f)
                        for key in [a + "|" + b] { Self.add(&cells[key, default: Tally()], n, ws.count, d) }
                        Self.add(&rowTotals[a, default: Tally()], n, ws.count, d)
                        Self.add(&columnTotals[b, default: Tally()], n, ws.count, d)
                        Self.add(&all, n, ws.count, d)
                    }
                }
                let name = "\(text) by \(rows.name) by \(columns.name)"
                var seen: [String: Tally] = [:]
                for (i, rk) in table.rows.enumerated() {
                    for (j, ck) in table.columns.enumerated() {
                        guard let c = table.cells[i][j] else {
                            XCTAssertNil(cells[rk.label + "|" + ck.label], "\(name): a pair with words has a cell")
                            continue
                        }
                        let t = try XCTUnwrap(cells[rk.label + "|" + ck.label], name)
                        XCTAssertEqual([c.hits, c.findings, c.words, c.documents], [t.hits, t.findings, t.words, t.documents.count], name)
                        seen[rk.label + "|" + ck.label] = t
                    }
                }
                XCTAssertEqual(Set(seen.keys), Set(cells.keys), "\(name): every pair with words is a cell")
                XCTAssertEqual(table.rowTotals.map { [$0.hits, $0.documents, $0.words] },
                               table.rows.map { [rowTotals[$0.label]!.hits, rowTotals[$0.label]!.documents.count, rowTotals[$0.label]!.words] }, name)
                XCTAssertEqual(table.columnTotals.map { [$0.hits, $0.documents, $0.words] },
                               table.columns.map { [columnTotals[$0.label]!.hits, columnTotals[$0.label]!.documents.count, columnTotals[$0.label]!.words] }, name)
                XCTAssertEqual([table.total.hits, table.total.documents, table.total.words], [all.hits, all.documents.count, all.words], name)
                XCTAssertEqual(table.rows, table.rows.sorted(), "rows in the grouping's natural order")
                XCTAssertEqual(table.columns, table.columns.sorted(), "columns in the grouping's natural order")
            }
        }
    }

    static func add(_ t: inout Tally, _ hits: Int, _ words: Int, _ d: Int) {
        t.hits += hits; t.words += words
        if hits > 0 { t.findings += 1; t.documents.insert(d) }
    }

    /// A pair no write-up falls in has no cell, and totals agree with one-way `count`.
    func testTotalsAgreeWithOneWayCounts() throws {
        let tiny = TinyCorpus(seed: 5, reports: 9)
        let search = tiny.search
        let node = try search.parse("gate section:leadership")
        let table = try search.crossCount(node, rows: .owner, columns: .year)
        let byOwner = try search.count(node, by: .owner), byYear = try search.count(node, by: .year)
        XCTAssertEqual(Dictionary(uniqueKeysWithValues: table.rowTotals.map { ($0.group, [$0.hits, $0.documents, $0.words]) }),
                       Dictionary(uniqueKeysWithValues: byOwner.rows.map { ($0.group, [$0.hits, $0.documents, $0.words]) }))
        XCTAssertEqual(Dictionary(uniqueKeysWithValues: table.columnTotals.map { ($0.group, [$0.hits, $0.documents, $0.words]) }),
                       Dictionary(uniqueKeysWithValues: byYear.rows.map { ($0.group, [$0.hits, $0.documents, $0.words]) }))
        XCTAssertEqual(table.total, byOwner.total)
        XCTAssertEqual(table.baseDocuments, byOwner.baseDocuments)
    }
}
