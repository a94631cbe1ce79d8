// TransitionTests: rating transitions and provider histories on hand-built reports, counted by hand.
import Analysis
import Inspections
import XCTest

final class TransitionTests: XCTestCase {
    static let a = Make.provider("a-crc", "A CRC"), b = Make.provider("b-crc", "B CRC")
    static let c = Make.provider("c-crc", "C CRC"), d = Make.provider("d-crc", "D CRC")

    /// A: RI 2018 -> Good 2019 -> Good 2020 (reviewing RI -> Good -> unknown; owner changes in 2020).
    /// B: Good 2019 -> Inadequate 2021. C: once only. D: unknown 2019 -> RI 2020.
    static let reports: [InspectionReport] = [
        Make.report("a-crc-2020", provider: a, year: 2020, overall: .good, owner: "Kite"),
        Make.report("a-crc-2018", provider: a, year: 2018, overall: .requiresImprovement, ratings: ["reviewing": .requiresImprovement], owner: "Owl"),
        Make.report("a-crc-2019", provider: a, year: 2019, overall: .good, ratings: ["reviewing": .good, "staff": .good], owner: "Owl"),
        Make.report("b-crc-2021", provider: b, year: 2021, overall: .inadequate, ratings: ["staff": .inadequate]),
        Make.report("b-crc-2019", provider: b, year: 2019, overall: .good, ratings: ["staff": .good]),
        Make.report("c-crc-2019", provider: c, year: 2019, overall: .outstanding),
        Make.report("d-crc-2019", provider: d, year: 2019, overall: nil),
        Make.report("d-crc-2020", provider: d, year: 2020, overall: .requiresImprovement),
    ]

    func testOverallMatrixCountedByHand() throws {
        let matrices = RatingTransitions.compute(Self.reports)
        let overall = try XCTUnwrap(matrices.first)
        XCTAssertEqual(overall.key, "overall")
        // Known pairs: A 2018->2019 (RI->G, improved), A 2019->2020 (G->G, same), B (G->I, declined).
        XCTAssertEqual(overall.known.count, 3)
        XCTAssertEqual([overall.improved, overall.same, overall.declined], [1, 1, 1])
        XCTAssertEqual(overall.cell(from: .requiresImprovement, to: .good).map(\.after.id), ["a-crc-2019"])
        XCTAssertEqual(overall.cell(from: .good, to: .good).map(\.after.id), ["a-crc-2020"])
        XCTAssertEqual(overall.cell(from: .good, to: .inadequate).map(\.provider.id), ["b-crc"])
        XCTAssertEqual(overall.unknown.map(\.after.id), ["d-crc-2020"], "an unknown rating is never a transition")
        var total = 0
        for from in Rating.allCases { for to in Rating.allCases { total += overall.cell(from: from, to: to).count } }
        XCTAssertEqual(total, overall.known.count)
    }

    func testStandardsWhereBothAreKnown() throws {
        let matrices = RatingTransitions.compute(Self.reports)
        XCTAssertEqual(matrices.map(\.key), ["overall", "staff", "reviewing"])
        let reviewing = try XCTUnwrap(matrices.first { $0.key == "reviewing" })
        XCTAssertEqual(reviewing.known.map(\.after.id), ["a-crc-2019"])
        XCTAssertEqual(reviewing.improved, 1)
        // A 2019 -> 2020 has no reviewing rating in 2020, B and D none at all: three unknown pairs.
        XCTAssertEqual(reviewing.unknown.map(\.after.id), ["a-crc-2020", "b-crc-2021", "d-crc-2020"])
        let staff = try XCTUnwrap(matrices.first { $0.key == "staff" })
        XCTAssertEqual(staff.declined, 1)
        XCTAssertEqual(staff.known.map(\.provider.id), ["b-crc"])
    }

    func testPairsFollowTheDateRuleNotTheLoadOrder() {
        let pairs = RatingTransitions.pairs(Self.reports)
        XCTAssertEqual(pairs.map { $0.0.id + ">" + $0.1.id },
                       ["a-crc-2018>a-crc-2019", "a-crc-2019>a-crc-2020", "b-crc-2019>b-crc-2021", "d-crc-2019>d-crc-2020"])
    }

    func testStandardsMatchAcrossFrameworksByName() throws {
        // PDU 2022's "staff" is PDU 2024's "staffing".
        let p = Make.provider("p-pdu", "P PDU", type: .pdu)
        let reports = [Make.report("p-pdu-2023", provider: p, year: 2023, overall: .good, ratings: ["staff": .good], framework: .pdu2022),
                       Make.report("p-pdu-2025", provider: p, year: 2025, overall: .good, ratings: ["staffing": .requiresImprovement], framework: .pdu2024)]
        let staffing = try XCTUnwrap(RatingTransitions.compute(reports).first { $0.key == "staffing" })
        XCTAssertEqual(staffing.declined, 1)
    }

    func testProviderHistory() {
        let h = ProviderHistory(provider: Self.a, reports: Self.reports)
        XCTAssertEqual(h.entries.map(\.report.id), ["a-crc-2018", "a-crc-2019", "a-crc-2020"])
        XCTAssertEqual(h.entries.map(\.ownerChanged), [false, false, true])
        XCTAssertEqual(h.entries.map(\.verdict), [.unknown, .better, .same])
        XCTAssertEqual(h.entries.map { $0.date?.year }, [2018, 2019, 2020])
        XCTAssertEqual(h.standards.map(\.key), ["staff", "reviewing"])
        XCTAssertTrue(ProviderHistory(provider: Self.c, reports: []).entries.isEmpty)
    }
}
