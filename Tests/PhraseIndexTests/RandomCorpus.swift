// RandomCorpus: seeded random documents with segments over a small vocabulary, for oracle tests.
@testable import PhraseIndex

/// SplitMix64: deterministic on every platform (SystemRandomNumberGenerator is not seedable).
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

enum RandomCorpus {
    static let vocabulary = ["risk", "of", "harm", "case", "cases", "caseload", "managers", "the", "gate", "Café", "cafe", "provider’s", "well-led", "2019"]

    /// Documents of 1–6 segments of 0–30 words, with punctuation and gaps between segments.
    static func documents(count: Int, seed: UInt64) -> [SourceDocument] {
        var rng = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            var text = ""
            var segments: [Range<Int>] = []
            for _ in 0..<Int.random(in: 1...6, using: &rng) {
                text += Bool.random(using: &rng) ? "## " : "- "  // not in any segment
                let start = text.utf8.count
                let words = (0..<Int.random(in: 0...30, using: &rng)).map { _ in vocabulary.randomElement(using: &rng)! }
                text += words.enumerated().map { i, w in i % 7 == 6 ? w + "," : w }.joined(separator: " ")
                segments.append(start..<text.utf8.count)
                text += "\n"
            }
            return SourceDocument(text: text, segments: segments)
        }
    }
}
