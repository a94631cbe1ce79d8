// CrossTable: rows by columns of numbers with row and column totals — as figures, or as a shaded heatmap — fitted to the width.

/// A two-way table: one number per row and column group, nil where no write-up falls in both (shown `·`,
/// or `-` in ASCII), with totals. As figures, columns that do not fit go to further bands with the row
/// labels repeated; headings too long for their column become letters with a key. Shaded, each cell is
/// filled with one of four shades by its value over a round scale (blank for zero), with the totals as
/// figures beside and below.
public struct CrossTable: Renderable {
    public enum Style: Sendable { case figures, shaded }

    /// Names the row labels' column ("owner").
    public var rowHeader: String
    public var rowLabels: [String]
    public var columnLabels: [String]
    /// `values[r][c]`; nil for a pair with nothing to measure.
    public var values: [[Double?]]
    public var rowTotals: [Double]
    public var columnTotals: [Double]
    public var total: Double
    /// Decimals shown: 0 for counts (grouped by thousands), 1 or 2 for rates.
    public var digits: Int
    public var style: Style
    /// What the shades measure ("hits per 10,000 words"), for the scale's legend.
    public var scaleLabel: String
    public var header: [String]
    public var footer: [String]
    public var data: DataTable

    public init(rowHeader: String, rowLabels: [String], columnLabels: [String], values: [[Double?]], rowTotals: [Double],
                columnTotals: [Double], total: Double, digits: Int, style: Style, scaleLabel: String, header: [String] = [],
                footer: [String] = [], data: DataTable) {
        self.rowHeader = rowHeader; self.rowLabels = rowLabels; self.columnLabels = columnLabels; self.values = values
        self.rowTotals = rowTotals; self.columnTotals = columnTotals; self.total = total; self.digits = digits
        self.style = style; self.scaleLabel = scaleLabel; self.header = header; self.footer = footer; self.data = data
    }

    static let shades: [Character] = ["░", "▒", "▓", "█"]
    static let asciiShades: [Character] = [".", ":", "*", "#"]

    func figure(_ v: Double) -> String { digits == 0 ? formatGrouped(Int(v.rounded())) : formatFixed(v, digits: digits) }

    /// The shade of a value over a scale to `top`: 0 for (0, top/4], up to 3; nil for zero.
    static func level(_ v: Double, top: Double) -> Int? {
        guard v > 0, top > 0 else { return nil }
        return min(3, max(0, Int((v / top * 4).rounded(.up)) - 1))
    }

