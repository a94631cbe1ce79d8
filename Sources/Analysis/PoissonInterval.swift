// PoissonInterval: a count per 10,000 words with its exact (Garwood) interval, from chi-square quantiles.
import Foundation

/// A rate: `count` events over `words` running words, scaled to `per` words, with an interval at `level`.
public struct RateEstimate: Sendable, Equatable {
    public var count: Int
    public var words: Int
    public var per: Double
    public var rate: Double
    public var low: Double
    public var high: Double
    public var level: Double
}

/// Exact intervals for a Poisson mean (Garwood 1936): for k events the bounds are the values of the mean
/// at which seeing k or more (lower bound), or k or fewer (upper bound), has chance (1 − level) / 2. In
/// chi-square terms, low = χ²(α/2; 2k) / 2 and high = χ²(1 − α/2; 2k + 2) / 2; here through the gamma
/// quantiles they equal (P(k, low) = α/2, Q(k + 1, high) = α/2). For k = 0 the lower bound is 0. The
/// interval is conservative: it covers the true mean at least `level` of the time, whatever the mean.
public enum PoissonInterval {
    /// Bounds for the mean of a Poisson variable observed as `count`.
    public static func mean(count: Int, level: Double = 0.95) -> (low: Double, high: Double) {
        precondition(count >= 0 && level > 0 && level < 1, "a count is never negative and a level is a probability")
        let alpha = 1 - level
        let k = Double(count)
        let low = count == 0 ? 0 : IncompleteGamma.inverseP(k, alpha / 2)
        let high = IncompleteGamma.inverseQ(k + 1, alpha / 2)
        return (low, high)
    }

    /// `count` per `per` words of `words`, with the mean's bounds scaled alike; nil when there are no words
    /// (no rate can be stated).
    public static func rate(count: Int, words: Int, per: Double = 10_000, level: Double = 0.95) -> RateEstimate? {
        guard words > 0 else { return nil }
        let scale = per / Double(words)
        let (low, high) = mean(count: count, level: level)
        return RateEstimate(count: count, words: words, per: per, rate: Double(count) * scale, low: low * scale,
                            high: high * scale, level: level)
    }

    /// The two-sided standard normal quantile for `level` (1.96 for 0.95): z² is the chi-square quantile
    /// with one degree of freedom, which is twice a gamma quantile of shape 1/2.
    public static func z(level: Double) -> Double {
        (2 * IncompleteGamma.inverseP(0.5, level)).squareRoot()
    }
}
