// ProseFit: running text fitted to a width at word boundaries — wrapped, cut at the end or at the start — links kept whole.

public enum ProseFit {
    /// Whether a word is a link, which is never cut or broken.
    public static func isLink(_ word: some StringProtocol) -> Bool {
        word.hasPrefix("https://") || word.hasPrefix("http://") || word.hasPrefix("www.")
    }

    /// Greedy word wrap into lines of at most `width` columns. A link, or a word (an id) that `keepLongWords`
    /// asks to keep, goes whole on a line of its own even when wider; a citation id breaks before its "#"; any other
    /// word wider than a line is broken after a hyphen, slash or bar where it can be, else at the width.
    public static func wrap(_ text: String, width: Int, keepLongWords: Bool = false) -> [String] {
        let width = max(1, width)
        var lines: [String] = [], line = "", used = 0
        func flush() { if !line.isEmpty { lines.append(line) }; line = ""; used = 0 }
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init) {
            let w = DisplayWidth.of(word)
            if used > 0 && used + 1 + w <= width { line += " " + word; used += 1 + w; continue }
            if used == 0 && w <= width { line = word; used = w; continue }
            flush()
            if w <= width { line = word; used = w; continue }
            if keepLongWords || isLink(word) { lines.append(word); continue }
            // A citation id breaks before its "#" only, so the report id and the finding's part each stay whole.
            var pieces = LayoutTable.idLines(word, width: width)
            if pieces.count == 1 || pieces.contains(where: { DisplayWidth.of($0) > width }) { pieces = breakWord(word, width: width) }
            let last = pieces.removeLast()
            lines += pieces
            line = last; used = DisplayWidth.of(last)
        }
        flush()
        return lines.isEmpty ? [""] : lines
    }

    /// A word wider than `width` in pieces that fit, each ending after a hyphen, slash or bar where there is one.
    public static func breakWord(_ word: String, width: Int) -> [String] {
        var pieces: [String] = [], rest = Array(word)
        while DisplayWidth.of(String(rest)) > width {
            var used = 0, end = 0, lastBreak = 0
            for (i, ch) in rest.enumerated() {
                let w = DisplayWidth.of(String(ch))
                if used + w > width { break }
                used += w; end = i + 1
                if ch == "-" || ch == "/" || ch == "|" { lastBreak = i + 1 }
            }
            let cut = lastBreak > 0 ? lastBreak : max(1, end)
            pieces.append(String(rest[..<cut])); rest = Array(rest[cut...])
        }
        pieces.append(String(rest))
        return pieces
    }

    /// The text on one line of at most `width` columns: whole when it fits, else the words that fit followed by an
    /// ellipsis. Spaces at either end are kept (a context's edge is as the text has it). Only a first word wider
    /// than the line is cut inside.
    public static func cut(_ text: String, width: Int, ascii: Bool = false) -> String {
        if DisplayWidth.of(text) <= width { return text }
        let ellipsis = ascii ? "..." : "…"
        let room = width - DisplayWidth.of(ellipsis)
        guard room > 0 else { return String(ellipsis.prefix(max(0, width))) }
        let chars = Array(text)
        var used = 0, end = 0, lastWordEnd = 0
        for (i, ch) in chars.enumerated() {
            let w = DisplayWidth.of(String(ch))
            if used + w > room { break }
            used += w; end = i + 1
            if ch != " " && (i + 1 == chars.count || chars[i + 1] == " ") { lastWordEnd = i + 1 }
        }
        let keep = lastWordEnd > 0 ? lastWordEnd : end
        return String(chars[..<keep]) + ellipsis
    }

    /// Like `cut`, from the end: the last words that fit, after an ellipsis.
    public static func cutLeading(_ text: String, width: Int, ascii: Bool = false) -> String {
        if DisplayWidth.of(text) <= width { return text }
        let ellipsis = ascii ? "..." : "…"
        let room = width - DisplayWidth.of(ellipsis)
        guard room > 0 else { return String(ellipsis.prefix(max(0, width))) }
        let chars = Array(text)
        var used = 0, start = chars.count, lastWordStart = chars.count
        for i in chars.indices.reversed() {
            let w = DisplayWidth.of(String(chars[i]))
            if used + w > room { break }
            used += w; start = i
            if chars[i] != " " && (i == 0 || chars[i - 1] == " ") { lastWordStart = i }
        }
        let keep = lastWordStart < chars.count ? lastWordStart : start
        return ellipsis + String(chars[keep...])
    }

    /// Whitespace runs as one space, control characters as visible escapes; a space at either end is kept.
    public static func flatten(_ text: String) -> String {
        var out = "", lastSpace = false
        for ch in TerminalSafe.escape(text, keepNewlines: true) {
            if ch == " " || ch == "\n" || ch == "\r\n" || ch == "\r" || ch == "\t" {
                if !lastSpace { out.append(" ") }
                lastSpace = true
            } else {
                out.append(ch); lastSpace = false
            }
        }
        return out
    }
}
