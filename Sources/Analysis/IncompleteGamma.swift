// IncompleteGamma: the regularized incomplete gamma function and its inverse, for exact Poisson intervals.
import Foundation

/// P(a, x) = γ(a, x) / Γ(a) and Q = 1 − P, by the series below a + 1 and the continued fraction above it
/// (Numerical Recipes, §6.2, with Lentz's method), each evaluated directly rather than as 1 − the other so
/// that small tails keep their precision. The inverse is a safeguarded Newton iteration inside a bracket,
/// so it cannot wander off for very small or very large `a`.
public enum IncompleteGamma {
    static let epsilon = 1e-15
    static let tiny = 1e-300
    static let maxIterations = 1_000_000

    /// P(a, x), the lower regularized incomplete gamma function: the chance that a Gamma(a, 1) variable is at
    /// most x. For whole a it is also the chance of at least a events of a Poisson process of mean x.
    public static func p(_ a: Double, _ x: Double) -> Double {
        precondition(a > 0, "the shape must be positive")
        guard x > 0 else { return 0 }
        guard x.isFinite else { return 1 }
        return x < a + 1 ? series(a, x) : 1 - fraction(a, x)
    }

    /// Q(a, x) = 1 − P(a, x), computed directly so that a small upper tail is not lost to rounding.
    public static func q(_ a: Double, _ x: Double) -> Double {
        precondition(a > 0, "the shape must be positive")
        guard x > 0 else { return 1 }
        guard x.isFinite else { return 0 }
        return x < a + 1 ? 1 - series(a, x) : fraction(a, x)
    }

    /// log of xᵃ e⁻ˣ / Γ(a), the factor both expansions share.
    static func logPrefactor(_ a: Double, _ x: Double) -> Double { a * log(x) - x - lgamma(a) }

    /// P by its power series Σ xⁿ / (a (a+1) … (a+n)); converges for every x, quickly below a + 1.
    static func series(_ a: Double, _ x: Double) -> Double {
        var term = 1 / a, sum = term, ap = a
        for _ in 0..<maxIterations {
            ap += 1
            term *= x / ap
            sum += term
            if abs(term) < abs(sum) * epsilon { break }
        }
        return min(1, sum * exp(logPrefactor(a, x)))
    }

    /// Q by its continued fraction, evaluated with the modified Lentz method; converges quickly above a + 1.
    static func fraction(_ a: Double, _ x: Double) -> Double {
        var b = x + 1 - a, c = 1 / tiny, d = 1 / b, h = d
        for i in 1...maxIterations {
            let an = -Double(i) * (Double(i) - a)
            b += 2
            d = an * d + b
            if abs(d) < tiny { d = tiny }
            c = b + an / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < epsilon { break }
        }
        return min(1, exp(logPrefactor(a, x)) * h)
    }

    /// The x with P(a, x) = `probability`: the quantile of a Gamma(a, 1) distribution (half the chi-square
    /// quantile with 2a degrees of freedom).
    public static func inverseP(_ a: Double, _ probability: Double) -> Double {
        precondition(a > 0, "the shape must be positive")
        guard probability > 0 else { return 0 }
        guard probability < 1 else { return .infinity }
        // Bracket: P rises from 0 to 1, so double the top until it passes the target.
        var lo = 0.0, hi = max(1.0, a)
        while p(a, hi) < probability { lo = hi; hi *= 2 }
        var x = min(max(a, lo), hi)
        for _ in 0..<200 {
            let fx = p(a, x) - probability
            if fx < 0 { lo = x } else { hi = x }
            // Newton's step uses the density xᵃ⁻¹ e⁻ˣ / Γ(a); fall back to bisection when it leaves the bracket.
            let density = exp((a - 1) * log(x) - x - lgamma(a))
            var next = density > 0 && density.isFinite ? x - fx / density : .nan
            if !(next > lo && next < hi) { next = (lo + hi) / 2 }
            if abs(next - x) <= 1e-15 * max(1, abs(next)) || hi - lo <= 1e-15 * max(1, hi) { return next }
            x = next
        }
        return x
    }

    /// The x with Q(a, x) = `probability`, computed on the upper tail so small probabilities keep precision.
    public static func inverseQ(_ a: Double, _ probability: Double) -> Double {
        precondition(a > 0, "the shape must be positive")
        guard probability < 1 else { return 0 }
        guard probability > 0 else { return .infinity }
        guard probability < 0.5 else { return inverseP(a, 1 - probability) }
        var lo = 0.0, hi = max(1.0, a)
        while q(a, hi) > probability { lo = hi; hi *= 2 }
        var x = min(max(a, lo), hi)
        for _ in 0..<200 {
            let fx = probability - q(a, x)
            if fx < 0 { lo = x } else { hi = x }
            let density = exp((a - 1) * log(x) - x - lgamma(a))
            var next = density > 0 && density.isFinite ? x - fx / density : .nan
            if !(next > lo && next < hi) { next = (lo + hi) / 2 }
            if abs(next - x) <= 1e-15 * max(1, abs(next)) || hi - lo <= 1e-15 * max(1, hi) { return next }
            x = next
        }
        return x
    }
}
