// RangeBar: a bar with its 95% interval drawn on the bar's own scale — solid to the low end, shaded to the estimate, a whisker to the high end.

/// `█████▒▒▒───┤` (ASCII `#####===---|`): the bar's whole length is the estimate, as in a plain bar; the part from
/// the interval's low end to the estimate is shaded, and a whisker runs on to its high end. Whole cells only, so
/// the three parts line up from row to row; a part narrower than a cell shows as none, except the whisker's end,
/// which is always drawn so a reader sees there is one.
public enum RangeBar {
    public static func bar(_ value: Double, low: Double, high: Double, maximum: Double, width: Int, charset: Charset) -> String {
        guard width > 1, maximum > 0, value.isFinite, low.isFinite, high.isFinite else { return "" }
        let scale = Double(width) / maximum
        func cells(_ x: Double) -> Int { min(width, max(0, Int((x * scale).rounded()))) }
        // A bar above zero shows at least one cell, and leaves one for the whisker's end.
        let estimate = min(width - 1, value > 0 ? max(1, cells(value)) : 0)
        let lowEnd = min(estimate, cells(low))
        let highEnd = min(width, max(estimate + 1, cells(high)))
        let ascii = charset == .ascii
        return String(repeating: ascii ? "#" : "█", count: lowEnd)
            + String(repeating: ascii ? "=" : "▒", count: estimate - lowEnd)
            + String(repeating: ascii ? "-" : "─", count: highEnd - estimate - 1) + (ascii ? "|" : "┤")
    }

    /// How to read the bars, for the lines under the chart: `what` names the interval ("exact Poisson").
    public static func legend(_ what: String, charset: Charset) -> String {
        charset == .ascii
            ? "each bar is the estimate; its 95% interval (\(what)) runs from the first = (or the bar's end) to the |"
            : "each bar is the estimate; its 95% interval (\(what)) runs from the first ▒ (or the bar's end) to the ┤"
    }
}
