// SideBySide: two columns of values under a label column, with a column saying how A stands against B; text wraps.

public struct SideBySide: Renderable {
    public struct Row: Sendable {
        public var label: String
        public var a: String
        /// How A stands against B, in forms longest first ("▲ better", "▲"), with an optional colour.
        public var change: [String]
        public var changeStyle: RenderContext.Style?
        public var b: String
        public init(_ label: String, _ a: String, change: [String] = [], _ b: String, changeStyle: RenderContext.Style? = nil) {
            self.label = label; self.a = a; self.change = change; self.changeStyle = changeStyle; self.b = b
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
        let width = context.width
        // Every row is laid out together, so the columns line up across the blocks between them; the items that
        // are not rows are drawn in their place.
        let hasChange = items.contains { if case .row(let r) = $0 { !r.change.isEmpty } else { false } }
        let table = LayoutTable(columns: [
            LayoutColumn("", .prose(.wrap), priority: .essential, minimum: 12),
            LayoutColumn("A", .prose(.wrap), priority: .essential, minimum: 10),
            LayoutColumn([""], .rating, priority: hasChange ? .essential : .low, separator: " "),
            LayoutColumn("B", .prose(.wrap), priority: .essential, minimum: 10),
        ], rows: items.map { item in
            guard case .row(let r) = item else { return .blank }
            return .cells([LayoutCell(r.label), LayoutCell(r.a), LayoutCell(forms: r.change.isEmpty ? [""] : r.change, style: r.changeStyle),
                           LayoutCell(r.b)])
        }, droppedHint: nil)
        let parts = table.parts(in: context)
        let half = (width - 3) / 2
        // The columns are headed A and B at every width, each named in full above the table.
        // A view of pairs only (compare by section) titles its own halves and has no columns to head.
        let hasRows = items.contains { if case .row = $0 { true } else { false } }
        let titles = titleA.isEmpty && titleB.isEmpty ? [] : ["A: " + titleA, "B: " + titleB]
        var lines = (header + titles).flatMap { ProseFit.wrap(TerminalSafe.escape($0), width: width) }
        if hasRows { lines += parts.header }
        for (item, rowLines) in zip(items, parts.rows) {
            switch item {
            case .row, .blank: lines += rowLines
            case .heading(let h): lines += ProseFit.wrap(TerminalSafe.escape(h), width: width).map { context.styled($0, .bold) }
            case .paragraph(let p): lines += ProseFit.wrap(TerminalSafe.escape(p), width: width)
            case .pair(let a, let b):
                let left = a.isEmpty ? [] : ProseFit.wrap(TerminalSafe.escape(a), width: half)
                let right = b.isEmpty ? [] : ProseFit.wrap(TerminalSafe.escape(b), width: half)
                for i in 0..<max(left.count, right.count) {
                    lines.append(ChartText.trimRight(DisplayWidth.pad(i < left.count ? left[i] : "", to: half) + "   "
                                                     + (i < right.count ? right[i] : "")))
                }
            }
        }
        lines += parts.notes
        lines += footer.flatMap { ProseFit.wrap(TerminalSafe.escape($0), width: width, keepLongWords: true) }
        return lines.joined(separator: "\n") + "\n"
    }
}
