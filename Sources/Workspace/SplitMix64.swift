// SplitMix64: the seeded generator samples draw from — the same seed gives the same numbers on any machine.

/// Steele, Lea and Flood's SplitMix64 (as in Java's SplittableRandom): 64-bit state, a Weyl step and a mix.
/// Samples use it, never the system generator, so `sample 20 seed 7` draws the same findings everywhere.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<bound, without modulo bias (rejecting the few values of the last partial block), so
    /// the result depends on the generator alone, not on a library's algorithm.
    public mutating func below(_ bound: UInt64) -> UInt64 {
        precondition(bound > 0)
        let threshold = (0 &- bound) % bound  // 2^64 mod bound
        while true {
            let x = next()
            if x >= threshold { return x % bound }
        }
    }
}
