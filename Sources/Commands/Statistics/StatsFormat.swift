// StatsFormat: the number formats, counts and cut lists the statistics views share.
import Foundation
import Rendering

/// Small formatting helpers shared by the statistics commands.
enum StatsFormat {
    static func count(_ n: Int, _ noun: String, _ plural: String? = nil) -> String {
        formatGrouped(n) + " " + (n == 1 ? noun : plural ?? noun + "s")
    }

    /// Rates and scores: short for people, more digits in the data formats so figures can be worked with.
    static func rate(_ x: Double, _ precise: Bool = false) -> Cell { .double(x, digits: precise ? 3 : 1) }
    static func score(_ x: Double, _ precise: Bool = false) -> Cell { .double(x, digits: precise ? 4 : 2) }
    /// A p-value with three significant figures (fixed notation keeps the column a number in every format), down
    /// to 17 decimals; smaller ones read as 0.
    static func pValue(_ p: Double) -> Cell {
        let digits = p > 0 ? Int((3 - log10(p)).rounded(.down)) : 17
        return .double(p, digits: min(17, max(4, digits)))
    }
    /// A measure that may be undefined (dispersion over one report): blank on screen, null in the data formats.
    static func optional(_ x: Double?, _ digits: Int, _ precise: Bool = false) -> Cell {
        x.map { .double($0, digits: precise ? 4 : digits) } ?? .null
    }

    /// Data-format columns: numbers right-aligned (Markdown), the named text columns left.
    static func columns(_ names: [String], text: Set<String>) -> [Column] {
        names.map { Column($0, text.contains($0) ? .left : .right) }
    }

    /// The first `limit` rows for people, and the line saying how many more there are.
    static func cut<T>(_ items: [T], limit: Int, noun: String, explicit: Bool) -> (shown: [T], more: String?) {
        let shown = Array(items.prefix(limit))
        return (shown, SearchSupport.moreLine(shown: shown.count, total: items.count, noun: noun, explicit: explicit))
    }
}
