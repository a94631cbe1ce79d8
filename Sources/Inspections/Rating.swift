// Rating: the inspectorate's four-point scale, ordered, with the words write-ups use for it.
import Foundation

/// A rating on the inspectorate's scale. Raw values are the inspectorate's points
/// (Outstanding 3, Good 2, Requires improvement 1, Inadequate 0), so `<` means "worse than".
public enum Rating: Int, Sendable, Comparable, CaseIterable, Codable {
    case inadequate = 0
    case requiresImprovement = 1
    case good = 2
    case outstanding = 3

    public static func < (a: Rating, b: Rating) -> Bool { a.rawValue < b.rawValue }

    /// Points towards the inspectorate's score.
    public var points: Int { rawValue }

    /// The inspectorate's spelling.
    public var label: String {
        switch self {
        case .outstanding: "Outstanding"
        case .good: "Good"
        case .requiresImprovement: "Requires improvement"
        case .inadequate: "Inadequate"
        }
    }

    /// One letter for heatmaps: O G R I.
    public var letter: Character {
        switch self {
        case .outstanding: "O"
        case .good: "G"
        case .requiresImprovement: "R"
        case .inadequate: "I"
        }
    }

    /// Best first, the order legends and distributions use.
    public static let bestFirst: [Rating] = [.outstanding, .good, .requiresImprovement, .inadequate]
}

/// The outcome of reading a rating word: the rating and, for a variant spelling, what it was read as.
public struct RatingReading: Sendable, Equatable {
    public var rating: Rating
    /// Set when the word was not the inspectorate's own spelling, e.g. "'poor' read as Inadequate".
    public var note: String?
}

extension Rating {
    /// Reads a rating word leniently. Returns nil for a word that names no rating.
    /// Variants seen in the wild ("requiring improvement", "poor", "excellent") are accepted with a note.
    public static func read(_ word: String) -> RatingReading? {
        // Most words are already the inspectorate's spelling: skip the folding (a hot path when loading).
        if let exact = canonicalSpellings[word] { return RatingReading(rating: exact, note: nil) }
        let folded = word.lowercased()
            .replacingOccurrences(of: "-", with: " ")
            .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "_" })
            .joined(separator: " ")
            .trimmingCharacters(in: CharacterSet(charactersIn: ".!\"'’ "))
        if let exact = exactSpellings[folded] { return RatingReading(rating: exact, note: nil) }
        if let variant = variantSpellings[folded] {
            return RatingReading(rating: variant, note: "'\(word)' read as \(variant.label)")
        }
        return nil
    }

    private static let canonicalSpellings: [String: Rating] = [
        "Outstanding": .outstanding, "Good": .good, "Requires improvement": .requiresImprovement,
        "Inadequate": .inadequate, "outstanding": .outstanding, "good": .good,
        "requires improvement": .requiresImprovement, "inadequate": .inadequate,
    ]

    private static let exactSpellings: [String: Rating] = [
        "outstanding": .outstanding, "good": .good,
        "requires improvement": .requiresImprovement, "inadequate": .inadequate,
    ]

    private static let variantSpellings: [String: Rating] = [
        "excellent": .outstanding, "o": .outstanding,
        "g": .good,
        "requiring improvement": .requiresImprovement, "require improvement": .requiresImprovement,
        "needs improvement": .requiresImprovement, "ri": .requiresImprovement, "r": .requiresImprovement,
        "requires improvements": .requiresImprovement,
        "poor": .inadequate, "i": .inadequate, "failing": .inadequate,
    ]
}
