// ContextWidth: how much context a concordance line shows each side, in words (8w) or characters (40c).

/// How much context a concordance line shows: words or characters each side.
public struct ContextWidth: Sendable, Equatable, CustomStringConvertible {
    public enum Unit: String, Sendable { case words = "w", characters = "c" }
    public var amount: Int
    public var unit: Unit
    public init(amount: Int, unit: Unit) { self.amount = amount; self.unit = unit }
    /// Reads "8w", "40c", or a bare number (words).
    public init?(parsing s: String) {
        var t = s.lowercased()
        var unit = Unit.words
        if t.hasSuffix("w") { t.removeLast() } else if t.hasSuffix("c") { t.removeLast(); unit = .characters }
        guard let n = Int(t), (1...500).contains(n) else { return nil }
        self.init(amount: n, unit: unit)
    }
    public var description: String { "\(amount)\(unit.rawValue)" }
}
