// SideBySide: two columns of values under a label column, with a marker between them; long text wraps.

public struct SideBySide: Renderable {
    public struct Row: Sendable {
        public var label: String
        public var a: String
        /// One or two characters between the columns (▲ ▼ = ·), with an optional colour.
        public var marker: String
        public var markerStyle: RenderContext.Style?
        public var b: String
        /// Wrap long values over several lines instead of cutting them.
        public var wrap: Bool
        public init(_ label: String, _ a: String, _ marker: String = "", _ b: String, markerStyle: RenderContext.Style? = nil,
                    wrap: Bool = false) {
            self.label = label; self.a = a; self.marker = marker; self.markerStyle = markerStyle; self.b = b; self.wrap = wrap
        }
    }

    public enum Item: Sendable {
        case row(Row)
        /// Two wrapped texts across the whole width, without the label column (findings, word lists).
        case pair(String, String)
        /// A heading across the whole width.
        case heading(String)
        /// Text across the whole width, wrapped.
        case paragraph(String)
        case blank
    }

    public var titleA: String
    public var titleB: String
    public var items: [Item]
    /// Lines before the table (which inspection was chosen) and after it (what the markers mean).
    public var header: [String]
    public var footer: [String]
    public var data: DataTable

    public init(titleA: String, titleB: String, items: [Item], header: [String] = [], footer: [String] = [], data: DataTable) {
        self.titleA = titleA; self.titleB = titleB; self.items = items; self.header = header; self.footer = footer; self.data = data
    }

    public func render(in context: RenderContext) -> String {
        guard context.format == .table else { return data.render(in: context) }
        let width = context.width, ascii = context.charset == .ascii
        let rows = items.compactMap { if case .row(let r) = $0 { r } else { nil } }
        let labelNeed = rows.map { DisplayWidth.of(TerminalSafe.escape($0.label)) }.max() ?? 0
        let valueNeed = max(DisplayWidth.of(titleA), DisplayWidth.of(titleB),
                            rows.filter { !$0.wrap }.map { max(DisplayWidth.of($0.a), DisplayWidth.of($0.b)) }.max() ?? 0)
        let markerW = max(1, rows.map { DisplayWidth.of($0.marker) }.max() ?? 1)
        let fixed = 2 + markerW + 2
        // Values get what they need (up to an equal share); the label column takes the rest, cut if it must be.
        var colW = min(valueNeed, (width - fixed - min(labelNeed, 12)) / 2)
        let labelW = max(4, min(labelNeed, width - fixed - 2 * colW))
        colW = max(1, (width - fixed - labelW) / 2)
        let blankLabel = String(repeating: " ", count: labelW)

        var lines = header.flatMap { ChartText.wrap(TerminalSafe.escape($0), width, ascii: ascii) }
        let titleLine = blankLabel + "  " + ChartText.cell(titleA, colW, context) + " " + String(repeating: " ", count: markerW)
            + " " + ChartText.clip(titleB, colW, context)
        lines.append(context.styled(ChartText.trimRight(titleLine), .bold))
        let half = (width - 3) / 2
        for item in items {
            switch item {
            case .blank: lines.append("")
            case .heading(let h): lines.append(context.styled(ChartText.clip(h, width, context), .bold))
            case .paragraph(let p): lines += ChartText.wrap(TerminalSafe.escape(p), width, ascii: ascii)
            case .pair(let a, let b):
                let left = a.isEmpty ? [] : ChartText.wrap(TerminalSafe.escape(a), half, ascii: ascii)
                let right = b.isEmpty ? [] : ChartText.wrap(TerminalSafe.escape(b), half, ascii: ascii)
                for i in 0..<max(left.count, right.count) {
                    lines.append(ChartText.trimRight(DisplayWidth.pad(i < left.count ? left[i] : "", to: half) + "   "
                                                     + (i < right.count ? right[i] : "")))
                }
            case .row(let r):
                let a = r.wrap ? ChartText.wrap(TerminalSafe.escape(r.a), colW, ascii: ascii) : [ChartText.clip(r.a, colW, context)]
                let b = r.wrap ? ChartText.wrap(TerminalSafe.escape(r.b), colW, ascii: ascii) : [ChartText.clip(r.b, colW, context)]
                for i in 0..<max(a.count, b.count, 1) {
                    let label = i == 0 ? ChartText.cell(r.label, labelW, context) : blankLabel
                    let marker = i == 0 ? DisplayWidth.pad(r.marker, to: markerW) : String(repeating: " ", count: markerW)
                    let styledMarker = r.markerStyle.map { context.styled(marker, $0) } ?? marker
                    let left = DisplayWidth.pad(i < a.count ? a[i] : "", to: colW)
                    lines.append(ChartText.trimRight(label + "  " + left + " " + styledMarker + " " + (i < b.count ? b[i] : "")))
                }
            }
        }
        lines += footer.flatMap { ChartText.wrap(TerminalSafe.escape($0), width, ascii: ascii) }
        return lines.joined(separator: "\n") + "\n"
    }
}
