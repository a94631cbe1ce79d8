// MarkedText: corpus text with match ranges, flattened to one escaped line, wrapped to a width, shown highlighted.

/// Text whose characters carry a "matched" flag. Built from byte ranges into the original text; newlines and
/// tabs become spaces, runs of spaces one space, control characters visible escapes (so widths stay true).
/// Without colour, matches are bracketed `[like this]` so they still show in plain text and files.
public struct MarkedText: Sendable {
    public struct Glyph: Sendable, Equatable {
        public var character: Character
        public var marked: Bool
    }
    public var glyphs: [Glyph]

    public init(_ text: String, marks: [Range<Int>], brackets: Bool) {
        var out: [Glyph] = []
        var offset = 0, mark = 0, inMark = false
        func close() { if inMark && brackets { out.append(Glyph(character: "]", marked: false)) }; inMark = false }
        for ch in text {
            let start = offset
            offset += ch.utf8.count
            while mark < marks.count && marks[mark].upperBound <= start { mark += 1 }
            let marked = mark < marks.count && marks[mark].contains(start)
            let isSpace = ch == " " || ch == "\n" || ch == "\r\n" || ch == "\r" || ch == "\t"
            if !marked { close() }
            if isSpace {
                if let last = out.last, last.character == " " { continue }
                if out.isEmpty { continue }
                out.append(Glyph(character: " ", marked: marked))
                continue
            }
            if marked && !inMark {
                if brackets { out.append(Glyph(character: "[", marked: false)) }
                inMark = true
            }
            for e in TerminalSafe.escape(String(ch)) { out.append(Glyph(character: e, marked: marked)) }
        }
        close()
        while out.last?.character == " " { out.removeLast() }
        glyphs = out
    }

    init(glyphs: [Glyph]) { self.glyphs = glyphs }

    /// Whether any character is marked (or bracketed).
    public var hasMarks: Bool { glyphs.contains { $0.marked } }

    /// Greedy word wrap at `width` columns; a word longer than a line is split.
    public func wrapped(width: Int) -> [MarkedText] {
        let width = max(1, width)
        var lines: [[Glyph]] = [], line: [Glyph] = [], used = 0
        var word: [Glyph] = [], wordWidth = 0
        func flushWord() {
            guard !word.isEmpty else { return }
            let gap = line.isEmpty ? 0 : 1
            if used + gap + wordWidth > width && !line.isEmpty {
                lines.append(line); line = []; used = 0
            } else if gap == 1 {
                line.append(Glyph(character: " ", marked: word.first!.marked && line.last?.marked == true)); used += 1
            }
            for g in word {
                let w = DisplayWidth.of(String(g.character))
                if used + w > width { lines.append(line); line = []; used = 0 }
                line.append(g); used += w
            }
            word = []; wordWidth = 0
        }
        for g in glyphs {
            if g.character == " " { flushWord(); continue }
            word.append(g); wordWidth += DisplayWidth.of(String(g.character))
        }
        flushWord()
        if !line.isEmpty { lines.append(line) }
        return lines.map { MarkedText(glyphs: $0) }
    }

    /// The wrapped lines, at most `maxLines` of them: when cut, the window holds the first match, and an
    /// ellipsis shows where text was left out (room for it is kept in the wrap width).
    public func window(width: Int, maxLines: Int, ascii: Bool) -> [MarkedText] {
        let all = wrapped(width: width)
        guard all.count > maxLines, maxLines > 0 else { return all }
        let ellipsis = ascii ? "..." : "…"
        let narrow = wrapped(width: width - DisplayWidth.of(ellipsis) - 1)
        let hit = narrow.firstIndex { $0.hasMarks } ?? 0
        let start = max(0, min(hit - (maxLines > 2 ? 1 : 0), narrow.count - maxLines))
        var shown = Array(narrow[start..<min(narrow.count, start + maxLines)])
        let dots = ellipsis.map { Glyph(character: $0, marked: false) }
        if start > 0 { shown[0].glyphs = dots + shown[0].glyphs }
        if start + maxLines < narrow.count { shown[shown.count - 1].glyphs += [Glyph(character: " ", marked: false)] + dots }
        return shown
    }

    /// The characters as text, marked runs styled as matches (when the context has colour).
    public func render(in context: RenderContext) -> String {
        var out = "", run = "", runMarked = false
        func flush() {
            out += runMarked ? context.styled(run, .match) : run
            run = ""
        }
        for g in glyphs {
            if g.marked != runMarked { flush(); runMarked = g.marked }
            run.append(g.character)
        }
        flush()
        return out
    }

    /// Plain characters, no styling.
    public var plain: String { String(glyphs.map(\.character)) }
}
