// RatingForm: how ratings are written in a view — the word, "RI", or a letter — and the legends that explain them.

/// The rating vocabulary every view uses: the inspectorate's words (`Rating.label`), the short form
/// ("RI" for Requires improvement, the other words being short already), one letter (O G R I, ? unknown),
/// and the legends that explain them. A table laid out by the layout engine takes the longest form its column has
/// room for (`forms`, `legends`); a view drawn to a fixed plan picks by its width, by one rule (`init(width:)`).
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

    /// A rating in every form, widest first (word, short, letter): what a layout chooses from for a column.
    public static func forms(_ rating: Rating?) -> [String] { [RatingForm.word, .short, .letter].map { $0.text(rating) } }

    /// What each of those forms needs explained, in the same order.
    public static let legends: [String?] = [RatingForm.word, .short, .letter].map(\.footnote)

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
