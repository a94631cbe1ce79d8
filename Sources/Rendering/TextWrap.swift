// TextWrap: word wrap that never exceeds the width (over-long words are cut with an ellipsis), for notes under charts.

public enum TextWrap {
    /// Lines of at most `width` columns; control characters escaped.
    public static func lines(_ text: String, width: Int, ascii: Bool = false) -> [String] {
        ChartText.wrap(TerminalSafe.escape(text), width, ascii: ascii)
    }
}
