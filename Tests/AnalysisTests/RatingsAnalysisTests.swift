// RatingsAnalysisTests: comparison verdicts, league ranking and tie-breaks, distributions and the matrix, unknown kept apart.
import XCTest
import Inspections
@testable import Analysis

final class RatingsAnalysisTests: XCTestCase {
    let p1 = Make.provider("alpha-crc", "Alpha CRC"), p2 = Make.provider("beta-crc", "Beta CRC")
    let p3 = Make.provider("gamma-crc", "Gamma CRC"), p4 = Make.provider("delta-crc", "Delta CRC")

    func testVerdictNeverComparesUnknown() {
        XCTAssertEqual(Verdict.of(.good, .inadequate), .better)
        XCTAssertEqual(Verdict.of(.inadequate, .good), .worse)
        XCTAssertEqual(Verdict.of(.good, .good), .same)
        XCTAssertEqual(Verdict.of(nil, .good), .unknown)
        XCTAssertEqual(Verdict.of(.inadequate, nil), .unknown)
        XCTAssertEqual(Verdict.of(nil, nil), .unknown)
    }

    func testComparisonAlignsStandardsAcrossFrameworks() {
        let a = Make.report("alpha-crc-2019", provider: p1, year: 2019, overall: .good,
                            ratings: ["reviewing": .good, "unpaid work": .outstanding])
        let n = Make.provider("nps-x", "X NPS", type: .nps)
        let b = Make.report("nps-x-2019", provider: n, year: 2019, overall: nil,
                            ratings: ["reviewing": .inadequate, "statutory victim work": .good], framework: .nps2018)
        let c = Comparison(a, b)
        XCTAssertEqual(c.overall.verdict, .unknown)
        XCTAssertEqual(c.standards.count, 12, "8 shared + 2 CRC-only + 2 NPS-only")
        let reviewing = c.standards.first { $0.key == "reviewing" }!
        XCTAssertEqual(reviewing.label, "2.4 Reviewing")
        XCTAssertEqual(reviewing.verdict, .better)
        let upw = c.standards.first { $0.key == "unpaid work" }!
        XCTAssertTrue(upw.inA); XCTAssertFalse(upw.inB); XCTAssertEqual(upw.verdict, .unknown)
        XCTAssertEqual(c.tally.better, 1); XCTAssertEqual(c.tally.same, 0); XCTAssertEqual(c.tally.unknown, 11)
    }

    func testLeagueRanksByOverallThenMeanThenCoverageThenName() {
        let reports = [
            Make.report("alpha-crc-2019", provider: p1, year: 2019, overall: .requiresImprovement, ratings: ["leadership": .good]),
            Make.report("beta-crc-2019", provider: p2, year: 2019, overall: .requiresImprovement,
                        ratings: ["leadership": .good, "staff": .good]),
            Make.report("gamma-crc-2019", provider: p3, year: 2019, overall: nil, ratings: ["leadership": .outstanding]),
            Make.report("delta-crc-2019", provider: p4, year: 2019, overall: .requiresImprovement, ratings: ["staff": .good]),
        ]
        let league = LeagueTable(reports: reports, all: reports)
        XCTAssertEqual(league.entries.map(\.report.id), ["beta-crc-2019", "alpha-crc-2019", "delta-crc-2019", "gamma-crc-2019"])
        XCTAssertEqual(league.entries.map(\.rank), [1, 2, 2, 4], "equal overall, mean and coverage share a rank")
        XCTAssertEqual(league.entries.map(\.tied), [false, true, true, false])
        XCTAssertTrue(league.rule.contains("unknown last"))
    }

