// SearchResultsTests: find hits, concordance lines and counts checked against a brute-force scan of tiny corpora.
import Inspections
import XCTest
@testable import Search

final class SearchResultsTests: XCTestCase {
    let phrases: [[String]] = [["risk", "of", "harm"], ["gate"], ["through", "the", "gate"], ["staff", "and"], ["caseload"]]
    let seeds: [UInt64] = [1, 7, 42, 1234]

    func query(_ p: [String]) -> String { p.count == 1 ? p[0] : "\"" + p.joined(separator: " ") + "\"" }

    func testFindHitsMatchBruteForce() throws {
        for seed in seeds {
            let tiny = TinyCorpus(seed: seed)
            let search = tiny.search
            for p in phrases {
                let result = try search.findPage(search.parse(query(p)), limit: Int.max)
                var expected: [String: Int] = [:]
                for (d, findings) in tiny.words.enumerated() {
                    for (f, ws) in findings.enumerated() {
                        let n = TinyCorpus.occurrences(of: p, in: ws).count
                        if n > 0 { expected[tiny.reports[d].findings[f].citation] = n }
                    }
                }
                let got = Dictionary(uniqueKeysWithValues: result.hits.map { (tiny.reports[$0.report].findings[$0.finding].citation, $0.hits) })
                XCTAssertFalse(expected.isEmpty, "seed \(seed) query \(p): nothing planted")
                XCTAssertEqual(got, expected, "seed \(seed) query \(p)")
                XCTAssertEqual(result.hitCount, expected.values.reduce(0, +))
                XCTAssertEqual(result.documents, Set(result.hits.map(\.report)).count)
                // Every highlight is the phrase itself, as written.
                for hit in result.hits {
                    let r = tiny.reports[hit.report]
                    let text = Array(r.text(of: r.findings[hit.finding]).utf8)
                    for m in hit.matches {
                        let words = String(decoding: text[m], as: UTF8.self).lowercased()
                            .split(whereSeparator: { !$0.isLetter }).map(String.init)
                        XCTAssertEqual(words.count % p.count, 0, "highlight \(words) for \(p)")
                        XCTAssertEqual(Array(words.prefix(p.count)), p)
                    }
                }
                // Ranked by score, ties by report id then finding order.
                for (a, b) in zip(result.hits, result.hits.dropFirst()) {
                    XCTAssertTrue(a.score > b.score || (a.score == b.score
                        && (tiny.reports[a.report].id, a.finding) < (tiny.reports[b.report].id, b.finding)))
                }
            }
        }
    }

    func testFindSortsByDateAndProvider() throws {
        let tiny = TinyCorpus(seed: 3)
        let search = tiny.search
        let byDate = try search.findPage(search.parse("gate"), order: .date, limit: Int.max).hits
        for (a, b) in zip(byDate, byDate.dropFirst()) {
            XCTAssertLessThanOrEqual(tiny.reports[a.report].published!, tiny.reports[b.report].published!)
        }
        let byProvider = try search.findPage(search.parse("gate"), order: .provider, limit: Int.max).hits
        for (a, b) in zip(byProvider, byProvider.dropFirst()) {
            XCTAssertLessThanOrEqual(tiny.reports[a.report].provider.shortName, tiny.reports[b.report].provider.shortName)
        }
    }

