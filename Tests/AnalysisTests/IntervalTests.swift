// IntervalTests: incomplete gamma and beta, exact Poisson and Wilson intervals against published values and sums done by hand.
import Analysis
import Foundation
import XCTest

final class IntervalTests: XCTestCase {
    /// Garwood's 95% bounds for the mean of a Poisson count, k = 0...50, as tabled from chi-square quantiles
    /// (χ²(0.025; 2k)/2, χ²(0.975; 2k+2)/2), to ten decimals.
    static let garwood: [(Int, Double, Double)] = [
        (0, 0.0000000000, 3.6888794541), (1, 0.0253178080, 5.5716433909), (2, 0.2422092785, 7.2246876677),
        (3, 0.6186721229, 8.7672730697), (4, 1.0898653736, 10.2415886754), (5, 1.6234863901, 11.6683320793),
        (6, 2.2018942535, 13.0594740225), (7, 2.8143630515, 14.4226753617), (8, 3.4538321767, 15.7631892202),
        (9, 4.1153730974, 17.0848034514), (10, 4.7953886961, 18.3903560420), (11, 5.4911603672, 19.6820385133),
        (12, 6.2005751087, 20.9615850482), (13, 6.9219524910, 22.2303959182), (14, 7.6539302763, 23.4896211218),
        (15, 8.3953861328, 24.7402188715), (16, 9.1453824536, 25.9829975976), (17, 9.9031264696, 27.2186468159),
        (18, 10.6679407804, 28.4477602675), (19, 11.4392411644, 29.6708535716), (20, 12.2165195854, 30.8883779027),
        (21, 12.9993309841, 32.1007307349), (22, 13.7872828722, 33.3082643871), (23, 14.5800270370, 34.5112928948),
        (24, 15.3772528547, 35.7100975938), (25, 16.1786818478, 36.9049316975), (26, 16.9840632156, 38.0960240831),
        (27, 17.7931701318, 39.2835824452), (28, 18.6057966559, 40.4677959433), (29, 19.4217551375, 41.6488374386),
        (30, 20.2408740214, 42.8268653948), (31, 21.0629959791, 44.0020255032), (32, 21.8879763113, 45.1744520794),
        (33, 22.7156815727, 46.3442692692), (34, 23.5459883846, 47.5115920952), (35, 24.3787824025, 48.6765273691),
        (36, 25.2139574173, 49.8391744892), (37, 26.0514145671, 50.9996261419), (38, 26.8910616452, 52.1579689193),
        (39, 27.7328124894, 53.3142838658), (40, 28.5765864418, 54.4686469640), (41, 29.4223078685, 55.6211295657),
        (42, 30.2699057325, 56.7717987785), (43, 31.1193132120, 57.9207178104), (44, 31.9704673581, 59.0679462803),
        (45, 32.8233087882, 60.2135404970), (46, 33.6777814090, 61.3575537106), (47, 34.5338321671, 62.5000363406),
        (48, 35.3914108235, 63.6410361821), (49, 36.2504697488, 64.7805985929), (50, 37.1109637375, 65.9187666643),
    ]

    /// Large counts, where the series and fraction take many terms.
    static let garwoodLarge: [(Int, Double, Double)] = [
        (100, 81.36399125, 121.62679379), (500, 457.12857690, 545.80926857), (1000, 938.97301841, 1063.95213602),
        (5000, 4862.35918869, 5140.54894854), (10000, 9804.95246726, 10197.95162466),
        (100000, 99381.15266374, 100621.74473974),
    ]

    func testGarwoodBoundsMatchTheTableForCountsUpToFifty() {
        for (k, low, high) in Self.garwood {
            let b = PoissonInterval.mean(count: k)
            XCTAssertEqual(b.low, low, accuracy: 1e-9, "lower bound for \(k)")
            XCTAssertEqual(b.high, high, accuracy: 1e-9, "upper bound for \(k)")
        }
    }

    func testGarwoodBoundsForLargeCounts() {
        for (k, low, high) in Self.garwoodLarge {
            let b = PoissonInterval.mean(count: k)
            XCTAssertEqual(b.low, low, accuracy: 1e-6 * Double(k), "lower bound for \(k)")
            XCTAssertEqual(b.high, high, accuracy: 1e-6 * Double(k), "upper bound for \(k)")
        }
    }

