// LineChart: several series over shared points (years) on one pair of axes — labelled ticks, a marker per series, a legend.

/// Lines between each series' points, drawn in braille dots (2×4 per character cell) on a UTF-8 terminal or
/// with `/ - \` in ASCII, a marker of its own for each series on every point it has, a y axis with labelled
/// ticks from 0 to a round maximum, the points' labels under the x axis (thinned when they would touch), and
/// a legend. A series without a value at a point (no write-up that year) has a gap there, never a zero.
public struct LineChart: Renderable {
    public struct Series: Sendable {
        public var name: String
        /// One value per point; nil where there is nothing to show.
        public var values: [Double?]
        public init(name: String, values: [Double?]) { self.name = name; self.values = values }
    }

    public var points: [String]
    public var series: [Series]
    /// What the y axis measures ("per 10,000 words of findings"), printed above it.
    public var yLabel: String
    public var header: [String]
    public var footer: [String]
    public var data: DataTable

    public init(points: [String], series: [Series], yLabel: String, header: [String] = [], footer: [String] = [], data: DataTable) {
        self.points = points; self.series = series; self.yLabel = yLabel; self.header = header; self.footer = footer; self.data = data
    }

    static let markers: [Character] = ["●", "■", "▲", "◆", "○", "□", "△", "◇"]
    static let asciiMarkers: [Character] = ["*", "o", "x", "+", "@", "%", "&", "$"]
    static let styles: [RenderContext.Style] = [.cyan, .magenta, .yellow, .green, .red]

    /// The marker of series `i` (markers repeat after eight series).
    public static func marker(_ i: Int, ascii: Bool) -> Character {
        let list = ascii ? asciiMarkers : markers
        return list[i % list.count]
    }

    /// Where two series' points fall in one cell.
    public static func collision(ascii: Bool) -> Character { ascii ? "#" : "✱" }

    /// Plot rows for a width: more room, a taller plot; heights of 4k + 1 rows put ticks on whole rows.
    static func height(_ width: Int) -> Int { width >= 100 ? 13 : width >= 60 ? 9 : 5 }

    public func render(in context: RenderContext) -> String {
        guard context.format == .table else { return data.render(in: context) }
        let width = context.width, ascii = context.charset == .ascii
        var lines = header.flatMap { ChartText.wrap(TerminalSafe.escape($0), width, ascii: ascii) }
        let values = series.flatMap { $0.values.compactMap { $0 } }.filter { $0.isFinite }
        guard !points.isEmpty, !series.isEmpty, !values.isEmpty else {
            return (lines + ["(nothing to chart)"]).joined(separator: "\n") + "\n"
        }
        // Four equal steps of a round size (1, 2, 2.5 or 5 times a power of ten), so every tick reads plainly.
        let top = 4 * ChartText.niceMaximum((values.max() ?? 0) / 4)
        let h = Self.height(width)
        let ticks = stride(from: 0, to: h, by: (h - 1) / 4).map { row in (row, top * Double(h - 1 - row) / Double(h - 1)) }
        let tickW = ticks.map { DisplayWidth.of(ChartText.number($0.1)) }.max() ?? 1
        let plotW = max(1, width - tickW - 2)
        let columns = Self.columns(points.count, labels: points, width: plotW)
        var grid = PlotGrid(width: plotW, height: h)
        var rows: [[Int?]] = []
        for s in series {
            // Each point's dot row, from the exact value; its marker sits in the cell that holds that dot.
            let dots = s.values.map { v in v.map { Int(((1 - min(max($0, 0), top) / top) * Double(4 * h - 1)).rounded()) } }
            rows.append(dots.map { $0.map { $0 / 4 } })
            for i in s.values.indices.dropFirst() {
                guard let a = dots[i - 1], let b = dots[i] else { continue }
                if ascii {
                    grid.asciiLine(from: (columns[i - 1], a / 4), to: (columns[i], b / 4))
                } else {
                    grid.brailleLine(from: (2 * columns[i - 1], a), to: (2 * columns[i], b))
                }
            }
        }
        var collided = false
        for (k, r) in rows.enumerated() {
            for (i, row) in r.enumerated() {
                guard let row else { continue }
                collided = grid.mark(column: columns[i], row: row, series: k, glyph: Self.marker(k, ascii: ascii),
                                     collision: Self.collision(ascii: ascii)) || collided
            }
        }

        lines.append(ChartText.clip(yLabel, width, context))
        let tickAt = Dictionary(uniqueKeysWithValues: ticks.map { ($0.0, ChartText.number($0.1)) })
        for row in 0..<h {
            let label = DisplayWidth.pad(tickAt[row] ?? "", to: tickW, right: true)
            let axis = tickAt[row] == nil ? (ascii ? "|" : "│") : (ascii ? "+" : "┤")
            lines.append(ChartText.trimRight(label + " " + axis + grid.line(row, context, styles: Self.styles)))
        }
        var base = Array(repeating: ascii ? "-" : "─", count: plotW)
        for c in columns { base[c] = ascii ? "+" : "┬" }
        lines.append(String(repeating: " ", count: tickW + 1) + (ascii ? "+" : "└") + base.joined())
        lines.append(ChartText.trimRight(String(repeating: " ", count: tickW + 2) + Self.labelLine(points, at: columns, width: plotW)))
        var legend = series.indices.map { String(Self.marker($0, ascii: ascii)) + " " + series[$0].name }
        if collided { legend.append(String(Self.collision(ascii: ascii)) + " several series at one point") }
        lines += ChartText.legend(legend, width, context)
        lines += footer.flatMap { ChartText.wrap(TerminalSafe.escape($0), width, ascii: ascii) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The plot column of each point: evenly spread, inset so the first and last labels fit under the plot.
    static func columns(_ n: Int, labels: [String], width: Int) -> [Int] {
        guard n > 1 else { return [width / 2] }
        let widest = labels.map { DisplayWidth.of($0) }.max() ?? 1
        let inset = min((widest - 1) / 2, max(0, (width - n) / 2))
        let span = width - 1 - 2 * inset
        return (0..<n).map { inset + Int((Double($0) * Double(span) / Double(n - 1)).rounded()) }
    }

    /// Labels centred under their columns; a label that would touch the one before is left out, and the last
    /// label is kept in preference to the one before it.
    static func labelLine(_ labels: [String], at columns: [Int], width: Int) -> String {
        var placed: [(Int, String)] = []
        func start(_ i: Int) -> Int {
            let w = DisplayWidth.of(labels[i])
            return min(max(0, columns[i] - (w - 1) / 2), max(0, width - w))
        }
        for i in labels.indices {
            let s = start(i)
            if let last = placed.last, s <= last.0 + DisplayWidth.of(last.1) {
                if i == labels.count - 1 { placed.removeLast() } else { continue }
                if let prior = placed.last, s <= prior.0 + DisplayWidth.of(prior.1) { continue }
            }
            placed.append((s, labels[i]))
        }
        var line = ""
        for (s, text) in placed {
            line += String(repeating: " ", count: max(0, s - DisplayWidth.of(line))) + text
        }
        return DisplayWidth.truncate(line, to: width)
    }
}