    func testLeagueMovementAndSelection() {
        let old = Make.report("alpha-crc-2019", provider: p1, year: 2019, overall: .requiresImprovement)
        let new = Make.report("alpha-crc-2020", provider: p1, year: 2020, overall: .good)
        let other = Make.report("beta-crc-2019", provider: p2, year: 2019, overall: .inadequate)
        let all = [new, other, old]
        let latest = LeagueTable(reports: all, all: all)
        XCTAssertEqual(latest.entries.map(\.report.id), ["alpha-crc-2020", "beta-crc-2019"])
        XCTAssertEqual(latest.entries[0].movement, .up)
        XCTAssertEqual(latest.entries[0].previousID, "alpha-crc-2019")
        XCTAssertNil(latest.entries[1].movement)
        XCTAssertEqual(LeagueTable(reports: all, selection: .year(2019), all: all).entries.map(\.report.id),
                       ["alpha-crc-2019", "beta-crc-2019"])
        XCTAssertEqual(LeagueTable(reports: all, selection: .round(2), all: all).entries.map(\.report.id), ["alpha-crc-2020"])
    }

    func testLeagueByStandardPutsUnknownLast() {
        let reports = [
            Make.report("alpha-crc-2019", provider: p1, year: 2019, overall: .good),
            Make.report("beta-crc-2019", provider: p2, year: 2019, overall: .inadequate, ratings: ["reviewing": .requiresImprovement]),
        ]
        let league = LeagueTable(reports: reports, by: "review", all: reports)
        XCTAssertEqual(league.standard?.key, "reviewing")
        XCTAssertEqual(league.entries.map(\.report.id), ["beta-crc-2019", "alpha-crc-2019"])
        XCTAssertNil(league.entries[1].standardRating)
    }

    func testDistributionKeepsUnknownApart() {
        let reports = [
            Make.report("alpha-crc-2019", provider: p1, year: 2019, overall: .good, owner: "Heron"),
            Make.report("beta-crc-2019", provider: p2, year: 2019, overall: nil, owner: "Heron"),
            Make.report("gamma-crc-2020", provider: p3, year: 2020, overall: .inadequate),
        ]
        let d = Distribution(reports, by: .owner)
        XCTAssertEqual(d.groups.map(\.group), ["Heron", "unknown owner"])
        XCTAssertEqual(d.groups[0][.good], 1)
        XCTAssertEqual(d.groups[0].unknown, 1)
        XCTAssertEqual(d.groups[0].known, 1, "unknown is never counted as a rating")
        XCTAssertEqual(d.total.counts, [1, 0, 1, 0])
        XCTAssertEqual(d.total.total, 3)
        XCTAssertEqual(Distribution(reports, by: .year).groups.map(\.group), ["2019", "2020"])
    }

    func testMatrixColumnTotalsCountUnknownSeparately() {
        let reports = [
            Make.report("beta-crc-2019", provider: p2, year: 2019, overall: .good, ratings: ["leadership": .good]),
            Make.report("alpha-crc-2019", provider: p1, year: 2019, overall: nil, ratings: ["leadership": .inadequate]),
            Make.report("x-pdu-2023", provider: Make.provider("x-pdu", "X PDU", type: .pdu), year: 2023, overall: .good,
                        framework: .pdu2022),
        ]
        let m = RatingsMatrix(reports)
        XCTAssertEqual(m.blocks.map(\.framework.id), ["crc-2018", "pdu-2022"])
        XCTAssertEqual(m.blocks[0].rows.map(\.report.id), ["alpha-crc-2019", "beta-crc-2019"])
        let lead = m.blocks[0].columnTotals[0]
        XCTAssertEqual(lead[.good], 1); XCTAssertEqual(lead[.inadequate], 1); XCTAssertEqual(lead.unknown, 0)
        XCTAssertEqual(m.blocks[0].columnTotals[1].unknown, 2)
        XCTAssertEqual(m.blocks[0].overallTotals.unknown, 1)
        XCTAssertEqual(m.blocks[0].overallTotals.known, 1)
        XCTAssertEqual(RatingsMatrix(reports, order: .overall).blocks[0].rows.map(\.report.id), ["beta-crc-2019", "alpha-crc-2019"])
    }
}
