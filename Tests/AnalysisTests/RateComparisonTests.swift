// RateComparisonTests: the exact conditional test, G² and the rate ratio's interval against tabled values and term-by-term sums.
import Analysis
import Foundation
import XCTest

final class RateComparisonTests: XCTestCase {
    /// (countA, wordsA, countB, wordsB, exact p, ratio low, ratio high, G², G²'s p), as R's poisson.test and a
    /// chi-square table give them; nil for an infinite bound.
    static let table: [(Int, Int, Int, Int, Double, Double, Double?, Double, Double)] = [
        (10, 20000, 3, 25000, 0.02389548955, 1.072852145, 23.56090444, 5.700016612, 0.01696475239),
        (0, 5000, 4, 6000, 0.1312068848, 0, 1.817840231, 4.849086429, 0.02766077887),
        (12, 40000, 12, 40000, 1, 0.4109183803, 2.433573303, 0, 1),
        (5, 1000, 0, 2000, 0.004115226337, 1.832711715, nil, 10.98612289, 0.0009179664705),
        (30, 100000, 60, 120000, 0.0256814503, 0.373631037, 0.9449613998, 5.471187757, 0.01933248251),
        (1, 10, 1, 10, 1, 0.01273936708, 78.49683531, 0, 1),
        (200, 500000, 150, 480000, 0.02460291154, 1.030603907, 1.592540173, 5.272056335, 0.02167039926),
    ]

    func testAgainstTabledValues() throws {
        for (x, n, y, m, p, low, high, g2, g2p) in Self.table {
            let c = try XCTUnwrap(RateComparison(countA: x, wordsA: n, countB: y, wordsB: m))
            let name = "\(x)/\(n) against \(y)/\(m)"
            XCTAssertEqual(c.pValue, p, accuracy: 1e-9, name)
            XCTAssertEqual(try XCTUnwrap(c.ratioLow), low, accuracy: 1e-8 * max(1, low), name)
            if let high { XCTAssertEqual(try XCTUnwrap(c.ratioHigh), high, accuracy: 1e-8 * high, name) } else { XCTAssertNil(c.ratioHigh, name) }
            XCTAssertEqual(c.g2, g2, accuracy: 1e-8, name)
            XCTAssertEqual(c.g2PValue, g2p, accuracy: 1e-9, name)
            XCTAssertEqual(c.significant, p < 0.05, name)
        }
    }

    /// The exact p-value is the sum of the binomial probabilities, computed here by the multiplicative
    /// recurrence P(i+1) = P(i)·(n−i)/(i+1)·p/(1−p), of every outcome no likelier than the one seen.
    func testExactPValueIsTheSumOfNoLikelierOutcomes() throws {
        for (x, n, y, m) in [(7, 3000, 2, 4000), (0, 100, 9, 900), (15, 1000, 15, 1000), (3, 50_000, 19, 60_000)] {
            let trials = x + y, p = Double(n) / Double(n + m)
            var pmf = [pow(1 - p, Double(trials))]
            for i in 0..<trials { pmf.append(pmf[i] * Double(trials - i) / Double(i + 1) * p / (1 - p)) }
            let expected = min(1, pmf.filter { $0 <= pmf[x] * (1 + 1e-7) }.reduce(0, +))
            let c = try XCTUnwrap(RateComparison(countA: x, wordsA: n, countB: y, wordsB: m))
            XCTAssertEqual(c.pValue, expected, accuracy: 1e-12)
        }
    }

    /// At the ratio's bounds, the chance of A's count or more (lower) and of A's count or fewer (upper) is
    /// 2.5%, by summing binomial probabilities.
    func testRatioBoundsLeaveTwoAndAHalfPercentInEachTail() throws {
        let (x, n, y, m) = (9, 12_000, 4, 20_000)
        let c = try XCTUnwrap(RateComparison(countA: x, wordsA: n, countB: y, wordsB: m))
        func chance(_ ratio: Double) -> Double { Double(n) * ratio / (Double(n) * ratio + Double(m)) }
        func pmf(_ p: Double) -> [Double] {
            var out = [pow(1 - p, Double(x + y))]
            for i in 0..<(x + y) { out.append(out[i] * Double(x + y - i) / Double(i + 1) * p / (1 - p)) }
            return out
        }
        XCTAssertEqual(pmf(chance(try XCTUnwrap(c.ratioLow)))[x...].reduce(0, +), 0.025, accuracy: 1e-10)
        XCTAssertEqual(pmf(chance(try XCTUnwrap(c.ratioHigh)))[...x].reduce(0, +), 0.025, accuracy: 1e-10)
        XCTAssertEqual(try XCTUnwrap(c.ratio), (9.0 / 12_000) / (4.0 / 20_000), accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(c.logRatio), log2((9.0 / 12_000) / (4.0 / 20_000)), accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(c.logRatioLow), log2(try XCTUnwrap(c.ratioLow)), accuracy: 1e-12)
    }

    func testZeroCountsAndNoWords() throws {
        let none = try XCTUnwrap(RateComparison(countA: 0, wordsA: 100, countB: 0, wordsB: 100))
        XCTAssertEqual(none.pValue, 1)
        XCTAssertNil(none.ratio)
        XCTAssertNil(none.ratioLow)
        XCTAssertFalse(none.significant)
        let zeroA = try XCTUnwrap(RateComparison(countA: 0, wordsA: 5000, countB: 4, wordsB: 6000))
        XCTAssertEqual(zeroA.ratio, 0)
        XCTAssertNil(zeroA.logRatio, "log of zero is not a number")
        XCTAssertNil(zeroA.logRatioLow)
        XCTAssertNotNil(zeroA.logRatioHigh)
        XCTAssertNil(RateComparison(countA: 1, wordsA: 0, countB: 1, wordsB: 10))
    }
}
