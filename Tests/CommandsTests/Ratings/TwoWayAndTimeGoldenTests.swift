// TwoWayAndTimeGoldenTests: two-way counts and charts, line charts, transitions, provider history and compare by section on
// a fictional fixture corpus with several inspections per provider, at widths 40, 80 and 120 in unicode and ascii, and their
// data forms. Goldens live in Golden/time/; PROBE_UPDATE_GOLDEN=1 rewrites them.
import Commands
import Foundation
import XCTest

final class TwoWayAndTimeGoldenTests: XCTestCase {
    static var corpus: String { Golden.fixtures.appendingPathComponent("stats-corpus").path }

    /// (golden name, command): each runs at every width and charset.
    static let cases: [(String, String)] = [
        ("count-by-owner-by-year", "count \"caseload*\" by owner by year"),
        ("count-by-provider-by-section-rate", "count \"risk of harm\" by provider by section show rate"),
        ("count-by-type-by-overall-docs", "count \"unpaid work\" by type by overall show docs"),
        ("chart-by-owner-by-year", "chart \"caseload*\" by owner by year"),
        ("chart-by-region-by-reviewing", "chart \"risk of harm\" by region by reviewing show hits"),
        ("chart-lines-by-year", "chart \"risk of harm\", \"unpaid work\", \"caseload*\" by year"),
        ("track-lines", "track \"risk of harm\", \"unpaid work\""),
        ("transitions", "transitions"),
        ("transitions-crc", "transitions crc"),
        ("history-bayside", "history bayside"),
        ("history-quayside", "history quayside"),
        ("compare-sections-same-provider", "compare bayside@2018 bayside@2020 sections"),
        ("compare-sections-two-providers", "compare quayside moorland sections"),
    ]

    func testEveryViewAtEveryWidthAndCharset() {
        Golden.checkEveryWidthAndCharset(Self.cases, corpus: Self.corpus, folder: "time")
    }

    func testDataFormats() {
        for (name, command) in [("count-by-owner-by-year", "count \"caseload*\" by owner by year"),
                                ("count-wide-rate", "count \"caseload*\" by owner by year show rate form wide"),
                                ("chart-lines-by-year", "chart \"risk of harm\", \"unpaid work\", \"caseload*\" by year"),
                                ("transitions", "transitions"), ("history-bayside", "history bayside"),
                                ("compare-sections-two-providers", "compare quayside moorland sections")] {
            for format in ["csv", "json"] {
                let out = Golden.run([command + " --format " + format], corpus: [Self.corpus])
                Golden.check(out, "time/\(name).data.\(format)")
            }
        }
    }

    static func csv(_ command: String) -> [[String]] {
        // The fixture's fields hold no commas or quotes except the query column, which the tests below skip.
        Golden.run([command + " --format csv"], corpus: [corpus]).split(separator: "\r\n").dropFirst()
            .map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    /// Each cell of the long form is what a one-way count with both groups as field filters says, and its rate
    /// is hits over words.
    func testLongFormCellsEqualFilteredOneWayCounts() {
        for row in Self.csv("count \"caseload*\" by type by year") {
            let (type, year, hits, words) = (row[0], row[1], Int(row[2])!, Int(row[4])!)
            let one = Self.csv("count \"caseload*\" type:\(type) year:\(year)")
            XCTAssertEqual(one.count, 1)
            XCTAssertEqual([one[0][1], one[0][3]], [row[2], row[4]], "\(type) \(year)")
            XCTAssertEqual(Double(row[5])!, (Double(hits) * 10_000 / Double(words) * 100).rounded() / 100, accuracy: 1e-9)
            XCTAssertLessThanOrEqual(Double(row[6])!, Double(row[5])!)
            XCTAssertGreaterThan(Double(row[7])!, Double(row[5])!)
        }
    }

    /// Each point of a line chart is what `count QUERY year:Y` says for that year.
    func testLinePointsEqualYearFilteredCounts() {
        let out = Golden.run(["chart \"risk of harm\", harbour by year --format csv"], corpus: [Self.corpus])
        let rows = out.split(separator: "\r\n").dropFirst().map { line -> [String] in
            // The query column is quoted when the query is; the rest are plain numbers.
            let fields = line.split(separator: ",").map(String.init)
            return [fields.dropLast(9).joined(separator: ",")] + Array(fields.suffix(9))
        }
        XCTAssertFalse(rows.isEmpty)
        for row in rows {
            let query = row[0].hasPrefix("\"") ? "\"risk of harm\"" : "harbour"
            let one = Self.csv("count \(query) year:\(row[1])")
            XCTAssertEqual([one[0][1], one[0][3]], [row[2], row[3]], "\(query) in \(row[1])")
        }
    }

    func testErrorsPointAtTheWord() {
        let out = Golden.run(["set bail off", "count harm by owner by year by type", "count harm by owner by owner",
                              "count harm by owner show rate", "chart \"risk of harm\", \"unpaid work\" by owner",
                              "chart harm by section", "track \"risk of harm\", harm by provider",
                              "compare bayside moorland harm sections", "history bayside limit 3",
                              "chart \"risk of harm\", , harm by year", "count harm by colour by year"], corpus: [Self.corpus])
        Golden.check(out, "time/errors.txt")
    }
}
