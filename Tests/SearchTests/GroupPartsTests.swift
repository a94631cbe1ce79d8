// GroupPartsTests: the parts dispersion is measured over, per group, equal a brute-force tally write-up by write-up.
import Inspections
import XCTest
@testable import Search

final class GroupPartsTests: XCTestCase {
    /// Each group's parts are its write-ups' hits and words, tallied here from every finding's words.
    func testPartsEqualBruteForce() throws {
        let tiny = TinyCorpus(seed: 13, reports: 14)
        let search = tiny.search
        for grouping in [Grouping.owner, .year, .section] as [Grouping?] + [nil] {
            for phrase in [["risk", "of", "harm"], ["gate"]] {
                let text = phrase.count == 1 ? phrase[0] : "\"" + phrase.joined(separator: " ") + "\""
                let parts = try search.parts(search.parse(text), by: grouping)
                // (group, write-up) -> (hits, words), write-ups in document order within each group.
                var tally: [String: [Int: (hits: Int, words: Int)]] = [:]
                for (d, r) in tiny.reports.enumerated() {
                    for (i, f) in r.findings.enumerated() {
                        let ws = tiny.words[d][i]
                        let g = grouping.map { CrossCountsTests.label($0, r, f) } ?? "all"
                        let old = tally[g]?[d] ?? (0, 0)
                        tally[g, default: [:]][d] = (old.hits + TinyCorpus.occurrences(of: phrase, in: ws).count, old.words + ws.count)
                    }
                }
                let expected = tally.mapValues { byReport in
                    let ds = byReport.keys.sorted()
                    return GroupParts(hits: ds.map { byReport[$0]!.hits }, words: ds.map { byReport[$0]!.words })
                }
                XCTAssertEqual(parts, expected, "\(String(describing: grouping)) \(text)")
                // The same base as count: each group's parts add up to its row.
                let rows = try search.count(search.parse(text), by: grouping).rows
                for row in rows {
                    XCTAssertEqual(parts[row.group]?.hits.reduce(0, +), row.hits)
                    XCTAssertEqual(parts[row.group]?.words.reduce(0, +), row.words)
                }
            }
        }
    }
}
