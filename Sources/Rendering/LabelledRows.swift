// LabelledRows: "label  value" lines with the value wrapped in its own column, as explain and cite show them.

public enum LabelledRows {
    /// Each value wrapped to the width left after the label column; continuation lines are indented under it.
    public static func lines(_ rows: [(String, String)], labelWidth: Int, in context: RenderContext) -> [String] {
        var out: [String] = []
        for (label, value) in rows {
            let lines = MarkedText(value, marks: [], brackets: false).wrapped(width: max(10, context.width - labelWidth - 1))
            for (i, line) in lines.enumerated() {
                let head = i == 0 ? DisplayWidth.pad(label, to: labelWidth) : String(repeating: " ", count: labelWidth)
                out.append(context.styled(head, .dim) + " " + line.plain)
            }
        }
        return out
    }
}
