// BarChart: labelled horizontal bars, plain or stacked, with value columns, the value at each bar's end and a scale.

public struct BarChart: Renderable {
    /// One stacked part of every bar: its name for the legend, its fill and its colour.
    public struct Series: Sendable {
        public var name: String
        public var glyph: Character
        public var asciiGlyph: Character
        public var style: RenderContext.Style?
        public init(_ name: String, glyph: Character = "█", ascii: Character = "#", style: RenderContext.Style? = nil) {
            self.name = name; self.glyph = glyph; self.asciiGlyph = ascii; self.style = style
        }
    }

    public struct Row: Sendable {
        public var label: String
        /// Right-aligned numbers shown before the bar (dropped first when the width is tight).
        public var values: [String]
        /// One value per series; a plain chart has one.
        public var segments: [Double]
        /// Printed just after the bar.
        public var end: String
        /// The estimate's 95% interval, drawn as a range on the bar (single-series charts) and printed after `end`
        /// where the width allows.
        public var low: Double?
        public var high: Double?
        /// A small group: " *" after the end, whatever the width.
        public var marked: Bool
        public init(label: String, values: [String] = [], segments: [Double], end: String, low: Double? = nil, high: Double? = nil,
                    marked: Bool = false) {
            self.label = label; self.values = values; self.segments = segments; self.end = end
            self.low = low; self.high = high; self.marked = marked
        }

        /// The text after the bar: the estimate, its interval when asked for, the small-group mark.
        func endText(interval: Bool, digits: Int, factor: Double = 1, unit: String = "", charset: Charset) -> String {
            var s = end
            if interval, let low, let high {
                s += " (" + formatFixed(low * factor, digits: digits) + (charset == .ascii ? "-" : "\u{2013}")
                    + formatFixed(high * factor, digits: digits) + unit + ")"
            }
            return s + (marked ? " *" : "")
        }
    }

    public var labelHeader: String
    public var valueHeaders: [String]
    public var series: [Series]
    public var rows: [Row]
    /// What the bar length measures ("inspections", "per 10,000 words"): printed with the scale.
    public var scaleLabel: String
    /// The scale's end; defaults to a round number at or above the longest bar.
    public var maximum: Double?
    /// Lines above the chart (a note on what was chosen) and below the legend.
    public var header: [String]
    public var footer: [String]
    /// The data behind the chart, for csv, tsv, json and markdown.
    public var data: DataTable
    /// What the rows' intervals are ("exact Poisson"), for the legend; digits of their printed numbers.
    public var intervalNote: String?
    public var intervalDigits: Int = 1
    /// The interval's printed numbers are its bounds times this, followed by the unit (shares of a count as "%").
    public var intervalFactor: Double = 1
    public var intervalUnit: String = ""

    public init(labelHeader: String, valueHeaders: [String] = [], series: [Series], rows: [Row], scaleLabel: String,
                maximum: Double? = nil, header: [String] = [], footer: [String] = [], data: DataTable) {
        self.labelHeader = labelHeader; self.valueHeaders = valueHeaders; self.series = series; self.rows = rows
        self.scaleLabel = scaleLabel; self.maximum = maximum; self.header = header; self.footer = footer; self.data = data
    }

