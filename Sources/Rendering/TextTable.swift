// TextTable: a DataTable laid out in aligned columns that fit the width, flexible columns truncated first.

public enum TextTable {
    public static func render(_ t: DataTable, in context: RenderContext) -> String {
        let ascii = context.charset == .ascii
        let header = t.columns.map { TerminalSafe.escape($0.name) }
        let body = t.rows.map { row in
            row.map { $0 == .null ? t.nullText : TerminalSafe.escape($0.plain) }
        }
        var widths = header.map { DisplayWidth.of($0) }
        for row in body { for (i, c) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], DisplayWidth.of(c)) } }
        fit(&widths, columns: t.columns, header: header, to: context.width)
        var lines: [String] = []
        func line(_ cells: [String], style: RenderContext.Style?) -> String {
            var parts: [String] = []
            for (i, c) in cells.enumerated() where i < widths.count {
                let last = i == cells.count - 1
                let right = t.columns[i].alignment == .right
                var cell = DisplayWidth.pad(c, to: widths[i], right: right, ascii: ascii)
                if last && !right { cell = DisplayWidth.truncate(c, to: widths[i], ascii: ascii) }
                parts.append(cell)
            }
            let text = parts.joined(separator: "  ")
            return style.map { context.styled(text, $0) } ?? text
        }
        lines.append(line(header, style: .bold))
        for row in body { lines.append(line(row, style: nil)) }
        for f in t.footer { lines.append(DisplayWidth.truncate(TerminalSafe.escape(f), to: context.width, ascii: ascii)) }
        return lines.map { trimTrailingSpaces($0) }.joined(separator: "\n") + "\n"
    }

    /// Shrinks flexible columns (then the widest ones) until the row fits, keeping at least 4 columns each.
    static func fit(_ widths: inout [Int], columns: [Column], header: [String], to width: Int) {
        let gaps = max(0, widths.count - 1) * 2
        var total = widths.reduce(0, +) + gaps
        guard total > width else { return }
        let order = widths.indices.sorted { a, b in
            (columns[a].flexible ? 0 : 1, -widths[a], a) < (columns[b].flexible ? 0 : 1, -widths[b], b)
        }
        for i in order where total > width {
            let floor = min(widths[i], max(4, min(DisplayWidth.of(header[i]), 8)))
            let cut = min(widths[i] - floor, total - width)
            widths[i] -= cut; total -= cut
        }
    }

    static func trimTrailingSpaces(_ s: String) -> String {
        var s = s
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }
}
