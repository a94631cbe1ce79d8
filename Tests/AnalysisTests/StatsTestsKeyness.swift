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

    /// G² for a word's two observed cells, from the formula: E = n · (a + b) / (nA + nB) for each corpus,
    /// G² = 2 Σ O ln(O / E), a zero count adding nothing. Written here so the check does not use the code
    /// it checks.
    static func g2(_ a: Double, _ nA: Double, _ b: Double, _ nB: Double) -> Double {
        let eA = nA * (a + b) / (nA + nB), eB = nB * (a + b) / (nA + nB)
        return 2 * ((a > 0 ? a * log(a / eA) : 0) + (b > 0 ? b * log(b / eB) : 0))
    }

    func testSharedLogLikelihoodMatchesTheFormula() {
        // compare's TermCounts path and the keywords command share Keyness.logLikelihood (unsigned);
        // keyword() signs it by direction.
        let tables: [(Int, Int, Int, Int)] = [(10, 1_000, 5, 5_000), (1, 1_000, 50, 5_000), (4, 1_000, 0, 1_000),
                                              (0, 800, 9, 1_200), (3, 200, 3, 200), (7, 1_234, 19, 98_765),
                                              (250, 10_000, 260, 10_000), (1, 3, 1, 7)]
        for (a, nA, b, nB) in tables {
            let expected = Self.g2(Double(a), Double(nA), Double(b), Double(nB))
            XCTAssertEqual(Keyness.logLikelihood(a, nA, b, nB), expected, accuracy: 1e-9 * max(1, expected), "\(a)/\(nA) vs \(b)/\(nB)")
            let signed = Keyness.keyword("w", a, nA, b, nB).logLikelihood
            XCTAssertEqual(abs(signed), expected, accuracy: 1e-9 * max(1, expected), "\(a)/\(nA) vs \(b)/\(nB)")
            if expected > 0 {
                XCTAssertEqual(signed > 0, Double(a) / Double(nA) > Double(b) / Double(nB), "sign of \(a)/\(nA) vs \(b)/\(nB)")
            }
        }
        XCTAssertEqual(Self.g2(10, 1_000, 5, 5_000), 18.56298, accuracy: 1e-5, "the formula itself, against the hand value above")
    }
}
