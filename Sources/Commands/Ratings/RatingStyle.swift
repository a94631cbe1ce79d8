// RatingStyle: how ratings and their changes look in colour and in the charset — the one place colours are chosen.
import Analysis
import Inspections
import Rendering

enum RatingStyle {
    /// Colour per rating, used only when the context allows colour.
    static func style(_ r: Rating?) -> RenderContext.Style? {
        switch r {
        case .outstanding?: .cyan
        case .good?: .green
        case .requiresImprovement?: .yellow
        case .inadequate?: .red
        case nil: .dim
        }
    }

    /// The block a rating fills in a stacked bar, densest for the best.
    static func glyph(_ r: Rating?) -> Character {
        switch r {
        case .outstanding?: "█"
        case .good?: "▓"
        case .requiresImprovement?: "▒"
        case .inadequate?: "░"
        case nil: "·"
        }
    }

    /// Markers for better, worse, same and not comparable, in the context's charset.
    static func marker(_ v: Verdict, ascii: Bool) -> String {
        switch v {
        case .better: ascii ? "^" : "▲"
        case .worse: ascii ? "v" : "▼"
        case .same: "="
        case .unknown: ascii ? "." : "·"
        }
    }

    /// How A stands against B, for compare's column between them: the marker with its word, or the marker alone.
    static func change(_ v: Verdict, ascii: Bool) -> [String] {
        // "not comparable" is said once, in the legend: a column of "unknown" would drown the rows that moved.
        let word = switch v { case .better: "better"; case .worse: "worse"; case .same: "same"; case .unknown: "" }
        return [word.isEmpty ? marker(v, ascii: ascii) : marker(v, ascii: ascii) + " " + word, marker(v, ascii: ascii)]
    }

    static func movement(_ m: Movement?, ascii: Bool) -> String {
        switch m {
        case .up?: ascii ? "^" : "▲"
        case .down?: ascii ? "v" : "▼"
        case .same?: "="
        case nil: ""
        }
    }
}
