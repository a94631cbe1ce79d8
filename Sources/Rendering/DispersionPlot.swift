// DispersionPlot: one strip per text showing where in it a phrase falls — the corpus linguist's concordance plot.

public struct DispersionPlot: Renderable {
    public struct Row: Sendable {
        public var label: String
        /// Kept whole after the label when the label is cut ("2019").
        public var suffix: String
        /// Length of the text in tokens.
        public var length: Int
        /// Token positions of each hit.
        public var hits: [Int]
        public init(label: String, suffix: String = "", length: Int, hits: [Int]) {
            self.label = label; self.suffix = suffix; self.length = length; self.hits = hits
        }
        var fullLabel: String { suffix.isEmpty ? label : label + " " + suffix }
    }

    public var rows: [Row]
    public var header: [String]
    public var footer: [String]
    public var data: DataTable

    public init(rows: [Row], header: [String] = [], footer: [String] = [], data: DataTable) {
        self.rows = rows; self.header = header; self.footer = footer; self.data = data
    }

    public func render(in context: RenderContext) -> String {
        guard context.format == .table else { return data.render(in: context) }
        let width = context.width, ascii = context.charset == .ascii
        var lines = header.flatMap { ChartText.wrap(TerminalSafe.escape($0), width, ascii: ascii) }
        guard !rows.isEmpty else { return (lines + ["(no write-up has a match)"]).joined(separator: "\n") + "\n" }
        let countW = max(4, rows.map { String($0.hits.count).count }.max() ?? 1)
        let labelNeed = max(8, rows.map { DisplayWidth.of(TerminalSafe.escape($0.fullLabel)) }.max() ?? 0)
        let labelW = min(labelNeed, max(8, width * 3 / 10))
        // label, space, border, strip, border, space, count
        let stripW = max(4, width - labelW - 2 - 2 - 1 - countW)
        let edge = ascii ? "|" : "│"
        lines.append(context.styled(ChartText.trimRight(String(repeating: " ", count: labelW) + "  "
            + DisplayWidth.pad("start", to: stripW / 2, ascii: ascii) + DisplayWidth.pad("end", to: stripW - stripW / 2, right: true, ascii: ascii)
            + " " + DisplayWidth.pad("hits", to: countW, right: true, ascii: ascii)), .bold))
        for r in rows {
            let strip = DispersionPlot.strip(r, width: stripW, ascii: ascii)
            let fits = DisplayWidth.of(TerminalSafe.escape(r.fullLabel)) <= labelW || r.suffix.isEmpty || DisplayWidth.of(r.suffix) + 4 > labelW
            let label = fits ? r.fullLabel : ChartText.clip(r.label, labelW - DisplayWidth.of(r.suffix) - 1, context) + " " + r.suffix
            lines.append(ChartText.cell(label, labelW, context) + " " + edge + context.styled(strip, .match) + edge + " "
                         + DisplayWidth.pad(String(r.hits.count), to: countW, right: true, ascii: ascii))
        }
        lines.append(String(repeating: " ", count: labelW + 2) + DisplayWidth.pad("0%", to: stripW / 2, ascii: ascii)
                     + DisplayWidth.pad("100%", to: stripW - stripW / 2, right: true, ascii: ascii))
        lines += footer.flatMap { ChartText.wrap(TerminalSafe.escape($0), width, ascii: ascii) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One cell per stretch of text: empty, one hit, or several hits in that stretch.
    static func strip(_ r: Row, width: Int, ascii: Bool) -> String {
        var counts = [Int](repeating: 0, count: width)
        for h in r.hits {
            let i = r.length > 0 ? min(width - 1, max(0, h * width / r.length)) : 0
            counts[i] += 1
        }
        return String(counts.map { n -> Character in
            switch n {
            case 0: ascii ? " " : "·"
            case 1: "|"
            default: ascii ? "#" : "┃"
            }
        })
    }
}
