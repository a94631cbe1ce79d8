// ReportDateTests: the one year rule — publication date first, the id's year marked when there is none.
import XCTest
@testable import Inspections

final class ReportDateTests: XCTestCase {
    func report(_ id: String, published: PartialDate? = nil) -> InspectionReport {
        InspectionReport(id: id, provider: Provider(id: "x-crc", name: "X CRC", type: .crc), type: .crc,
                         framework: .crc2018, published: published)
    }

    func testPublishedDateWins() {
        let r = report("x-crc-2018", published: PartialDate(year: 2019, month: 2, day: 21))
        XCTAssertEqual(r.year, 2019)
        XCTAssertEqual(r.reportDate?.fromID, false)
        XCTAssertEqual(r.reportDate?.description, "2019-02-21")
        XCTAssertEqual(r.reportDate?.yearLabel, "2019")
    }

    func testTheIdsYearStandsInAndIsMarked() {
        let r = report("thames-valley-crc-2018")
        XCTAssertEqual(r.year, 2018)
        XCTAssertEqual(r.reportDate?.fromID, true)
        XCTAssertEqual(r.reportDate?.description, "2018?")
        XCTAssertEqual(r.reportDate?.yearLabel, "2018?")
    }

    func testYearInIDTakesTheLastPlausibleYear() {
        XCTAssertEqual(ReportDate.yearInID("hlny-crc-2019"), 2019)
        XCTAssertEqual(ReportDate.yearInID("round-2020-v2-2024"), 2024)
        XCTAssertEqual(ReportDate.yearInID("lot-1234-x"), nil)       // not a year
        XCTAssertEqual(ReportDate.yearInID("x-crc-20191"), nil)      // five digits
        XCTAssertNil(report("undated-crc").reportDate)
    }

    func testSortingIsChronologicalWithUndatedFirstAndIDsBreakingTies() {
        let reports = [report("b-crc-2019", published: PartialDate(year: 2019, month: 5)), report("a-crc-2019"),
                       report("c-crc"), report("d-crc-2018", published: PartialDate(year: 2018)),
                       report("e-crc-2019", published: PartialDate(year: 2019, month: 5))]
        XCTAssertEqual(reports.sorted(by: ReportDate.precedes).map(\.id),
                       ["c-crc", "d-crc-2018", "a-crc-2019", "b-crc-2019", "e-crc-2019"])
    }

    func testFootnoteCountsReportsDatedByTheirID() {
        XCTAssertNil(ReportDate.footnote(datedByID: 0))
        XCTAssertEqual(ReportDate.footnote(datedByID: 1), "1 write-up has no publication date and is dated by the year in the id (shown as 2019?)")
        XCTAssertEqual(ReportDate.footnote(datedByID: 3), "3 write-ups have no publication date and are dated by the year in the id (shown as 2019?)")
    }
}
