// Word: one word of a command line — its text (quotes removed), its byte range, and whether it was quoted.

public struct Word: Sendable, Equatable {
    /// The word with quotes removed and escapes applied.
    public var text: String
    /// Byte range in the original line, quotes included: errors point here.
    public var range: Range<Int>
    /// True when any part of the word was quoted (a quoted word is never an option or operator).
    public var quoted: Bool
    public init(text: String, range: Range<Int>, quoted: Bool) { self.text = text; self.range = range; self.quoted = quoted }
}
