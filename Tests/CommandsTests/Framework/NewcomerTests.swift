// NewcomerTests: what a first-time user tripped over, each pinned by a test that says what reads right.
import Foundation
import XCTest

final class NewcomerTests: XCTestCase {
    let ratings = [Golden.fixtures.appendingPathComponent("ratings-corpus").path]
    let search = [Golden.fixtures.appendingPathComponent("mini").path, Golden.fixtures.appendingPathComponent("search-planted").path]

    /// The movement marker has a column of its own between A and B, with its word: never beside B's rating, where
    /// "▲ Inadequate" read as B going up.
    func testCompareMarkerSitsBetweenTheColumns() {
        let out = Golden.run(["compare nmarsh southdown"], corpus: ratings, width: 80)
        let lines = out.split(separator: "\n").map(String.init)
        guard let head = lines.first(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("A ") }),
              let overall = lines.first(where: { $0.hasPrefix("overall ") }) else { return XCTFail(out) }
        let a = head.distance(from: head.startIndex, to: head.firstIndex(of: "A")!)
        let b = head.distance(from: head.startIndex, to: head.lastIndex(of: "B")!)
        guard let marker = overall.firstIndex(where: { "▲▼=·".contains($0) }) else { return XCTFail(overall) }
        let m = overall.distance(from: overall.startIndex, to: marker)
        XCTAssertTrue(a < m && m < b, "marker at \(m) not between A at \(a) and B at \(b): \(overall)")
        XCTAssertTrue(overall.contains("▲ better") || overall.contains("▼ worse") || overall.contains("= same"), overall)
        XCTAssertFalse(overall.contains("▲ Inadequate") || overall.contains("▼ Inadequate"), overall)
    }

    /// Punctuation after the match is spaced as in the text: "│Risk of harm│, and", not "│ Risk of harm │ , and".
    func testKwicKeepsTheTextsSpacing() {
        let out = Golden.run(["kwic \"risk of harm\""], corpus: search, width: 100)
        XCTAssertTrue(out.contains("│Risk of harm│, and again"), out)
        XCTAssertFalse(out.contains("│ ,"), out)
    }

    /// track's legend describes what a year takes on screen (a block of marks), not one mark.
    func testTrackLegendMatchesTheMarks() {
        let out = Golden.run(["track \"risk of harm\""], corpus: ratings, width: 80)
        XCTAssertFalse(out.contains("one mark per year"), out)
        XCTAssertTrue(out.contains("each year one block of marks"), out)
    }

    /// chart ratings says what the totals under "known" count.
    func testChartRatingsLabelsItsTotals() {
        let out = Golden.run(["chart ratings"], corpus: ratings, width: 100)
        XCTAssertTrue(out.contains("total O"), out)
        XCTAssertTrue(out.replacingOccurrences(of: "\n", with: " ").contains("under known, across all the standards"), out)
    }

    /// help chart names every option chart takes.
    func testHelpChartIsComplete() {
        let out = Golden.run(["help chart"], corpus: ratings, width: 100)
        for option in ["type crc|nps|pdu|region|unknown", "year YYYY", "sort name|overall", "by provider|owner|type|region|year"] {
            XCTAssertTrue(out.contains(option), "help chart lacks \(option)")
        }
    }

    /// Years read in time order whatever the metric; an explicit sort still wins.
    func testYearsStayInTimeOrderUnlessSorted() {
        func years(_ command: String) -> [String] {
            Golden.run([command + " --format tsv"], corpus: search, width: 80).split(separator: "\n").dropFirst()
                .map { String($0.split(separator: "\t")[0]) }
        }
        let byYear = years("count harm by year")
        XCTAssertEqual(byYear, byYear.sorted())
        XCTAssertGreaterThan(byYear.count, 2)
        let byHits = Golden.run(["count harm by year sort hits --format tsv"], corpus: search, width: 80).split(separator: "\n").dropFirst()
            .map { Int($0.split(separator: "\t")[1])! }
        XCTAssertEqual(byHits, byHits.sorted(by: >))
        XCTAssertNotEqual(years("count harm by year sort hits"), byYear, "the fixture's hit order differs from time order")
    }
}
