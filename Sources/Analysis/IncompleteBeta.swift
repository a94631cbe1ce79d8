// IncompleteBeta: the regularized incomplete beta function and its inverse, for exact binomial intervals.
import Foundation

/// I_x(a, b), the chance that a Beta(a, b) variable is at most x, by its continued fraction (Numerical
/// Recipes, §6.4, Lentz's method) on whichever side of the mean converges fast, and the inverse by a
/// safeguarded Newton iteration inside [0, 1]. Binomial tails are beta values: P(X ≥ k) for X ~ Bin(n, p)
/// is I_p(k, n − k + 1), which gives the Clopper–Pearson interval.
public enum IncompleteBeta {
    static let epsilon = 1e-15
    static let tiny = 1e-300

    /// I_x(a, b) for a, b > 0 and x in [0, 1].
    public static func regularized(_ x: Double, _ a: Double, _ b: Double) -> Double {
        precondition(a > 0 && b > 0, "both shapes must be positive")
        guard x > 0 else { return 0 }
        guard x < 1 else { return 1 }
        let logFront = lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log1p(-x)
        if x < (a + 1) / (a + b + 2) {
            return exp(logFront) * fraction(x, a, b) / a
        }
        return 1 - exp(logFront) * fraction(1 - x, b, a) / b
    }

    /// The continued fraction for I_x(a, b), modified Lentz.
    static func fraction(_ x: Double, _ a: Double, _ b: Double) -> Double {
        let qab = a + b, qap = a + 1, qam = a - 1
        var c = 1.0, d = 1 - qab * x / qap
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1...1_000_000 {
            let m = Double(m), m2 = 2 * m
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2))
            d = 1 + aa * d; if abs(d) < tiny { d = tiny }
            c = 1 + aa / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
            d = 1 + aa * d; if abs(d) < tiny { d = tiny }
            c = 1 + aa / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < epsilon { break }
        }
        return h
    }

    /// The x with I_x(a, b) = `probability`: the quantile of a Beta(a, b) distribution.
    public static func inverse(_ probability: Double, _ a: Double, _ b: Double) -> Double {
        precondition(a > 0 && b > 0, "both shapes must be positive")
        guard probability > 0 else { return 0 }
        guard probability < 1 else { return 1 }
        var lo = 0.0, hi = 1.0, x = a / (a + b)
        let logBeta = lgamma(a) + lgamma(b) - lgamma(a + b)
        for _ in 0..<300 {
            let fx = regularized(x, a, b) - probability
            if fx < 0 { lo = x } else { hi = x }
            let density = exp((a - 1) * log(x) + (b - 1) * log1p(-x) - logBeta)
            var next = density > 0 && density.isFinite ? x - fx / density : .nan
            if !(next > lo && next < hi) { next = (lo + hi) / 2 }
            if abs(next - x) <= 1e-15 * max(1e-300, abs(next)) || hi - lo <= 1e-16 { return next }
            x = next
        }
        return x
    }
}
