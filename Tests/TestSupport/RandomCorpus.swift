// RandomCorpus: seeded random documents with segments over a small vocabulary, for the oracle tests.
import PhraseIndex

public enum RandomCorpus {
    public static let vocabulary = ["risk", "of", "harm", "case", "cases", "caseload", "managers", "the", "gate", "Café",
                                    "cafe", "provider’s", "well-led", "2019"]

    /// Documents of 1–6 segments of 0–30 words, with punctuation and gaps between segments.
    public static func documents(count: Int, seed: UInt64) -> [SourceDocument] {
        var rng = SplitMix64(seed: seed)
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
