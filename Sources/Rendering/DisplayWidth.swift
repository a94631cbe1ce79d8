// DisplayWidth: terminal column widths of text, and truncation with an ellipsis, so nothing overflows.

public enum DisplayWidth {
    /// Columns a string occupies: wide East Asian characters take two, combining marks none.
    public static func of(_ text: some StringProtocol) -> Int {
        var w = 0
        for s in text.unicodeScalars { w += width(of: s) }
        return w
    }

    static func width(of s: Unicode.Scalar) -> Int {
        let v = s.value
        if v < 0x300 { return v < 0x20 || v == 0x7F ? 0 : 1 }
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1FAFF).contains(v) || (0x20000...0x3FFFD).contains(v) {
            return 2
        }
        return 1
    }

    /// Cuts text to at most `width` columns, ending with "…" (or "..." in ASCII) when cut.
    public static func truncate(_ text: String, to width: Int, ascii: Bool = false) -> String {
        if of(text) <= width { return text }
        let ellipsis = ascii ? "..." : "…"
        let room = width - of(ellipsis)
        if room <= 0 { return String(ellipsis.prefix(max(0, width))) }
        var out = "", used = 0
        for ch in text {
            let w = of(String(ch))
            if used + w > room { break }
            out.append(ch); used += w
        }
        return out + ellipsis
    }

    /// Pads on the right (left-aligned) or left (right-aligned) to exactly `width` columns, truncating if needed.
    public static func pad(_ text: String, to width: Int, right: Bool = false, ascii: Bool = false) -> String {
        let t = truncate(text, to: width, ascii: ascii)
        let fill = String(repeating: " ", count: max(0, width - of(t)))
        return right ? fill + t : t + fill
    }

    /// Cuts text to at most `width` columns from the left, starting with an ellipsis when cut (for left context).
    public static func truncateLeft(_ text: String, to width: Int, ascii: Bool = false) -> String {
        if of(text) <= width { return text }
        let ellipsis = ascii ? "..." : "…"
        let room = width - of(ellipsis)
        if room <= 0 { return String(ellipsis.prefix(max(0, width))) }
        var out: [Character] = [], used = 0
        for ch in text.reversed() {
            let w = of(String(ch))
            if used + w > room { break }
            out.append(ch); used += w
        }
        return ellipsis + String(out.reversed())
    }
}