    public func render(in context: RenderContext) -> String {
        guard context.format == .table else { return data.render(in: context) }
        let width = context.width, ascii = context.charset == .ascii
        var lines = header.flatMap { ChartText.wrap(TerminalSafe.escape($0), width, ascii: ascii) }
        guard !rows.isEmpty else { return (lines + ["(nothing to chart)"]).joined(separator: "\n") + "\n" }
        // The scale reaches the highest interval's end, so no whisker is cut.
        let top = maximum ?? ChartText.niceMaximum(rows.map { max($0.segments.reduce(0, +), $0.high ?? 0) }.max() ?? 0)
        let ranged = series.count <= 1 && rows.contains { $0.low != nil && $0.high != nil }
        var showNumbers = ranged
        func endWidth() -> Int {
            rows.map { DisplayWidth.of($0.endText(interval: showNumbers, digits: intervalDigits, factor: intervalFactor, unit: intervalUnit,
                                                 charset: context.charset)) }.max() ?? 0
        }
        var endW = endWidth()
        var valueW = valueHeaders.indices.map { i in
            max(DisplayWidth.of(valueHeaders[i]), rows.map { i < $0.values.count ? DisplayWidth.of($0.values[i]) : 0 }.max() ?? 0)
        }
        let labelNeed = max(DisplayWidth.of(labelHeader), rows.map { DisplayWidth.of(TerminalSafe.escape($0.label)) }.max() ?? 0)
        let minBar = 10
        func barRoom(_ labelW: Int) -> Int {
            width - labelW - valueW.reduce(0) { $0 + $1 + 2 } - 2 - 1 - endW
        }
        var labelW = min(labelNeed, max(8, width * 2 / 5))
        // The interval's numbers go first (the whisker still shows it), then the value columns.
        if showNumbers && barRoom(labelW) < minBar * 2 { showNumbers = false; endW = endWidth() }
        if barRoom(labelW) < minBar { valueW = [] }
        if barRoom(labelW) < minBar { labelW = max(6, labelW - (minBar - barRoom(labelW))) }
        let barW = max(1, barRoom(labelW))
        let lead = labelW + 2 + valueW.reduce(0) { $0 + $1 + 2 }

        var head = ChartText.cell(labelHeader, labelW, context) + "  "
        for (i, w) in valueW.enumerated() { head += ChartText.cell(valueHeaders[i], w, context, right: true) + "  " }
        // What the bars measure heads the bar column, so the scale below needs only its numbers.
        head += ChartText.clip(scaleLabel, width - lead, context)
        lines.append(context.styled(ChartText.trimRight(head), .bold))
        for row in rows {
            var line = ChartText.cell(row.label, labelW, context) + "  "
            for (i, w) in valueW.enumerated() { line += ChartText.cell(i < row.values.count ? row.values[i] : "", w, context, right: true) + "  " }
            var bar = self.bar(row.segments, top: top, width: barW, context: context)
            if ranged, let low = row.low, let high = row.high {
                let drawn = RangeBar.bar(row.segments.first ?? 0, low: low, high: high, maximum: top, width: barW, charset: context.charset)
                bar = series.first?.style.map { context.styled(drawn, $0) } ?? drawn
            }
            line += bar + (bar.isEmpty ? "" : " ")
                + TerminalSafe.escape(row.endText(interval: showNumbers, digits: intervalDigits, factor: intervalFactor,
                                                                unit: intervalUnit, charset: context.charset))
            lines.append(ChartText.trimRight(line))
        }
        lines += scale(top: top, lead: lead, barW: barW, width: width, context: context)
        if series.count > 1 {
            lines += ChartText.legend(series.map { String(ascii ? $0.asciiGlyph : $0.glyph) + " " + $0.name }, width, context)
        }
        var notes: [String] = []
        if ranged, let intervalNote {
            notes.append(RangeBar.legend(intervalNote, charset: context.charset)
                         + (showNumbers ? ", in brackets after the estimate" : "; its numbers are not shown at \(width) columns (--format csv has them)"))
        }
        if rows.contains(where: \.marked) { notes.append(CountChart.smallGroupLegend) }
        lines += (notes + footer).flatMap { ChartText.wrap(TerminalSafe.escape($0), width, ascii: ascii) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A plain bar in eighth-blocks, or stacked parts in whole cells (each non-empty part gets at least one).
    func bar(_ segments: [Double], top: Double, width: Int, context: RenderContext) -> String {
        let ascii = context.charset == .ascii
        if series.count <= 1 {
            let b = Bars.bar(segments.first ?? 0, maximum: top, width: width, charset: context.charset)
            return series.first?.style.map { context.styled(b, $0) } ?? b
        }
        let cells = BarChart.apportion(segments, top: top, width: width)
        var out = ""
        for (i, n) in cells.enumerated() where n > 0 {
            let s = series[min(i, series.count - 1)]
            let part = String(repeating: ascii ? s.asciiGlyph : s.glyph, count: n)
            out += s.style.map { context.styled(part, $0) } ?? part
        }
        return out
    }

    /// Whole cells per segment: the total rounded to the scale, shared by largest remainder, no non-zero part lost.
    static func apportion(_ segments: [Double], top: Double, width: Int) -> [Int] {
        let total = segments.reduce(0, +)
        guard total > 0, top > 0 else { return segments.map { _ in 0 } }
        let nonZero = segments.filter { $0 > 0 }.count
        let cellsTotal = min(width, max(nonZero, Int((total / top * Double(width)).rounded())))
        let exact = segments.map { $0 / total * Double(cellsTotal) }
        var cells = exact.map { $0 > 0 ? max(1, Int($0)) : 0 }
        var remaining = cellsTotal - cells.reduce(0, +)
        let order = exact.indices.sorted { (exact[$0] - Double(Int(exact[$0])), -$0) > (exact[$1] - Double(Int(exact[$1])), -$1) }
        var k = 0
        while remaining > 0, !order.isEmpty {
            let i = order[k % order.count]
            if exact[i] > 0 { cells[i] += 1; remaining -= 1 }
            k += 1
        }
        while remaining < 0, let i = cells.indices.max(by: { (cells[$0], $1) < (cells[$1], $0) }), cells[i] > 1 {
            cells[i] -= 1; remaining += 1
        }
        return cells
    }

    /// "0", the middle and the end of the scale under the bars.
    func scale(top: Double, lead: Int, barW: Int, width: Int, context: RenderContext) -> [String] {
        let lo = "0", hi = ChartText.number(top), mid = ChartText.number(top / 2)
        var axis = lo
        if barW >= DisplayWidth.of(lo) + DisplayWidth.of(mid) + DisplayWidth.of(hi) + 4 {
            let midAt = barW / 2 - DisplayWidth.of(mid) / 2
            axis += String(repeating: " ", count: max(1, midAt - DisplayWidth.of(lo))) + mid
        }
        let hiAt = max(DisplayWidth.of(axis) + 1, barW - DisplayWidth.of(hi))
        axis += String(repeating: " ", count: hiAt - DisplayWidth.of(axis)) + hi
        guard lead + DisplayWidth.of(axis) <= width else { return [] }
        return [context.styled(String(repeating: " ", count: lead) + axis, .dim)]
    }
}
