// SectionStandardsTests: a section heading names the standards of its domain or the ones it lists, in framework order.
import Inspections
import XCTest

final class SectionStandardsTests: XCTestCase {
    func keys(_ heading: String, _ f: Framework) -> [String] { SectionStandards.standards(of: heading, in: f).map(\.key) }

    func testDomainsAndListedStandards() {
        XCTAssertEqual(keys("Organisational delivery", .crc2018), ["leadership", "staff", "services", "information and facilities"])
        XCTAssertEqual(keys("Organisational delivery", .pdu2024), ["leadership", "staffing", "services"])
        XCTAssertEqual(keys("Case supervision", .pdu2022), ["assessment", "planning", "implementation and delivery", "reviewing"])
        XCTAssertEqual(keys("Unpaid work and Through the Gate", .crc2018), ["unpaid work", "through the gate"])
        XCTAssertEqual(keys("Court work and victim work", .nps2018), ["court reports and case allocation", "statutory victim work"])
        XCTAssertEqual(keys("Court work and public protection", .pdu2022), ["court work"])
        XCTAssertEqual(keys("Reviewing", .crc2018), ["reviewing"])
    }

    func testHeadingsThatNameNoStandard() {
        XCTAssertEqual(keys("Overall findings", .crc2018), [])
        XCTAssertEqual(keys("Recommendations", .pdu2024), [])
        XCTAssertEqual(keys("Notes", .generic), [])
    }
}
