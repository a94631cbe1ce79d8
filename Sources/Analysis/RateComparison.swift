// RateComparison: two rates per 10,000 words compared — the exact conditional test, G², and the rate ratio.
import Foundation

/// Two counts over their own numbers of words: A's `countA` in `wordsA` against B's `countB` in `wordsB`.
///
/// Significance is the exact conditional test for two Poisson rates (as R's `poisson.test`): given the
/// total m = countA + countB, countA is binomial with m trials and chance wordsA / (wordsA + wordsB) when
/// the rates are equal. The two-sided p-value adds the probabilities of every outcome no likelier than the
/// one seen (the rule of R's `binom.test`, with its relative tolerance of 1e-7). It is exact for any count,
/// which matters in groups of a handful of write-ups, where G²'s chi-square approximation is rough. G² (the
/// log-likelihood of corpus linguistics' keyness tables, one degree of freedom) is given beside it.
///
/// The effect size is the rate ratio A/B and its log₂ (Hardie's Log Ratio without the 0.5 stand-in for
/// zero: a zero count gives no finite ratio, and the bound that would be infinite is nil). Its interval is
/// the exact one that goes with the test: the Clopper–Pearson interval for the binomial chance π, turned
/// into a ratio by π / (1 − π) · wordsB / wordsA.
public struct RateComparison: Sendable, Equatable {
    public var countA: Int
    public var wordsA: Int
    public var countB: Int
    public var wordsB: Int
    public var level: Double
    /// Two-sided p-value of the exact conditional binomial test.
    public var pValue: Double
    /// Dunning's G² and its p-value from the chi-square distribution with one degree of freedom.
    public var g2: Double
    public var g2PValue: Double
    /// rate A / rate B and its interval; nil where it is not finite (a zero count) or not defined.
    public var ratio: Double?
    public var ratioLow: Double?
    public var ratioHigh: Double?

    /// Significant at 1 − level (p < 0.05 for a 95% level), by the exact test.
    public var significant: Bool { pValue < 1 - level }

    /// log₂ of the ratio and of its bounds: 1 means twice as common in A, −1 twice as common in B.
    public var logRatio: Double? { Self.log2OrNil(ratio) }
    public var logRatioLow: Double? { Self.log2OrNil(ratioLow) }
    public var logRatioHigh: Double? { Self.log2OrNil(ratioHigh) }

    static func log2OrNil(_ x: Double?) -> Double? {
        guard let x, x > 0, x.isFinite else { return nil }
        return log2(x)
    }

    /// nil unless both sides have words (and no count is negative): without words there is no rate.
    public init?(countA: Int, wordsA: Int, countB: Int, wordsB: Int, level: Double = 0.95) {
        guard countA >= 0, countB >= 0, wordsA > 0, wordsB > 0 else { return nil }
        self.countA = countA; self.wordsA = wordsA; self.countB = countB; self.wordsB = wordsB; self.level = level
        let m = countA + countB
        let chance = Double(wordsA) / (Double(wordsA) + Double(wordsB))
        pValue = Self.binomialTwoSided(countA, m, chance)
        g2 = Keyness.logLikelihood(countA, wordsA, countB, wordsB)
        g2PValue = IncompleteGamma.q(0.5, g2 / 2)
        guard m > 0 else { return }
        let sizes = Double(wordsB) / Double(wordsA)
        ratio = countB == 0 ? nil : Double(countA) / Double(countB) * sizes
        let alpha = 1 - level
        let low = countA == 0 ? 0 : IncompleteBeta.inverse(alpha / 2, Double(countA), Double(m - countA + 1))
        let high = countA == m ? 1 : IncompleteBeta.inverse(1 - alpha / 2, Double(countA + 1), Double(m - countA))
        ratioLow = low / (1 - low) * sizes
        ratioHigh = high >= 1 ? nil : high / (1 - high) * sizes
    }

    /// P-value of the two-sided exact binomial test of `k` successes in `n` trials with chance `p`.
    static func binomialTwoSided(_ k: Int, _ n: Int, _ p: Double) -> Double {
        guard n > 0 else { return 1 }
        let logN: Double = lgamma(Double(n + 1)), lp = log(p), lq = log1p(-p)
        func logPMF(_ i: Int) -> Double {
            logN - lgamma(Double(i + 1)) - lgamma(Double(n - i + 1)) + Double(i) * lp + Double(n - i) * lq
        }
        let observed = logPMF(k) + log1p(1e-7)
        var sum = 0.0
        for i in 0...n where logPMF(i) <= observed { sum += exp(logPMF(i)) }
        return min(1, sum)
    }
}
