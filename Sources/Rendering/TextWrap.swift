// TextWrap: the one greedy word wrap — notes under charts, help text, report cards.

public enum TextWrap {
    /// Lines of at most `width` columns; control characters escaped. A word longer than the width is cut
    /// with an ellipsis, unless `keepLongWords` (help text, where a long word is better whole on its own line).
    public static func lines(_ text: String, width: Int, ascii: Bool = false, keepLongWords: Bool = false) -> [String] {
        ChartText.wrap(TerminalSafe.escape(text), width, ascii: ascii, keepLongWords: keepLongWords)
    }
}
