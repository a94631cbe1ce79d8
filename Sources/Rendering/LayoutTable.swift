// LayoutTable: the one layout engine for tables — columns declare their kind and priority, the width decides the rest.

/// A table for people. `TableFit` chooses columns, widths and forms; this turns the choice into lines: ids and
/// links that do not fit their column go whole on lines of their own, prose wraps or is cut at a word, and a
/// footer says which columns were left out and what the shortened forms mean.
public struct LayoutTable: Sendable {
    public var columns: [LayoutColumn]
    public var rows: [LayoutRow]
    /// Lines under the table (after the engine's own notes).
    public var footer: [String]
    public var showsHeader: Bool
    /// Columns of space before the header and every row (not headings).
    public var indent: Int
    /// What the note about left-out columns ends with; nil leaves the note out.
    public var droppedHint: String?

    public init(columns: [LayoutColumn], rows: [LayoutRow], footer: [String] = [], showsHeader: Bool = true, indent: Int = 0,
                droppedHint: String? = "--format csv has every column") {
        self.columns = columns; self.rows = rows; self.footer = footer; self.showsHeader = showsHeader
        self.indent = indent; self.droppedHint = droppedHint
    }

    var cellRows: [[LayoutCell]] { rows.compactMap { if case .cells(let c) = $0 { c } else { nil } } }

    /// The text view: header, rows and footer, no line wider than the context's width except a lone id or link.
    public func render(in context: RenderContext) -> String {
        lines(in: context).joined(separator: "\n") + "\n"
    }

    public func lines(in context: RenderContext) -> [String] {
        let (body, notes) = layout(in: context)
        return body + notes
    }

    /// The table's lines and, apart, the notes under it (left-out columns, legends, the footer).
    public func layout(in context: RenderContext) -> (body: [String], notes: [String]) {
        let parts = parts(in: context)
        return (parts.header + parts.rows.flatMap { $0 }, parts.notes)
    }

    /// The header line (if shown), each row's lines in row order, and the notes: for views that put text of
    /// their own between rows laid out together.
    public func parts(in context: RenderContext) -> (header: [String], rows: [[String]], notes: [String]) {
        let fit = TableFit(self, width: context.width)
        let ascii = context.charset == .ascii
        // A shortened header's key goes above the table, where it is needed to read it ("A: HLNY CRC (2020-05)").
        var header = fit.visible.compactMap { c in
            columns[c].headerNote.flatMap { fit.headers[c] != columns[c].headers[0] ? $0 : nil }
        }.flatMap { ProseFit.wrap(TerminalSafe.escape($0), width: context.width) }
        if showsHeader {
            let cells = fit.visible.map { c in fit.widths[c]! == 0 ? "" : TerminalSafe.escape(fit.headers[c] ?? "") }
            header.append(context.styled(line(cells, fit, styles: fit.visible.map { _ in nil }, context), .bold))
        }
        var out: [[String]] = []
        var cellRow = 0
        var previousLifted: [Int: String] = [:]
        for row in rows {
            switch row {
            case .blank: out.append([""])
            case .heading(let text):
                out.append(ProseFit.wrap(TerminalSafe.escape(text), width: context.width, keepLongWords: true)
                    .map { context.styled($0, .bold) })
            case .cells(let cells):
                out.append(render(cells, index: cellRow, fit, context, previousLifted: &previousLifted))
                cellRow += 1
            }
        }
        var notes: [String] = []
        // Unnamed columns (a bar) are drawing, not data: leaving them out needs no note.
        let droppedNames = fit.dropped.map { columns[$0].name }.filter { !$0.isEmpty }
        if !droppedNames.isEmpty, let hint = droppedHint {
            let dash = ascii ? "-" : "—"
            notes.append("not shown at \(context.width) columns: " + droppedNames.joined(separator: ", ") + " \(dash) " + hint)
        }
        for c in fit.visible {
            if let level = fit.levels[c], level < columns[c].legends.count, let legend = columns[c].legends[level] { notes.append(legend) }
            if let note = columns[c].note { notes.append(note) }
        }
        var seen = Set<String>()
        let wrapped = (notes.filter { seen.insert($0).inserted } + footer).flatMap {
            ProseFit.wrap(TerminalSafe.escape($0), width: context.width, keepLongWords: true)
        }
        return (header, out, wrapped)
    }

