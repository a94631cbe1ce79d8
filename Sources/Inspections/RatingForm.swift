// RatingForm: how ratings are written in a view — the word, "RI", or a letter — and the legends that explain them.

/// The rating vocabulary every view uses: the inspectorate's words (`Rating.label`), the short form
/// ("RI" for Requires improvement, the other words being short already), one letter (O G R I, ? unknown),
/// and the legends that explain them. Which form a view uses depends on its width only, by one rule.
public enum RatingForm: Sendable, Equatable {
    case word, short, letter

    /// Full words from this width up; below it "RI" stands for Requires improvement.
    public static let wordsFrom = 100
    /// Below this width ratings are single letters.
    public static let shortFrom = 60

    /// The form for a view `width` columns wide.
    public init(width: Int) {
        self = width >= RatingForm.wordsFrom ? .word : width >= RatingForm.shortFrom ? .short : .letter
    }

    /// The rating in this form; "?" for unknown.
    public func text(_ rating: Rating?) -> String {
        guard let rating else { return "?" }
        switch self {
        case .word: return rating.label
        case .short: return rating.short
        case .letter: return String(rating.letter)
        }
    }

    /// What a reader needs to read this form: "RI: requires improvement", the letters' legend, or nothing.
    public var footnote: String? {
        switch self {
        case .word: return nil
        case .short: return "RI: requires improvement"
        case .letter: return "O G R I: " + Rating.bestFirst.map { $0.label.lowercased() }.joined(separator: ", ") + "; ? not known"
        }
    }

    /// The letters with their meanings, one entry each, unknown last: a heatmap's legend.
    public static let letterLegend: [String] =
        Rating.bestFirst.map { "\($0.letter) \($0.label.lowercased())" } + ["? not known"]

    /// "O 3, G 2, R 1, I 0": the inspectorate's points, for every note about scores.
    public static let pointsLegend: String = Rating.bestFirst.map { "\($0.letter) \($0.points)" }.joined(separator: ", ")
}

extension Rating {
    /// "RI" for Requires improvement; the other words are short enough as they are.
    public var short: String { self == .requiresImprovement ? "RI" : label }
}
