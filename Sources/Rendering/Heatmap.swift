// Heatmap: rows by columns of one-letter cells (O G R I ?), coloured only when allowed, with totals and a legend.

public struct Heatmap: Renderable {
    public struct Cell: Sendable {
        public var text: String
        public var style: RenderContext.Style?
        public init(_ text: String, style: RenderContext.Style? = nil) { self.text = text; self.style = style }
    }

    public struct Row: Sendable {
        public var label: String
        /// Shorter forms of the label, longest first ("Cumbria & Lancashire", "CL"): a label shortens only to one
        /// of these, and only while the labels stay unique.
        public var labelForms: [String]
        /// Kept whole after the label ("2019"), so rows stay told apart.
        public var suffix: String
        public var cells: [Cell]
        /// Right-aligned totals after the cells ("2/10", "4").
        public var extras: [String]
        public init(label: String, labelForms: [String] = [], suffix: String = "", cells: [Cell], extras: [String] = []) {
            self.label = label; self.suffix = suffix; self.cells = cells; self.extras = extras
            self.labelForms = [label] + labelForms.filter { $0 != label }
        }
        var fullLabel: String { suffix.isEmpty ? label : label + " " + suffix }
        /// Each form with the suffix after it, escaped as shown.
        var shownForms: [String] { labelForms.map { TerminalSafe.escape(suffix.isEmpty ? $0 : $0 + " " + suffix) } }
    }

    /// One titled grid; a heatmap may hold several (one per framework).
    public struct Block: Sendable {
        public var title: String
        /// Short headings ("1.1", "Assess") and the full names the compact key spells out.
        public var columns: [String]
        public var columnNames: [String]
        /// A vertical rule is drawn before this column (e.g. before "overall").
        public var ruleBefore: Int?
        public var rows: [Row]
        /// Rows of totals under a line (e.g. how many O, G, R, I, ? per column).
        public var totals: [Row]
        public init(title: String, columns: [String], columnNames: [String], ruleBefore: Int? = nil, rows: [Row], totals: [Row]) {
            self.title = title; self.columns = columns; self.columnNames = columnNames; self.ruleBefore = ruleBefore
            self.rows = rows; self.totals = totals
        }
    }

    public var blocks: [Block]
    public var extraHeaders: [String]
    public var legend: [String]
    public var header: [String]
    public var footer: [String]
    public var data: DataTable

    public init(blocks: [Block], extraHeaders: [String] = [], legend: [String], header: [String] = [],
                footer: [String] = [], data: DataTable) {
        self.blocks = blocks; self.extraHeaders = extraHeaders; self.legend = legend; self.header = header
        self.footer = footer; self.data = data
    }

