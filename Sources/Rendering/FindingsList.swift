// FindingsList: `find` results — citation, provider, date and section over each finding's text with matches marked.

/// One finding as a result line: its metadata and its text with match byte ranges.
public struct FindingItem: Sendable {
    public var citation: String
    public var report: String
    public var provider: String
    public var type: String
    public var date: String
    public var section: String
    public var text: String
    /// Byte ranges of the matches in `text`.
    public var matches: [Range<Int>]
    public var score: Double
    public var hits: Int
    /// The finding's number in the result (from 1), what `open N` and `tag N` name.
    public var number: Int
    /// Its tags, joined with ";" (empty when none).
    public var tags: String

    public init(citation: String, report: String, provider: String, type: String, date: String, section: String,
                text: String, matches: [Range<Int>], score: Double, hits: Int, number: Int = 0, tags: String = "") {
        self.citation = citation; self.report = report; self.provider = provider; self.type = type; self.date = date
        self.section = section; self.text = text; self.matches = matches; self.score = score; self.hits = hits
        self.number = number; self.tags = tags
    }

    /// The matched passages, as written.
    public var matchedTexts: [String] {
        let bytes = Array(text.utf8)
        return matches.filter { $0.upperBound <= bytes.count }.map { String(decoding: bytes[$0], as: UTF8.self) }
    }
}

public struct FindingsList: Renderable {
    public var items: [FindingItem]
    /// How many items the text view shows; the rest are counted as "N more".
    public var shown: Int
    /// How many items the data formats write (all of them unless a limit was given on the command).
    public var exported: Int
    /// Lines under the text view: totals, how to see more, what to do next.
    public var footer: [String]
    /// Lines of finding text per result before it is cut around the first match.
    public var maxLines: Int

    public init(items: [FindingItem], shown: Int, exported: Int, footer: [String], maxLines: Int = 3) {
        self.items = items; self.shown = shown; self.exported = exported; self.footer = footer; self.maxLines = maxLines
    }

    public func render(in context: RenderContext) -> String {
        guard context.format == .table else { return data.render(in: context) }
        var out: [String] = []
        for item in items.prefix(shown) { out += lines(item, context) }
        let ascii = context.charset == .ascii
        for f in footer { out += TextWrap.lines(f, width: context.width, ascii: ascii) }
        return out.joined(separator: "\n") + "\n"
    }

    /// One result: a heading line (or two when narrow) and up to `maxLines` of text, indented.
    func lines(_ item: FindingItem, _ context: RenderContext) -> [String] {
        let ascii = context.charset == .ascii
        let dot = ascii ? " | " : " · "
        // The number leads the heading, apart from the citation id, so both stay whole.
        let citation = (item.number > 0 ? "\(item.number) " : "") + TerminalSafe.escape(item.citation)
        let meta = TerminalSafe.escape([item.provider, item.date, item.section].filter { !$0.isEmpty }.joined(separator: dot))
        // The section is also in the citation id, so it is the first thing dropped to keep the heading on one line.
        let short = TerminalSafe.escape([item.provider, item.date].filter { !$0.isEmpty }.joined(separator: dot))
        var out: [String] = []
        let cw = DisplayWidth.of(citation)
        if let fits = [meta, short].first(where: { cw + 2 + DisplayWidth.of($0) <= context.width }) {
            out.append(context.styled(citation, .cyan) + String(repeating: " ", count: context.width - cw - DisplayWidth.of(fits))
                       + context.styled(fits, .dim))
        } else {
            // A long id breaks before its '#' first, so each part stays whole where it can.
            let parts = cw > context.width && citation.contains("#")
                ? [String(citation[..<citation.firstIndex(of: "#")!]), String(citation[citation.firstIndex(of: "#")!...])] : [citation]
            out += parts.flatMap { FindingsList.hardWrap($0, width: context.width) }.map { context.styled($0, .cyan) }
            out.append("  " + context.styled(DisplayWidth.truncate(meta, to: context.width - 2, ascii: ascii), .dim))
        }
        let body = MarkedText(item.text, marks: item.matches, brackets: !context.color)
        for line in body.window(width: context.width - 2, maxLines: maxLines, ascii: ascii) {
            out.append("  " + line.render(in: context))
        }
        return out
    }