    /// The defining property, by summing Poisson probabilities term by term: at the lower bound, k or more
    /// events have chance 2.5%; at the upper bound, k or fewer have chance 2.5%.
    func testGarwoodBoundsLeaveTwoAndAHalfPercentInEachTail() {
        func atMost(_ k: Int, _ mean: Double) -> Double {
            var term = exp(-mean), sum = term
            if k > 0 { for i in 1...k { term *= mean / Double(i); sum += term } }
            return sum
        }
        for k in 0...50 {
            let b = PoissonInterval.mean(count: k)
            XCTAssertEqual(atMost(k, b.high), 0.025, accuracy: 1e-10, "upper tail at \(k)")
            if k > 0 { XCTAssertEqual(1 - atMost(k - 1, b.low), 0.025, accuracy: 1e-10, "lower tail at \(k)") }
        }
    }

    func testRatePerTenThousandWordsScalesTheBounds() throws {
        let r = try XCTUnwrap(PoissonInterval.rate(count: 3, words: 12_000))
        XCTAssertEqual(r.rate, 2.5, accuracy: 1e-12)
        XCTAssertEqual(r.low, 0.6186721229 * 10_000 / 12_000, accuracy: 1e-9)
        XCTAssertEqual(r.high, 8.7672730697 * 10_000 / 12_000, accuracy: 1e-9)
        XCTAssertNil(PoissonInterval.rate(count: 0, words: 0), "no words, no rate")
        let none = try XCTUnwrap(PoissonInterval.rate(count: 0, words: 5_000))
        XCTAssertEqual(none.low, 0)
        XCTAssertEqual(none.high, 3.6888794541 * 2, accuracy: 1e-9)
    }

    func testIncompleteGammaAgainstClosedFormsAndTables() {
        // P(1, x) = 1 − e^−x; P(1/2, x) = erf(√x); Q(k, x) = e^−x Σ_{i<k} xⁱ/i! for whole k.
        for x in [0.001, 0.3, 1, 2.5, 7, 30] {
            XCTAssertEqual(IncompleteGamma.p(1, x), 1 - exp(-x), accuracy: 1e-14)
            XCTAssertEqual(IncompleteGamma.p(0.5, x), erf(x.squareRoot()), accuracy: 1e-14)
            for k in 1...12 {
                var term = exp(-x), sum = term
                for i in stride(from: 1, to: k, by: 1) { term *= x / Double(i); sum += term }
                XCTAssertEqual(IncompleteGamma.q(Double(k), x), sum, accuracy: 1e-13, "Q(\(k), \(x))")
            }
        }
        let table: [(Double, Double, Double, Double)] = [
            (0.5, 0.1, 0.345279153981423, 0.654720846018577), (0.5, 2.0, 0.954499736103641, 0.0455002638963586),
            (3, 2.5, 0.45618688411667, 0.54381311588333), (3, 10, 0.997230604284488, 0.00276939571551158),
            (10, 3, 0.00110248813011548, 0.998897511869885), (10, 25, 0.999778523361751, 0.000221476638248783),
            (100, 90, 0.15822098918643, 0.84177901081357), (100, 120, 0.972136260109479, 0.0278637398905207),
            (1000, 1050, 0.941328888622682, 0.0586711113773181), (2.5, 0.01, 2.9876015319066e-06, 0.999997012398468),
        ]
        for (a, x, p, q) in table {
            XCTAssertEqual(IncompleteGamma.p(a, x), p, accuracy: 1e-12, "P(\(a), \(x))")
            XCTAssertEqual(IncompleteGamma.q(a, x), q, accuracy: 1e-12, "Q(\(a), \(x))")
            XCTAssertEqual(IncompleteGamma.inverseP(a, p), x, accuracy: 1e-9 * max(1, x), "inverse P(\(a))")
        }
        XCTAssertEqual(IncompleteGamma.p(3, 0), 0)
        XCTAssertEqual(IncompleteGamma.q(3, .infinity), 0)
    }