    public func render(in context: RenderContext) -> String {
        guard context.format == .table else { return data.render(in: context) }
        let ascii = context.charset == .ascii
        var lines = header.flatMap { ChartText.wrap(TerminalSafe.escape($0), context.width, ascii: ascii) }
        if blocks.isEmpty { lines.append("(nothing to chart)") }
        for (i, b) in blocks.enumerated() {
            if i > 0 || !lines.isEmpty { lines.append("") }
            lines += render(b, context)
        }
        lines.append("")
        lines += ChartText.legend(legend, context.width, context)
        lines += footer.flatMap { ChartText.wrap(TerminalSafe.escape($0), context.width, ascii: ascii) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Tries full headings, then compact lettered headings with a key; drops the extras only if the labels
    /// would otherwise be cut below 12 columns.
    func render(_ b: Block, _ context: RenderContext) -> [String] {
        let width = context.width
        let allRows = b.rows + b.totals
        let labelNeed = allRows.map { DisplayWidth.of(TerminalSafe.escape($0.fullLabel)) }.max() ?? 0
        let cellNeed = b.columns.indices.map { j in allRows.map { j < $0.cells.count ? DisplayWidth.of($0.cells[j].text) : 1 }.max() ?? 1 }
        let extraW = extraHeaders.indices.map { k in
            max(DisplayWidth.of(extraHeaders[k]), allRows.map { k < $0.extras.count ? DisplayWidth.of($0.extras[k]) : 0 }.max() ?? 0)
        }
        var tight = false, gap = 1
        func gridWidth(_ cw: [Int]) -> Int { cw.reduce(0, +) + max(0, cw.count - 1) * gap + (b.ruleBefore != nil ? 3 - gap : 0) }
        func extrasWidth(_ ew: [Int]) -> Int { ew.reduce(0) { $0 + $1 + 2 } }
        let full = b.columns.indices.map { max(DisplayWidth.of(b.columns[$0]), cellNeed[$0]) }
        let keys = b.columns.indices.map { Heatmap.key($0) }
        let compact = b.columns.indices.map { max(DisplayWidth.of(keys[$0]), cellNeed[$0]) }
        var useCompact = false, ew = extraW
        var cw = full
        func labelRoom() -> Int { width - 2 - gridWidth(cw) - extrasWidth(ew) }
        if labelRoom() < min(labelNeed, 16) { cw = compact; useCompact = true }
        if labelRoom() < min(labelNeed, 12) { ew = [] }
        // Narrowest: one-column cells without gaps; the totals move to a table of their own below.
        if labelRoom() < min(labelNeed, 12) {
            tight = true; gap = 0
            cw = b.columns.indices.map { j in b.rows.map { j < $0.cells.count ? DisplayWidth.of($0.cells[j].text) : 1 }.max() ?? 1 }
        }
        // Labels take their longest forms that fit and stay unique; never narrower than the shortest unique forms
        // (the columns then go in more bands).
        let forms = allRows.map(\.shownForms)
        // Only when even one column beside the shortest forms cannot fit the width is a label cut, at the end.
        let cap = max(4, width - 2 - (cw.max() ?? 1) - extrasWidth(ew) - 3)
        let labelW = max(4, min(cap, max(NameFit.minimumWidth(forms), min(labelNeed, width - 2 - gridWidth(cw) - extrasWidth(ew)))))
        let shown = NameFit.fit(forms, within: labelW).shown
        var shownLabel: [String: String] = [:]
        for (r, text) in zip(allRows, shown) {
            shownLabel[r.fullLabel] = DisplayWidth.of(text) <= labelW ? text : ChartText.clip(text, labelW, context)
        }
        let headings = useCompact ? keys : b.columns
        // Columns in bands that fit the width: one band when they fit, else several, labels repeated.
        var bands: [Range<Int>] = [], start = 0
        while start < cw.count {
            var end = start + 1
            while end < cw.count {
                let sub = Array(cw[start...end])
                let rule = b.ruleBefore.map { $0 > start && $0 <= end } ?? false
                let need = labelW + 2 + sub.reduce(0, +) + (sub.count - 1) * gap + (rule ? 3 - gap : 0) + (end == cw.count - 1 ? extrasWidth(ew) : 0)
                if need > width { break }
                end += 1
            }
            bands.append(start..<end); start = end
        }

        func line(_ label: String, _ suffix: String, _ cells: [Cell], _ extras: [String], band: Range<Int>, bold: Bool = false) -> String {
            let full = suffix.isEmpty ? label : label + " " + suffix
            var s = DisplayWidth.pad(shownLabel[full] ?? TerminalSafe.escape(full), to: labelW)
            s += "  "
            var plainCells: [String] = []
            for j in band {
                if j == b.ruleBefore && j != band.lowerBound { plainCells.append((gap == 0 ? " " : "") + (context.charset == .ascii ? "|" : "│") + (gap == 0 ? " " : "")) }
                let c = j < cells.count ? cells[j] : Cell("")
                let text = ChartText.centre(TerminalSafe.escape(c.text), cw[j])
                plainCells.append(c.style.map { context.styled(text, $0) } ?? text)
            }
            s += plainCells.joined(separator: gap == 0 ? "" : " ")
            if band.upperBound == cw.count {
                for (k, w) in ew.enumerated() { s += "  " + ChartText.cell(k < extras.count ? extras[k] : "", w, context, right: true) }
            }
            s = ChartText.trimRight(s)
            return bold ? context.styled(s, .bold) : s
        }
        var out = [context.styled(ChartText.clip(b.title, width, context), .bold)]
        for (i, band) in bands.enumerated() {
            if i > 0 { out.append("") }
            out.append(line("", "", headings.map { Cell($0) }, extraHeaders, band: band, bold: true))
            for r in b.rows { out.append(line(r.label, r.suffix, r.cells, r.extras, band: band)) }
            if !b.totals.isEmpty && !tight {
                let sub = Array(cw[band])
                let used = labelW + 2 + sub.reduce(0, +) + (sub.count - 1) * gap + (band.upperBound == cw.count ? extrasWidth(ew) : 0)
                    + (b.ruleBefore.map { band.contains($0) && $0 != band.lowerBound } == true ? 3 - gap : 0)
                out.append(context.styled(String(repeating: context.charset == .ascii ? "-" : "─", count: min(width, used)), .dim))
                for r in b.totals { out.append(line(r.label, r.suffix, r.cells, r.extras, band: band)) }
            }
        }
        if tight && !b.totals.isEmpty {
            out += transposedTotals(b, keys: keys, context)
            return out
        }
        if useCompact {
            let items = b.columns.indices.map { keys[$0] + " " + (b.columnNames.indices.contains($0) ? b.columnNames[$0] : b.columns[$0]) }
            out += ChartText.legend(items, width, context)
        }
        return out
    }

    /// Totals as a table of their own, one line per column ("a 1.1 Leadership  2 1 · · 26"), headed by the
    /// total rows' last words ("O G R I ?"): what a narrow terminal shows instead of totals under each column.
    func transposedTotals(_ b: Block, keys: [String], _ context: RenderContext) -> [String] {
        let heads = b.totals.map { String($0.label.split(separator: " ").last ?? "") }
        let valueW = b.totals.indices.map { t in
            max(DisplayWidth.of(heads[t]), b.totals[t].cells.map { DisplayWidth.of($0.text) }.max() ?? 1)
        }
        let numbersW = valueW.reduce(0) { $0 + $1 + 1 }
        let nameW = max(4, context.width - numbersW - 1)
        func row(_ name: String, _ values: [String]) -> String {
            ChartText.trimRight(ChartText.cell(name, nameW, context) + " "
                                + values.indices.map { DisplayWidth.pad(values[$0], to: valueW[$0], right: true) }.joined(separator: " "))
        }
        var out = [context.styled(row("column totals", heads), .bold)]
        for j in b.columns.indices {
            let name = keys[j] + " " + (b.columnNames.indices.contains(j) ? b.columnNames[j] : b.columns[j])
            out.append(row(name, b.totals.map { j < $0.cells.count ? TerminalSafe.escape($0.cells[j].text) : "" }))
        }
        return out
    }

    /// Compact column keys: a, b, c, ... z, then aa, ab, ...
    static func key(_ i: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        return i < 26 ? String(letters[i]) : String(letters[i / 26 - 1]) + String(letters[i % 26])
    }
}
