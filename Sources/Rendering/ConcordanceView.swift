// ConcordanceView: KWIC lines aligned on the match, each with its finding's citation id whole, spacing as in the text.

/// One concordance line: where it comes from, and its three parts as written in the corpus.
public struct ConcordanceRow: Sendable {
    public var citation: String
    public var report: String
    public var provider: String
    public var date: String
    public var section: String
    public var left: String
    public var match: String
    public var right: String
    /// The line's number in the result (from 1), what `open N` and `tag N` name.
    public var number: Int
    /// The finding's tags, joined with ";" (empty when none).
    public var tags: String

    public init(citation: String, report: String, provider: String, date: String, section: String,
                left: String, match: String, right: String, number: Int = 0, tags: String = "") {
        self.citation = citation; self.report = report; self.provider = provider; self.date = date
        self.section = section; self.left = left; self.match = match; self.right = right
        self.number = number; self.tags = tags
    }
}

public struct ConcordanceView: Renderable {
    public var rows: [ConcordanceRow]
    /// Lines the text view shows; the rest are counted in the footer.
    public var shown: Int
    /// Lines the data formats write.
    public var exported: Int
    public var footer: [String]

    public init(rows: [ConcordanceRow], shown: Int, exported: Int, footer: [String]) {
        self.rows = rows; self.shown = shown; self.exported = exported; self.footer = footer
    }

    /// Context as one line: whitespace runs become one space, control characters visible escapes.
    static func flat(_ s: String) -> String { MarkedText(s, marks: [], brackets: false).plain }

    /// Citation, left context, match and right context as layout columns. The contexts are sliced from the
    /// finding as written, so the bars around the match sit exactly where the match starts and ends: "CRC's
    /// │Through the Gate│, and" keeps the comma against the match. A citation id is never cut: when there is no
    /// room for it beside the context, it goes on a line of its own above its lines.
    public func render(in context: RenderContext) -> String {
        guard context.format == .table else { return data.render(in: context) }
        let bar = context.charset == .ascii ? "|" : "│"
        // The line's number is a column of its own, apart from the citation id, so `open N` can name it.
        let numbered = rows.prefix(shown).contains { $0.number > 0 }
        let columns = (numbered ? [LayoutColumn("#", .number, priority: .essential, separator: "")] : []) + [
            LayoutColumn("citation", .identifier, priority: .essential, separator: numbered ? " " : "  ", style: .dim),
            LayoutColumn("left", .prose(.cutLeading), priority: .essential, alignment: .right, minimum: 12),
            LayoutColumn("match", .prose(.cut), priority: .essential, minimum: 24, separator: bar, style: .match),
            LayoutColumn("right", .prose(.cut), priority: .essential, minimum: 12, separator: bar),
        ]
        let rows: [LayoutRow] = rows.prefix(shown).map { r in
            .cells((numbered ? [LayoutCell(String(r.number))] : [])
                   + [LayoutCell(r.citation), LayoutCell(r.left), LayoutCell(r.match), LayoutCell(r.right)])
        }
        let table = LayoutTable(columns: columns, rows: rows, footer: footer, showsHeader: false)
        return table.render(in: context)
    }

    /// The rows behind the view: the line's number, metadata columns, left, match and right as one line each, tags.
    public var data: DataTable {
        DataTable(columns: [Column("line", .right), Column("citation"), Column("report"), Column("provider"),
                            Column("date"), Column("section"), Column("left", .right), Column("match"), Column("right"),
                            Column("tags")],
                  rows: rows.prefix(exported).enumerated().map { i, r in
                      [.int(r.number > 0 ? r.number : i + 1), .text(r.citation), .text(r.report), .text(r.provider),
                       r.date.isEmpty ? .null : .text(r.date), .text(r.section), .text(ConcordanceView.flat(r.left)),
                       .text(ConcordanceView.flat(r.match)), .text(ConcordanceView.flat(r.right)), .text(r.tags)]
                  })
    }
}
