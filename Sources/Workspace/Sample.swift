// Sample: which N of M items a seeded sample keeps, the same on every machine for the same seed.

public enum Sample {
    /// `n` distinct indices of `0..<m`, ascending: the first `n` places of a Fisher-Yates shuffle driven by
    /// SplitMix64 from `seed`. All of them when `n >= m`. The items must come in an order that does not depend
    /// on the machine (the corpus's: report id, then position) for the sample not to either.
    public static func draw(_ n: Int, of m: Int, seed: UInt64) -> [Int] {
        guard n < m else { return Array(0..<max(0, m)) }
        var rng = SplitMix64(seed: seed)
        var order = Array(0..<m)
        for i in 0..<max(0, n) {
            let j = i + Int(rng.below(UInt64(m - i)))
            order.swapAt(i, j)
        }
        return order.prefix(max(0, n)).sorted()
    }
}