    func testConcordanceLinesMatchBruteForce() throws {
        for seed in seeds {
            let tiny = TinyCorpus(seed: seed)
            let search = tiny.search
            for p in phrases {
                let lines = try search.concordance(search.parse(query(p)), context: .words(3))
                let expected = tiny.words.flatMap { $0 }.reduce(0) { $0 + TinyCorpus.occurrences(of: p, in: $1).count }
                XCTAssertEqual(lines.count, expected, "seed \(seed) query \(p)")
                for line in lines {
                    XCTAssertEqual(line.matchTerms, p)
                    XCTAssertEqual(line.match.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init), p)
                    let leftWords = line.left.split(whereSeparator: { !$0.isLetter })
                    let rightWords = line.right.split(whereSeparator: { !$0.isLetter })
                    XCTAssertLessThanOrEqual(leftWords.count, 3)
                    XCTAssertLessThanOrEqual(rightWords.count, 3)
                    XCTAssertEqual(leftWords.reversed().map { $0.lowercased() }, Array(line.leftTerms.prefix(leftWords.count)))
                    XCTAssertEqual(rightWords.map { $0.lowercased() }, Array(line.rightTerms.prefix(rightWords.count)))
                }
                // Default order: report id, then position.
                for (a, b) in zip(lines, lines.dropFirst()) {
                    XCTAssertTrue((tiny.reports[a.report].id, a.position) < (tiny.reports[b.report].id, b.position))
                }
            }
        }
    }

    func testConcordanceSortsOnContextWords() throws {
        let tiny = TinyCorpus(seed: 11, reports: 20)
        let search = tiny.search
        let node = try search.parse("gate")
        for (order, key) in [(ConcordanceOrder.left(1), { (l: ConcordanceLine) in l.leftTerms }),
                             (.left(2), { (l: ConcordanceLine) in Array(l.leftTerms.dropFirst()) }),
                             (.right(1), { (l: ConcordanceLine) in l.rightTerms })] {
            let lines = try search.concordance(node, context: .words(4), order: order)
            XCTAssertGreaterThan(lines.count, 5)
            for (a, b) in zip(lines, lines.dropFirst()) {
                XCTAssertFalse(key(b).lexicographicallyPrecedes(key(a)), "\(order): \(key(a)) then \(key(b))")
            }
        }
    }

    func testCharacterContextIsCutInsideTheFinding() throws {
        let tiny = TinyCorpus(seed: 5)
        let search = tiny.search
        for line in try search.concordance(search.parse("harm"), context: .characters(10)) {
            XCTAssertLessThanOrEqual(line.left.count, 10)
            XCTAssertLessThanOrEqual(line.right.count, 10)
            let finding = String(tiny.reports[line.report].text(of: tiny.reports[line.report].findings[line.finding]))
            XCTAssertTrue(finding.contains(line.left + line.match + line.right))
        }
    }

    func testCountsMatchBruteForce() throws {
        let tiny = TinyCorpus(seed: 9, reports: 15)
        let search = tiny.search
        let p = ["risk", "of", "harm"]
        let table = try search.count(search.parse(query(p)), by: .owner)
        for owner in TinyCorpus.owners {
            var hits = 0, docs = 0, words = 0
            for (d, r) in tiny.reports.enumerated() where r.ownerGroup == owner {
                let n = tiny.words[d].reduce(0) { $0 + TinyCorpus.occurrences(of: p, in: $1).count }
                hits += n; docs += n > 0 ? 1 : 0
                words += tiny.words[d].reduce(0) { $0 + $1.count }
            }
            let row = try XCTUnwrap(table.rows.first { $0.group == owner })
            XCTAssertEqual(row.hits, hits, owner)
            XCTAssertEqual(row.documents, docs, owner)
            XCTAssertEqual(row.words, words, owner)
            XCTAssertEqual(row.per10k, words == 0 ? 0 : Double(hits) * 10_000 / Double(words), accuracy: 1e-9)
        }
        for (a, b) in zip(table.rows, table.rows.dropFirst()) {
            XCTAssertTrue(a.hits > b.hits || (a.hits == b.hits && a.group.lowercased() <= b.group.lowercased()))
        }
        XCTAssertEqual(table.total.hits, table.rows.reduce(0) { $0 + $1.hits })
        let totals = try search.count(search.parse(query(p)), by: nil)
        XCTAssertEqual(totals.rows.count, 1)
        XCTAssertEqual(totals.rows[0].hits, table.total.hits)
        XCTAssertEqual(totals.rows[0].words, tiny.words.flatMap { $0 }.reduce(0) { $0 + $1.count })
    }

    func testFieldFiltersNarrowTheBaseOfRates() throws {
        let tiny = TinyCorpus(seed: 2, reports: 10)
        let search = tiny.search
        let table = try search.count(search.parse("gate section:leadership"), by: .section)
        XCTAssertEqual(table.rows.map(\.group), ["Leadership"])
        let words = tiny.reports.enumerated().reduce(0) { sum, e in
            sum + zip(e.element.findings, tiny.words[e.offset]).filter { $0.0.section == "Leadership" }.reduce(0) { $0 + $1.1.count }
        }
        XCTAssertEqual(table.rows[0].words, words)
    }

    func testHelpers() {
        XCTAssertEqual(SearchCorpus.merged([5..<8, 0..<2, 1..<3, 8..<9]), [0..<3, 5..<9])
        XCTAssertEqual(ConcordanceOrder(parsing: "left2"), .left(2))
        XCTAssertEqual(ConcordanceOrder(parsing: "RIGHT"), .right(1))
        XCTAssertEqual(ConcordanceOrder(parsing: "date"), .date)
        XCTAssertNil(ConcordanceOrder(parsing: "left0"))
        XCTAssertNil(ConcordanceOrder(parsing: "sideways"))
    }
}
