// SparklineChart: one sparkline per row across shared points in time, labelled at both ends, with a note per row.

public struct SparklineChart: Renderable {
    public struct Row: Sendable {
        public var label: String
        /// One value per point; nil where the row has no inspection at that point (shown as a gap).
        public var values: [Double?]
        /// Text after the sparkline ("peak 4.1 in 2020").
        public var end: String
        public init(label: String, values: [Double?], end: String) { self.label = label; self.values = values; self.end = end }
    }

    public var labelHeader: String
    /// One label per point ("2018", "2019", ...): the first and last are printed under the sparklines.
    public var points: [String]
    public var rows: [Row]
    /// Shared scale top, so sparklines compare across rows; defaults to the largest value.
    public var maximum: Double?
    public var header: [String]
    public var footer: [String]
    public var data: DataTable

    public init(labelHeader: String, points: [String], rows: [Row], maximum: Double? = nil, header: [String] = [],
                footer: [String] = [], data: DataTable) {
        self.labelHeader = labelHeader; self.points = points; self.rows = rows; self.maximum = maximum
        self.header = header; self.footer = footer; self.data = data
    }

    public func render(in context: RenderContext) -> String {
        guard context.format == .table else { return data.render(in: context) }
        let width = context.width, ascii = context.charset == .ascii
        var lines = header.flatMap { ChartText.wrap(TerminalSafe.escape($0), width, ascii: ascii) }
        guard !rows.isEmpty else { return (lines + ["(nothing to chart)"]).joined(separator: "\n") + "\n" }
        let top = maximum ?? rows.flatMap { $0.values.compactMap { $0 } }.max() ?? 0
        // Each point gets one column, or two when there is room and few points, so short series stay legible.
        let labelNeed = max(DisplayWidth.of(labelHeader), rows.map { DisplayWidth.of(TerminalSafe.escape($0.label)) }.max() ?? 0)
        let endW = rows.map { DisplayWidth.of($0.end) }.max() ?? 0
        let span = DisplayWidth.of(points.first ?? "") + DisplayWidth.of(points.last ?? "") + 1
        var sparkW = max(points.count, min(points.count, span))
        let labelW = max(4, min(labelNeed, width * 2 / 5, width - 2 - max(sparkW, span) - 2 - min(endW, width / 3)))
        let repeatEach = max(1, min(3, (width - labelW - 4 - endW) / max(1, points.count)))
        sparkW = points.count * repeatEach
        let columnW = max(sparkW, points.count > 1 ? span : DisplayWidth.of(points.first ?? ""))
        let endRoom = max(0, width - labelW - 2 - columnW - 2)

        lines.append(context.styled(ChartText.trimRight(ChartText.cell(labelHeader, labelW, context) + "  "
                                                        + DisplayWidth.pad(points.count == 1 ? points[0] : "", to: columnW)), .bold))
        for r in rows {
            let spark = Bars.sparkline(r.values, charset: context.charset, maximum: top)
            let widened = String(spark.flatMap { String(repeating: $0, count: repeatEach) })
            let line = ChartText.cell(r.label, labelW, context) + "  " + DisplayWidth.pad(widened, to: columnW) + "  "
                + ChartText.clip(r.end, endRoom, context)
            lines.append(ChartText.trimRight(line))
        }
        if points.count > 1 {
            let first = points[0], last = points[points.count - 1]
            let gap = max(1, columnW - DisplayWidth.of(first) - DisplayWidth.of(last))
            lines.append(String(repeating: " ", count: labelW + 2) + first + String(repeating: " ", count: gap) + last)
        }
        lines += footer.flatMap { ChartText.wrap(TerminalSafe.escape($0), width, ascii: ascii) }
        return lines.map { DisplayWidth.of($0) > width ? DisplayWidth.truncate($0, to: width, ascii: ascii) : $0 }
            .joined(separator: "\n") + "\n"
    }
}
