// FindingsList: `find` results — citation id whole, provider, date and section over each finding's text, matches marked.

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
    /// The provider's name in the forms a narrow line may use, longest first.
    public var providerForms: [String]
    /// The finding's number in the result (from 1), what `open N` and `tag N` name; 0 when unnumbered.
    public var number: Int
    /// Its tags, joined with ";" (empty when none).
    public var tags: String

    public init(citation: String, report: String, provider: String, providerForms: [String]? = nil, type: String, date: String,
                section: String, text: String, matches: [Range<Int>], score: Double, hits: Int, number: Int = 0, tags: String = "") {
        self.citation = citation; self.report = report; self.provider = provider; self.type = type; self.date = date
        self.section = section; self.text = text; self.matches = matches; self.score = score; self.hits = hits
        self.providerForms = providerForms ?? [provider]
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

    /// Each result: a heading line (citation id whole, provider, date, section) laid out with the others so they
    /// line up, then up to `maxLines` of its text, indented. The section goes first when the line is short (the
    /// citation id names it too); an id too long for the line goes on one of its own.
    public func render(in context: RenderContext) -> String {
        guard context.format == .table else { return data.render(in: context) }
        let visible = Array(items.prefix(shown))
        // The number is a column of its own, apart from the citation id, so both stay whole.
        let numbered = visible.contains { $0.number > 0 }
        let headings = LayoutTable(columns: (numbered ? [LayoutColumn("#", .number, priority: .essential, separator: "")] : []) + [
            LayoutColumn("citation", .identifier, priority: .essential, separator: numbered ? " " : "  ", style: .cyan),
            LayoutColumn("provider", .name, priority: .high, style: .dim),
            LayoutColumn("date", .identifier, priority: .normal, style: .dim),
            LayoutColumn("section", .prose(.cut), priority: .low, minimum: 16, style: .dim),
        ], rows: visible.map { item in
            .cells((numbered ? [LayoutCell(String(item.number))] : [])
                   + [LayoutCell(item.citation), LayoutCell(forms: item.providerForms), LayoutCell(item.date), LayoutCell(item.section)])
        }, footer: footer, showsHeader: false).parts(in: context)
        var out: [String] = []
        for (item, heading) in zip(visible, headings.rows) {
            out += heading
            let body = MarkedText(item.text, marks: item.matches, brackets: !context.color)
            for line in body.window(width: context.width - 2, maxLines: maxLines, ascii: context.charset == .ascii) {
                out.append("  " + line.render(in: context))
            }
        }
        return (out + headings.notes).joined(separator: "\n") + "\n"
    }

    /// The rows behind the view, for csv, tsv, json and markdown.
    public var data: DataTable {
        let rows: [[Cell]] = items.prefix(exported).enumerated().map { i, item in
            [.int(item.number > 0 ? item.number : i + 1), .text(item.citation), .text(item.report), .text(item.provider), .text(item.type),
             item.date.isEmpty ? .null : .text(item.date), .text(item.section), .double(item.score, digits: 3),
             .int(item.hits), .list(item.matchedTexts.map { TerminalSafe.escape($0) }),
             .text(TerminalSafe.escape(item.text, keepNewlines: true)), .text(item.tags)]
        }
        return DataTable(columns: [Column("rank", .right), Column("citation"), Column("report"), Column("provider"),
                                   Column("type"), Column("date"), Column("section"), Column("score", .right),
                                   Column("hits", .right), Column("matches"), Column("text", kind: .prose(.wrap)), Column("tags")],
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
                            Column("ordinal", .right), Column("selected", .right), Column("text", kind: .prose(.wrap))],
                  rows: entries.map { e in
                      [.text(e.citation), .text(report), .text(provider), date.isEmpty ? .null : .text(date), .text(section),
                       .int(e.ordinal), .int(e.selected ? 1 : 0), .text(TerminalSafe.escape(e.text, keepNewlines: true))]
                  })
    }
}
