// StatsTestsKeyness: keyness measures against G², log ratio and %DIFF worked out by hand on tiny tables.
import Analysis
import XCTest

final class StatsTestsKeyness: XCTestCase {
    func testLogLikelihoodMatchesHandComputation() {
        // 10 of 1,000 against 5 of 5,000: E = 2.5 and 12.5; G² = 2(10 ln 4 + 5 ln 0.4) = 18.56298.
        let k = Keyness.keyword("risk", 10, 1_000, 5, 5_000)
        XCTAssertEqual(k.logLikelihood, 18.56298, accuracy: 1e-4)
        XCTAssertEqual(k.logRatio, log2(10), accuracy: 1e-9)
        XCTAssertEqual(k.percentDiff ?? 0, 900, accuracy: 1e-9)
        XCTAssertEqual(k.perTenThousandA, 100, accuracy: 1e-9)
        XCTAssertEqual(k.perTenThousandB, 10, accuracy: 1e-9)
        XCTAssertTrue(k.favoursA)
    }

    func testUnderUseIsNegative() {
        // 1 of 1,000 against 50 of 5,000: E = 8.5 and 42.5; G² = 2(ln(1/8.5) + 50 ln(50/42.5)) = 11.97176.
        let k = Keyness.keyword("gate", 1, 1_000, 50, 5_000)
        XCTAssertEqual(k.logLikelihood, -11.97176, accuracy: 1e-4)
        XCTAssertEqual(k.logRatio, -log2(10), accuracy: 1e-9)
        XCTAssertEqual(k.percentDiff ?? 0, -90, accuracy: 1e-9)
        XCTAssertFalse(k.favoursA)
    }

    func testZeroCountsUseHalfForTheRatioAndNoDiff() {
        // 4 of 1,000 against none of 1,000: E = 2 and 2; G² = 2 · 4 ln 2 = 5.545177; log ratio log2(4 / 0.5) = 3.
        let k = Keyness.keyword("caseload", 4, 1_000, 0, 1_000)
        XCTAssertEqual(k.logLikelihood, 5.545177, accuracy: 1e-5)
        XCTAssertEqual(k.logRatio, 3, accuracy: 1e-9)
        XCTAssertNil(k.percentDiff)
        XCTAssertEqual(Keyness.keyword("x", 0, 100, 0, 100).logLikelihood, 0)
    }

    func testRankingThresholdMinimumAndExclusion() {
        let a = FrequencyTable(counts: ["risk": 10, "harm": 10, "gate": 1, "the": 50, "hlny": 9, "rare": 2], tokens: 1_000)
        let b = FrequencyTable(counts: ["risk": 5, "harm": 5, "gate": 50, "the": 250, "rare": 0], tokens: 5_000)
        let list = Keyness.keywords(a: a, b: b, minimum: 3, threshold: 3.84, exclude: ["hlny"])
        // risk and harm tie on G² and count: alphabetical. "the" has equal rates; "rare" is under the minimum.
        XCTAssertEqual(list.map(\.word), ["harm", "risk", "gate"])
        XCTAssertEqual(list.map(\.favoursA), [true, true, false])
        let strict = Keyness.keywords(a: a, b: b, minimum: 1, threshold: 15.13)
        XCTAssertEqual(strict.map(\.word), ["hlny", "harm", "risk"])
        XCTAssertEqual(Keyness.keywords(a: a, b: b, minimum: 1, threshold: 3.84).map(\.word), ["hlny", "harm", "risk", "rare", "gate"])
    }

    func testCompareKeynessStillAgreesWithTheSharedFormula() {
        // compare's TermCounts path and the keywords command share one G² implementation.
        XCTAssertEqual(Keyness.logLikelihood(10, 1_000, 5, 5_000), abs(Keyness.keyword("w", 10, 1_000, 5, 5_000).logLikelihood))
    }
}