    /// One cell row: lines for ids that do not fit above it, its own lines, links that do not fit below it.
    func render(_ cells: [LayoutCell], index: Int, _ fit: TableFit, _ context: RenderContext,
                previousLifted: inout [Int: String]) -> [String] {
        let ascii = context.charset == .ascii
        var before: [String] = [], after: [String] = []
        var columnsText: [[String]] = []
        var styles: [RenderContext.Style?] = []
        var x = indent
        for c in fit.visible {
            let column = columns[c], w = fit.widths[c]!
            x += DisplayWidth.of(fit.separator(before: c, self))
            let cell = c < cells.count ? cells[c] : .empty
            let style = cell.style ?? column.style
            styles.append(style)
            var text: [String]
            switch column.kind {
            case .identifier, .name, .link:
                let full = TerminalSafe.escape(column.kind == .name ? (fit.names[c]?[index] ?? cell.text) : cell.text)
                if DisplayWidth.of(full) <= w {
                    text = [full]
                } else {
                    text = [""]
                    // A lone id or link keeps its column's place when it fits the line from there, else starts the line.
                    let at = x + DisplayWidth.of(full) <= context.width ? x : 0
                    let pad = String(repeating: " ", count: at)
                    if column.kind == .link {
                        after.append(pad + (style.map { context.styled(full, $0) } ?? full))
                    } else if !(w == 0 && previousLifted[c] == full) {
                        before += LayoutTable.idLines(full, width: context.width).map { piece in
                            pad + (style.map { context.styled(piece, $0) } ?? piece)
                        }
                    }
                    if w == 0 { previousLifted[c] = full }
                }
            case .rating, .number:
                text = [TerminalSafe.escape(cell.form(fit.levels[c] ?? 0))]
            case .prose(let mode):
                let t = ProseFit.flatten(cell.text)
                switch mode {
                case .wrap:
                    text = ProseFit.wrap(t.trimmingSpaces(), width: w)
                    // A link wider than the column goes whole on a line of its own after the row, as in a link column.
                    for (i, piece) in text.enumerated() where DisplayWidth.of(piece) > w {
                        let at = x + DisplayWidth.of(piece) <= context.width ? x : 0
                        after.append(String(repeating: " ", count: at) + piece)
                        text[i] = ""
                    }
                    while text.count > 1 && text.last == "" { text.removeLast() }
                case .cut: text = [ProseFit.cut(t, width: w, ascii: ascii)]
                case .cutLeading: text = [ProseFit.cutLeading(t, width: w, ascii: ascii)]
                }
            case .bar:
                text = [cell.fraction.map { Bars.bar($0, maximum: 1, width: w, charset: context.charset) } ?? ""]
            }
            columnsText.append(text)
            x += w
        }
        let height = columnsText.map(\.count).max() ?? 1
        var out = before
        for i in 0..<height {
            out.append(line(columnsText.map { i < $0.count ? $0[i] : "" }, fit, styles: styles, context))
        }
        return out + after
    }

    /// A lone id on as few lines as the width allows: whole when it fits, else broken before its "#" only, so the
    /// report id and the finding's part each stay whole ("fenland-crc-2019" / "#organisational-delivery-2").
    static func idLines(_ id: String, width: Int) -> [String] {
        guard DisplayWidth.of(id) > width, let hash = id.firstIndex(of: "#"), hash != id.startIndex else { return [id] }
        return [String(id[..<hash]), String(id[hash...])]
    }

    /// Cells padded to their columns and joined, styles around the text only, trailing spaces trimmed.
    func line(_ texts: [String], _ fit: TableFit, styles: [RenderContext.Style?], _ context: RenderContext) -> String {
        var s = String(repeating: " ", count: indent)
        for (k, c) in fit.visible.enumerated() {
            let column = columns[c], w = fit.widths[c]!
            s += fit.separator(before: c, self)
            let text = texts[k], fill = String(repeating: " ", count: max(0, w - DisplayWidth.of(text)))
            let styled = styles[k].map { context.styled(text, $0) } ?? text
            s += column.alignment == .right ? fill + styled : styled + fill
        }
        return s.trimmingSpaces(leading: false)
    }
}

extension String {
    /// Without spaces at the end (and at the start unless `leading` is false).
    func trimmingSpaces(leading: Bool = true) -> String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        if leading { while s.first == " " { s.removeFirst() } }
        return String(s)
    }
}
