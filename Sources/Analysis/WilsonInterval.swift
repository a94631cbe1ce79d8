// WilsonInterval: a share of write-ups (k of n) with its Wilson score interval.

/// A proportion: `count` of `total`, with its interval at `level`.
public struct ShareEstimate: Sendable, Equatable {
    public var count: Int
    public var total: Int
    public var share: Double
    public var low: Double
    public var high: Double
    public var level: Double
}

/// The Wilson (1927) score interval: the proportions p for which the observed share lies within z standard
/// errors, sqrt(p(1 − p)/n). Its centre is (p̂ + z²/2n) / (1 + z²/n) and its half-width
/// z·sqrt(p̂(1 − p̂)/n + z²/4n²) / (1 + z²/n). Unlike the textbook p̂ ± z·se it never leaves [0, 1] and does
/// not collapse to a point at 0 of n or n of n, which is what small groups of write-ups need.
public enum WilsonInterval {
    /// The share `count` of `total` with its interval; nil when `total` is 0.
    public static func share(_ count: Int, of total: Int, level: Double = 0.95) -> ShareEstimate? {
        precondition(count >= 0 && count <= total, "a share counts some of the whole")
        guard total > 0 else { return nil }
        let z = level == 0.95 ? 1.959963984540054 : PoissonInterval.z(level: level)
        let n = Double(total), p = Double(count) / n, z2 = z * z
        let denominator = 1 + z2 / n
        let centre = (p + z2 / (2 * n)) / denominator
        let half = z * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot() / denominator
        // At 0 of n and n of n one bound is exactly 0 or 1; rounding must not move it.
        let low = count == 0 ? 0 : max(0, centre - half)
        let high = count == total ? 1 : min(1, centre + half)
        return ShareEstimate(count: count, total: total, share: p, low: low, high: high, level: level)
    }
}
