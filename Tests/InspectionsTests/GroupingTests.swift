// GroupingTests: one key function for every grouping — names, identities, natural order, unknown last.
import XCTest
@testable import Inspections

final class GroupingTests: XCTestCase {
    func report(_ id: String, type: ProviderType = .crc, owner: String? = nil, region: String? = nil,
                published: PartialDate? = nil, overall: Rating? = nil, ratings: [StandardRating] = []) -> InspectionReport {
        InspectionReport(id: id, provider: Provider(id: id, name: id.uppercased(), type: type), type: type,
                         framework: .defaultFor(type: type, year: published?.year), owner: owner, ownerGroup: owner,
                         region: region, published: published, overall: overall, ratings: ratings)
    }

    func testNamesAndStandards() {
        XCTAssertEqual(Grouping("Region"), .region)
        XCTAssertEqual(Grouping("reviewing"), .standard("reviewing"))
        XCTAssertEqual(Grouping("2.4"), .standard("2.4"))
        XCTAssertNil(Grouping("colour"))
        XCTAssertEqual(Grouping("Tag"), .tag)
        XCTAssertEqual(Grouping.named.map(\.name), ["provider", "owner", "type", "region", "year", "section", "overall", "tag"])
    }

    func testUnknownValuesGroupApartAndSortLast() {
        let a = report("a-crc-2019", region: "North East"), b = report("b-crc-2019")
        XCTAssertEqual(Grouping.region.key(of: a).label, "North East")
        XCTAssertEqual(Grouping.region.key(of: b).label, "unknown")
        XCTAssertTrue(Grouping.region.key(of: b).isUnknown)
        XCTAssertLessThan(Grouping.region.key(of: a), Grouping.region.key(of: b))
        XCTAssertEqual(Grouping.owner.key(of: b).label, "unknown owner")
        XCTAssertEqual(Grouping.year.key(of: report("undated-crc")).label, "unknown year")
    }

    func testYearsUseTheOneYearRuleAndSortInTime() {
        let keys = [report("x-crc-2021"), report("y-crc-2018", published: PartialDate(year: 2019)), report("z-crc-2009")]
            .map { Grouping.year.key(of: $0) }
        XCTAssertEqual(keys.map(\.label), ["2021", "2019", "2009"])
        XCTAssertEqual(keys.sorted().map(\.label), ["2009", "2019", "2021"])
        XCTAssertTrue(Grouping.year.isChronological)
        XCTAssertFalse(Grouping.provider.isChronological)
    }

    func testTypesAndRatingsInTheirOwnOrder() {
        let types = [report("p-pdu-2023", type: .pdu), report("n-nps-2019", type: .nps), report("c-crc-2019")]
        XCTAssertEqual(types.map { Grouping.type.key(of: $0) }.sorted().map(\.label), ["CRC", "NPS", "PDU"])
        let rated = [report("a-crc-2019", overall: .inadequate), report("b-crc-2019"), report("c-crc-2019", overall: .good)]
        XCTAssertEqual(rated.map { Grouping.overall.key(of: $0) }.sorted().map(\.label), ["Good", "Inadequate", "unknown"])
    }

    func testAStandardsRatingIsReadInEachFramework() {
        let reviewing = Framework.crc2018.standard(named: "reviewing")!
        let crc = report("a-crc-2019", ratings: [StandardRating(standard: reviewing, rating: .inadequate)])
        let region = report("r-region-2024", type: .region, published: PartialDate(year: 2024))
        XCTAssertEqual(Grouping("reviewing")!.key(of: crc).label, "Inadequate")
        XCTAssertEqual(Grouping("reviewing")!.key(of: report("b-crc-2019")).label, "unknown")
        XCTAssertEqual(Grouping("reviewing")!.key(of: region).label, "not rated")
    }

    func testSectionsGroupBySlug() {
        let f1 = Finding(reportID: "a", section: "Case Supervision", sectionSlug: "case-supervision", ordinal: 1,
                         kind: .bullet, range: 0..<1, line: 1)
        let f2 = Finding(reportID: "b", section: "Case supervision", sectionSlug: "case-supervision", ordinal: 1,
                         kind: .bullet, range: 0..<1, line: 1)
        let r = report("a-crc-2019")
        XCTAssertEqual(Grouping.section.key(of: r, finding: f1), Grouping.section.key(of: r, finding: f2))
    }
}
