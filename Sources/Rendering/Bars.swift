// Bars: horizontal bars and sparklines from Unicode eighth-blocks, or plain ASCII, scaled to a width.

public enum Bars {
    static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]
    static let sparks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    static let asciiSparks: [Character] = ["_", ".", "-", "=", "+", "*", "#", "@"]

    /// A bar of `value / maximum` of `width` columns; never longer than `width`.
    public static func bar(_ value: Double, maximum: Double, width: Int, charset: Charset) -> String {
        guard width > 0, maximum > 0, value > 0, value.isFinite else { return "" }
        let cells = min(Double(width), value / maximum * Double(width))
        switch charset {
        case .ascii:
            let n = Int(cells.rounded())
            return String(repeating: "#", count: max(n, 1))
        case .unicode:
            let eighthsTotal = Int((cells * 8).rounded())
            let full = eighthsTotal / 8, rest = eighthsTotal % 8
            var s = String(repeating: "█", count: full)
            if rest > 0 { s.append(eighths[rest - 1]) }
            if s.isEmpty { s = "▏" }
            return s
        }
    }

    /// One character per value, scaled between the minimum and maximum; nil values show as a space.
    public static func sparkline(_ values: [Double?], charset: Charset, maximum: Double? = nil) -> String {
        let known = values.compactMap { $0 }
        guard let hi = maximum ?? known.max() else { return String(repeating: " ", count: values.count) }
        let lo = 0.0
        let glyphs = charset == .ascii ? asciiSparks : sparks
        return String(values.map { v -> Character in
            guard let v else { return " " }
            if hi <= lo { return glyphs[0] }
            let i = Int(((v - lo) / (hi - lo) * Double(glyphs.count - 1)).rounded())
            return glyphs[min(glyphs.count - 1, max(0, i))]
        })
    }
}