    public func render(in context: RenderContext) -> String {
        guard context.format == .table else { return data.render(in: context) }
        let width = context.width, ascii = context.charset == .ascii
        var lines = header.flatMap { ChartText.wrap(TerminalSafe.escape($0), width, ascii: ascii) }
        guard !rowLabels.isEmpty, !columnLabels.isEmpty else {
            return (lines + ["(nothing to show)"]).joined(separator: "\n") + "\n"
        }
        let none = ascii ? "-" : "·"
        let top = ChartText.niceMaximum(values.flatMap { $0.compactMap { $0 } }.max() ?? 0)
        let shaded = style == .shaded
        func cellText(_ v: Double?, _ w: Int) -> String {
            guard let v else { return ChartText.centre(none, w) }
            guard shaded else { return DisplayWidth.pad(figure(v), to: w, right: true) }
            guard let l = Self.level(v, top: top) else { return String(repeating: " ", count: w) }
            return String(repeating: (ascii ? Self.asciiShades : Self.shades)[l], count: max(1, w))
        }
        // Column widths: what the cells and the column total need, and the heading (full, or its key).
        let keys = columnLabels.indices.map { Self.key($0) }
        func need(_ j: Int, heading: String) -> Int {
            let cells = shaded ? 2 : values.map { $0[j].map { DisplayWidth.of(figure($0)) } ?? 1 }.max() ?? 1
            return max(DisplayWidth.of(TerminalSafe.escape(heading)), cells, DisplayWidth.of(figure(columnTotals[j])))
        }
        let totalW = max(DisplayWidth.of("total"), rowTotals.map { DisplayWidth.of(figure($0)) }.max() ?? 0,
                         DisplayWidth.of(figure(total)))
        let labelNeed = (rowLabels + [rowHeader, "total"]).map { DisplayWidth.of(TerminalSafe.escape($0)) }.max() ?? 5
        let labelW = max(4, min(labelNeed, max(8, width * 2 / 5)))
        let room = width - labelW
        var headings = columnLabels
        var widths = columnLabels.indices.map { need($0, heading: columnLabels[$0]) }
        if widths.reduce(0, { $0 + $1 + 2 }) + totalW + 2 > room {
            headings = keys
            widths = columnLabels.indices.map { need($0, heading: keys[$0]) }
        }
        let bands = Self.bands(widths, room: room, last: totalW + 2)

        var out: [String] = []
        for (b, band) in bands.enumerated() {
            if b > 0 { out.append("") }
            let last = b == bands.count - 1
            func line(_ label: String, _ cells: [String], _ total: String?) -> String {
                var s = ChartText.cell(label, labelW, context)
                for (k, j) in band.enumerated() { s += "  " + cells[k].padding(widths[j]) }
                if last, let total { s += "  " + DisplayWidth.pad(total, to: totalW, right: true) }
                return ChartText.trimRight(s)
            }
            let head = band.map { DisplayWidth.pad(TerminalSafe.escape(headings[$0]), to: widths[$0], right: !shaded) }
            out.append(context.styled(line(rowHeader, head, "total"), .bold))
            for (i, label) in rowLabels.enumerated() {
                out.append(line(label, band.map { cellText(values[i][$0], widths[$0]) }, figure(rowTotals[i])))
            }
            let rule = labelW + band.reduce(0) { $0 + widths[$1] + 2 } + (last ? totalW + 2 : 0)
            out.append(context.styled(String(repeating: ascii ? "-" : "─", count: min(width, rule)), .dim))
            out.append(line("total", band.map { DisplayWidth.pad(figure(columnTotals[$0]), to: widths[$0], right: true) }, figure(total)))
        }
        lines += out
        if headings == keys {
            lines += ChartText.legend(columnLabels.indices.map { keys[$0] + " " + columnLabels[$0] }, width, context)
        }
        if shaded {
            let glyphs = ascii ? Self.asciiShades : Self.shades
            let steps = (1...4).map { ChartText.number(top * Double($0) / 4) }
            lines += ChartText.legend([scaleLabel + ":"] + glyphs.indices.map { String(glyphs[$0]) + " up to " + steps[$0] }
                                      + ["blank none", none + " no write-ups"], width, context)
        } else if values.contains(where: { $0.contains(nil) }) {
            lines += ChartText.legend([none + " no write-ups in both groups"], width, context)
        }
        lines += footer.flatMap { ChartText.wrap(TerminalSafe.escape($0), width, ascii: ascii) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Columns in bands that fit `room` (each column takes its width and two spaces); the totals column
    /// (`last` wide) goes with the last band, or a band of its own when it does not fit there.
    static func bands(_ widths: [Int], room: Int, last: Int) -> [[Int]] {
        var bands: [[Int]] = [], current: [Int] = [], used = 0
        for (j, w) in widths.enumerated() {
            if !current.isEmpty && used + w + 2 > room { bands.append(current); current = []; used = 0 }
            current.append(j); used += w + 2
        }
        if !current.isEmpty && used + last > room { bands.append(current); current = [] }
        bands.append(current)
        return bands
    }

    /// Column keys when headings do not fit: a, b, ... z, then aa, ab, ...
    static func key(_ i: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        return i < 26 ? String(letters[i]) : String(letters[i / 26 - 1]) + String(letters[i % 26])
    }
}

extension String {
    /// Pads with spaces to `width` columns (already fitted text only: nothing is cut).
    fileprivate func padding(_ width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - DisplayWidth.of(self)))
    }
}
