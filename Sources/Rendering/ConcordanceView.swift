// ConcordanceView: KWIC lines aligned on the match, left context right-aligned and cut on its left, fitted to the width.

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

    public func render(in context: RenderContext) -> String {
        guard context.format == .table else { return data.render(in: context) }
        let ascii = context.charset == .ascii
        let visible = Array(rows.prefix(shown))
        let bar = ascii ? "|" : "│"
        let width = context.width
        // The reference column: full citations when they fit a third of a wide line, else report ids cut to a
        // quarter of the line, and none below 60 columns (the context is what a concordance is for).
        let citations = visible.map { TerminalSafe.escape($0.citation) }
        let useCitations = width >= 120 && (citations.map { DisplayWidth.of($0) }.max() ?? 0) <= width / 3
        let refs = width < 60 ? visible.map { _ in "" } : useCitations ? citations : visible.map { TerminalSafe.escape($0.report) }
        let refWidth = min(refs.map { DisplayWidth.of($0) }.max() ?? 0, useCitations ? width / 3 : width / 4)
        // The line's number comes first, right-aligned, so `open N` can name it.
        let numbers = visible.map { $0.number > 0 ? String($0.number) : "" }
        let numberWidth = numbers.map(\.count).max() ?? 0
        let fixed = (numberWidth > 0 ? numberWidth + 1 : 0) + (refWidth > 0 ? refWidth + 1 : 0) + 2 * (DisplayWidth.of(bar) + 2)
        let matches = visible.map { ConcordanceView.flat($0.match) }
        let matchWidth = max(1, min(matches.map { DisplayWidth.of($0) }.max() ?? 1, max(4, (width - fixed) / 2)))
        let room = max(2, width - fixed - matchWidth)
        // Half each, unless one side needs less (matches at a finding's start have no left context).
        let leftNeed = visible.map { DisplayWidth.of(ConcordanceView.flat($0.left)) }.max() ?? 0
        let rightNeed = visible.map { DisplayWidth.of(ConcordanceView.flat($0.right)) }.max() ?? 0
        let leftWidth = max(0, min(leftNeed, max(room / 2, room - rightNeed))), rightWidth = room - leftWidth
        var out: [String] = []
        for (i, row) in visible.enumerated() {
            let ref = refWidth > 0 ? DisplayWidth.pad(refs[i], to: refWidth, ascii: ascii) + " " : ""
            let left = DisplayWidth.truncateLeft(ConcordanceView.flat(row.left), to: leftWidth, ascii: ascii)
            let leftPadded = String(repeating: " ", count: max(0, leftWidth - DisplayWidth.of(left))) + left
            let match = DisplayWidth.pad(matches[i], to: matchWidth, ascii: ascii)
            let right = DisplayWidth.truncate(ConcordanceView.flat(row.right), to: rightWidth, ascii: ascii)
            let number = numberWidth > 0 ? String(repeating: " ", count: numberWidth - numbers[i].count) + numbers[i] + " " : ""
            var line = number + context.styled(ref, .dim) + leftPadded + " " + context.styled(bar, .dim) + " "
            line += context.styled(match, .match) + " " + context.styled(bar, .dim) + " " + right
            out.append(trimRight(line))
        }
        for f in footer { out += TextWrap.lines(f, width: width, ascii: ascii) }
        return out.joined(separator: "\n") + "\n"
    }

    func trimRight(_ s: String) -> String {
        var s = s
        while s.hasSuffix(" ") { s.removeLast() }
        return s
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
