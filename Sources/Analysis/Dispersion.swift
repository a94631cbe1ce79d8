// Dispersion: how evenly a word or query is spread across write-ups — range, Juilland's D and U, Gries's DP.

/// Dispersion of one item over parts (here: write-ups, each as large as its findings' words).
///
/// - `range`: the parts with at least one occurrence.
/// - Juilland's D = 1 − V / √(n − 1), where V is the coefficient of variation (population standard
///   deviation over mean) of the item's relative frequencies vᵢ / sizeᵢ in the n parts. Relative rather than
///   raw frequencies because write-ups differ in length (Gries 2008's advice for unequal parts). 1 means
///   perfectly even; 0 all in one part. Undefined for one part or no occurrence.
/// - Gries's DP = ½ Σ |vᵢ / f − sᵢ|, with f the item's total and sᵢ = sizeᵢ / Σ size the part's share of the
///   words: how far the observed spread is from the spread the parts' sizes predict. 0 is as even as the
///   sizes allow; values near 1 mean concentrated. Undefined with no occurrence.
/// - DP normalised (Lijffijt and Gries 2012) = DP / (1 − min sᵢ), so that concentration in the smallest part
///   gives exactly 1. Undefined with one part (its share is 1).
///
/// Parts without words are left out: no occurrence can fall in them and a relative frequency would divide
/// by zero.
public struct Dispersion: Sendable, Equatable {
    /// Parts with words.
    public var parts: Int
    /// Total occurrences.
    public var frequency: Int
    public var range: Int
    public var juillandD: Double?
    public var dp: Double?
    public var dpNormalised: Double?

    /// `frequencies[i]` occurrences in a part of `sizes[i]` words.
    public init(frequencies: [Int], sizes: [Int]) {
        // Extra frequencies or sizes without a partner are ignored; a negative count reads as none.
        let kept = zip(frequencies, sizes).filter { $0.1 > 0 }.map { (max(0, $0.0), $0.1) }
        parts = kept.count
        frequency = kept.reduce(0) { $0 + $1.0 }
        range = kept.filter { $0.0 > 0 }.count
        guard frequency > 0 else { return }
        let n = Double(parts), f = Double(frequency), total = Double(kept.reduce(0) { $0 + $1.1 })
        var dpSum = 0.0, smallest = 1.0
        for (v, size) in kept {
            let share = Double(size) / total
            dpSum += abs(Double(v) / f - share)
            smallest = min(smallest, share)
        }
        dp = dpSum / 2
        if parts > 1 {
            dpNormalised = dp! / (1 - smallest)
            let relative = kept.map { Double($0.0) / Double($0.1) }
            let mean = relative.reduce(0, +) / n
            let variance = relative.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / n
            juillandD = 1 - (variance.squareRoot() / mean) / (n - 1).squareRoot()
        }
    }
}

extension Dispersion {
    /// The same values from the parts that hold the item only: `occurrences` as (part, count) pairs, `sizes`
    /// every part's words. Parts without the item add their share to DP and nothing to the sums of relative
    /// frequencies, so a word list works in time proportional to each word's range, not to the parts.
    public init(occurrences: [(part: Int, count: Int)], sizes: [Int]) {
        let kept = occurrences.filter { $0.count > 0 && sizes.indices.contains($0.part) && sizes[$0.part] > 0 }
        let positive = sizes.filter { $0 > 0 }
        parts = positive.count
        frequency = kept.reduce(0) { $0 + $1.count }
        range = Set(kept.map(\.part)).count
        juillandD = nil; dp = nil; dpNormalised = nil
        guard frequency > 0 else { return }
        var perPart: [Int: Int] = [:]
        for o in kept { perPart[o.part, default: 0] += o.count }
        let total = Double(positive.reduce(0, +)), f = Double(frequency), n = Double(parts)
        var dpSum = 0.0, occupiedShare = 0.0, sum = 0.0, squares = 0.0
        // Parts in ascending order: a dictionary's order changes from run to run, and with it the last bits of
        // these sums, which would reorder words whose U ties.
        for part in perPart.keys.sorted() {
            let v = perPart[part]!
            let share = Double(sizes[part]) / total
            dpSum += abs(Double(v) / f - share)
            occupiedShare += share
            let relative = Double(v) / Double(sizes[part])
            sum += relative; squares += relative * relative
        }
        dp = (dpSum + max(0, 1 - occupiedShare)) / 2
        guard parts > 1 else { return }
        dpNormalised = dp! / (1 - Double(positive.min()!) / total)
        let mean = sum / n
        let variance = max(0, squares / n - mean * mean)
        juillandD = 1 - (variance.squareRoot() / mean) / (n - 1).squareRoot()
    }

    /// DP where there is a spread to measure: over one part it is 0 by definition, which a reader would take for "even".
    public var dpOverParts: Double? { parts > 1 ? dp : nil }

    /// Juilland's usage coefficient U = D · frequency: the frequency discounted by how unevenly it is spread
    /// (Juilland and Chang-Rodríguez 1964). nil where D is (one part, or no occurrence).
    public var adjustedFrequency: Double? { juillandD.map { $0 * Double(frequency) } }
}