    /// Splits an identifier into lines of at most `width` columns, so it is never cut short.
    static func hardWrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = [], line = "", used = 0
        for ch in text {
            let w = DisplayWidth.of(String(ch))
            if used + w > width && !line.isEmpty { lines.append(line); line = ""; used = 0 }
            line.append(ch); used += w
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// The rows behind the view, for csv, tsv, json and markdown.
    public var data: DataTable {
        let rows: [[Cell]] = items.prefix(exported).enumerated().map { i, item in
            [.int(item.number > 0 ? item.number : i + 1), .text(item.citation), .text(item.report), .text(item.provider), .text(item.type),
             item.date.isEmpty ? .null : .text(item.date), .text(item.section), .double(item.score, digits: 3),
             .int(item.hits), .text(TerminalSafe.escape(item.matchedTexts.joined(separator: " | "))),
             .text(TerminalSafe.escape(item.text, keepNewlines: true)), .text(item.tags)]
        }
        return DataTable(columns: [Column("rank", .right), Column("citation"), Column("report"), Column("provider"),
                                   Column("type"), Column("date"), Column("section"), Column("score", .right),
                                   Column("hits", .right), Column("matches"), Column("text", flexible: true), Column("tags")],
                         rows: rows)
    }
}

/// `open ID`: a finding among its section's neighbours, the chosen one marked.
public struct FindingContextView: Renderable {
    public struct Entry: Sendable {
        public var citation: String
        public var ordinal: Int
        public var text: String
        public var selected: Bool
        public init(citation: String, ordinal: Int, text: String, selected: Bool) {
            self.citation = citation; self.ordinal = ordinal; self.text = text; self.selected = selected
        }
    }
    public var heading: [String]
    public var report: String
    public var provider: String
    public var date: String
    public var section: String
    public var entries: [Entry]
    /// Findings of the section left out before and after the window shown.
    public var earlier: Int
    public var later: Int
    public var footer: [String]

    public init(heading: [String], report: String, provider: String, date: String, section: String, entries: [Entry],
                earlier: Int, later: Int, footer: [String]) {
        self.heading = heading; self.report = report; self.provider = provider; self.date = date
        self.section = section; self.entries = entries; self.earlier = earlier; self.later = later; self.footer = footer
    }

    public func render(in context: RenderContext) -> String {
        guard context.format == .table else { return data.render(in: context) }
        let ascii = context.charset == .ascii
        var out: [String] = []
        for h in heading { out += TextWrap.lines(h, width: context.width, ascii: ascii).map { context.styled($0, .bold) } }
        out.append("")
        out += TextWrap.lines("## " + section, width: context.width, ascii: ascii).map { context.styled($0, .heading) }
        let total = entries.count + earlier + later
        let numberWidth = String(total).count
        let indent = 2 + numberWidth + 2
        let more = ascii ? "..." : "…"
        if earlier > 0 { out.append(String(repeating: " ", count: indent) + "\(more) \(earlier) earlier finding\(earlier == 1 ? "" : "s")") }
        for e in entries {
            let marker = e.selected ? (ascii ? ">" : "▶") : " "
            let number = String(repeating: " ", count: numberWidth - String(e.ordinal).count) + String(e.ordinal)
            let body = MarkedText(e.text, marks: [], brackets: false).wrapped(width: context.width - indent)
            for (i, line) in body.enumerated() {
                let prefix = i == 0 ? marker + " " + number + "  " : String(repeating: " ", count: indent)
                let text = line.render(in: context)
                out.append(prefix + (e.selected ? context.styled(text, .bold) : text))
            }
        }
        if later > 0 { out.append(String(repeating: " ", count: indent) + "\(more) \(later) later finding\(later == 1 ? "" : "s")") }
        for f in footer { out += TextWrap.lines(f, width: context.width, ascii: ascii) }
        return out.joined(separator: "\n") + "\n"
    }

    public var data: DataTable {
        DataTable(columns: [Column("citation"), Column("report"), Column("provider"), Column("date"), Column("section"),
                            Column("ordinal", .right), Column("selected", .right), Column("text", flexible: true)],
                  rows: entries.map { e in
                      [.text(e.citation), .text(report), .text(provider), date.isEmpty ? .null : .text(date), .text(section),
                       .int(e.ordinal), .int(e.selected ? 1 : 0), .text(TerminalSafe.escape(e.text, keepNewlines: true))]
                  })
    }
}
