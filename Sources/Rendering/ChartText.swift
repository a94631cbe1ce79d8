// ChartText: small helpers the charts share — safe, fitted labels, nice scale maxima and tick text.

enum ChartText {
    /// Corpus text made safe for a terminal and cut to `width` columns with an ellipsis.
    static func clip(_ text: String, _ width: Int, _ context: RenderContext) -> String {
        DisplayWidth.truncate(TerminalSafe.escape(text), to: max(0, width), ascii: context.charset == .ascii)
    }

    /// Safe text, left-aligned and padded (or cut) to exactly `width` columns.
    static func cell(_ text: String, _ width: Int, _ context: RenderContext, right: Bool = false) -> String {
        DisplayWidth.pad(TerminalSafe.escape(text), to: max(0, width), right: right, ascii: context.charset == .ascii)
    }

    /// Text centred in `width` columns (extra space to the right).
    static func centre(_ text: String, _ width: Int) -> String {
        let w = DisplayWidth.of(text)
        guard w < width else { return text }
        let left = (width - w) / 2
        return String(repeating: " ", count: left) + text + String(repeating: " ", count: width - w - left)
    }

    /// The smallest of 1, 2, 2.5, 5 times a power of ten at or above `value`, so scale ends read as round numbers.
    static func niceMaximum(_ value: Double) -> Double {
        guard value > 0, value.isFinite else { return 1 }
        var power = 1.0
        while power * 10 <= value { power *= 10 }
        while power > value { power /= 10 }
        for step in [1.0, 2.0, 2.5, 5.0, 10.0] where step * power >= value - 1e-9 { return step * power }
        return 10 * power
    }

    /// A scale value: whole numbers without decimals, others with one or two.
    static func number(_ v: Double) -> String {
        if v == v.rounded() && abs(v) < 1e12 { return String(Int(v)) }
        return formatFixed(v, digits: abs(v) < 1 ? 2 : 1)
    }

    /// Greedy word wrap into lines of at most `width` columns; long words are cut unless `keepLongWords`.
    static func wrap(_ text: String, _ width: Int, ascii: Bool, keepLongWords: Bool = false) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = [], line = ""
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init) {
            let candidate = line.isEmpty ? word : line + " " + word
            if DisplayWidth.of(candidate) <= width { line = candidate; continue }
            if !line.isEmpty { lines.append(line) }
            line = DisplayWidth.of(word) <= width || keepLongWords ? word : DisplayWidth.truncate(word, to: width, ascii: ascii)
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// Items joined by two spaces and wrapped at `width`, never splitting an item.
    static func legend(_ items: [String], _ width: Int, _ context: RenderContext) -> [String] {
        var lines: [String] = [], line = ""
        for item in items {
            let it = clip(item, width, context)
            let candidate = line.isEmpty ? it : line + "  " + it
            if DisplayWidth.of(candidate) <= width { line = candidate } else { lines.append(line); line = it }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    static func trimRight(_ s: String) -> String {
        var s = s
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }
}