    func testIncompleteBetaAgainstClosedFormsAndBinomialSums() {
        for x in [0.01, 0.2, 0.5, 0.93] {
            XCTAssertEqual(IncompleteBeta.regularized(x, 1, 1), x, accuracy: 1e-14)
            XCTAssertEqual(IncompleteBeta.regularized(x, 3, 1), pow(x, 3), accuracy: 1e-14)
            XCTAssertEqual(IncompleteBeta.regularized(x, 1, 4), 1 - pow(1 - x, 4), accuracy: 1e-14)
        }
        // P(X ≥ k) for X ~ Bin(n, p), summed term by term, is I_p(k, n − k + 1).
        for (n, p) in [(10, 0.3), (25, 0.5), (40, 0.07)] {
            for k in 1...n {
                var tail = 0.0
                for i in k...n {
                    var c = 1.0
                    for j in 0..<i { c *= Double(n - j) / Double(j + 1) }
                    tail += c * pow(p, Double(i)) * pow(1 - p, Double(n - i))
                }
                XCTAssertEqual(IncompleteBeta.regularized(p, Double(k), Double(n - k + 1)), tail, accuracy: 1e-12, "n \(n) k \(k)")
            }
        }
        for (x, a, b, value) in [(0.3, 2.0, 5.0, 0.579825), (0.9, 0.5, 0.5, 0.795167235300867), (0.01, 3.0, 40.0, 0.00858385379973348),
                                 (0.5, 50.0, 60.0, 0.830907293901669), (0.7, 1.5, 7.25, 0.999556717943666)] {
            XCTAssertEqual(IncompleteBeta.regularized(x, a, b), value, accuracy: 1e-13)
            XCTAssertEqual(IncompleteBeta.inverse(value, a, b), x, accuracy: 1e-9)
        }
    }

    func testNormalQuantileFromTheChiSquare() {
        XCTAssertEqual(PoissonInterval.z(level: 0.95), 1.959963984540054, accuracy: 1e-12)
        XCTAssertEqual(PoissonInterval.z(level: 0.99), 2.5758293035489004, accuracy: 1e-12)
    }

    /// Wilson bounds as tabled, and as the two roots of (p̂ − p)² = z² p (1 − p) / n, solved here by the
    /// quadratic formula.
    func testWilsonIntervals() throws {
        let table: [(Int, Int, Double, Double)] = [
            (0, 1, 0.0, 0.7934506856), (1, 1, 0.2065493144, 1.0), (0, 10, 0.0, 0.2775327999), (1, 10, 0.0178762131, 0.4041500268),
            (5, 10, 0.2365930905, 0.7634069095), (10, 10, 0.7224672001, 1.0), (3, 119, 0.0086102313, 0.0715048936),
            (40, 119, 0.2575660663, 0.4249515432), (81, 263, 0.2552885199, 0.3662095770), (1, 3, 0.0614919447, 0.7923403992),
            (2, 3, 0.2076596008, 0.9385080553), (0, 5, 0.0, 0.4344824648),
        ]
        let z = 1.959963984540054
        for (k, n, low, high) in table {
            let w = try XCTUnwrap(WilsonInterval.share(k, of: n))
            XCTAssertEqual(w.low, low, accuracy: 1e-9, "\(k) of \(n)")
            XCTAssertEqual(w.high, high, accuracy: 1e-9, "\(k) of \(n)")
            XCTAssertEqual(w.share, Double(k) / Double(n))
            // (1 + z²/n) p² − (2p̂ + z²/n) p + p̂² = 0
            let ph = Double(k) / Double(n), a = 1 + z * z / Double(n), b = -(2 * ph + z * z / Double(n)), c = ph * ph
            let root = (b * b - 4 * a * c).squareRoot()
            XCTAssertEqual(w.low, max(0, (-b - root) / (2 * a)), accuracy: 1e-12)
            XCTAssertEqual(w.high, min(1, (-b + root) / (2 * a)), accuracy: 1e-12)
        }
        XCTAssertNil(WilsonInterval.share(0, of: 0))
    }
}
