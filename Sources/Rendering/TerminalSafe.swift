// TerminalSafe: no byte from the corpus, a query or a file name reaches the terminal as a control sequence.

public enum TerminalSafe {
    /// Replaces control characters (C0, DEL, C1) with visible escapes such as `\x1b`.
    /// Tabs become a space; newlines are kept only when asked.
    public static func escape(_ text: String, keepNewlines: Bool = false) -> String {
        // Fast path: most text has no control characters at all.
        if !text.unicodeScalars.contains(where: { isControl($0) && !(keepNewlines && $0 == "\n") }) { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if s == "\n" && keepNewlines { out.append(s); continue }
            if s == "\t" { out.append(" "); continue }
            if isControl(s) {
                let hex = String(s.value, radix: 16)
                for c in "\\x" + (hex.count < 2 ? "0" + hex : hex) { out.append(contentsOf: c.unicodeScalars) }
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    static func isControl(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || s.value == 0x7F || (0x80...0x9F).contains(s.value)
    }
}
