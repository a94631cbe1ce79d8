// TableFit: the layout engine's choices — which columns show, how wide each is, and which forms its cells take.

/// How a table fits a width. Every column starts at its narrowest (shortest unique names, shortest rating forms,
/// prose at its floor, all but the longest ids in their column); if that is still too wide, the lowest-priority
/// columns are dropped (the rightmost first among equals), or, when that would cost a column that matters, ids go
/// on lines of their own. What room is left goes, in order, to names, ratings and numbers (each its next longer
/// form in turn, the more important first), to prose up to what most of its cells need, to ids and links (fewer on lines of their own), to prose
/// up to its longest cell, and last to bars.
struct TableFit {
    /// Shown columns, in table order.
    var visible: [Int] = []
    var widths: [Int: Int] = [:]
    /// The form level chosen for a rating or number column.
    var levels: [Int: Int] = [:]
    /// The text each cell row shows in a name column.
    var names: [Int: [String]] = [:]
    var headers: [Int: String] = [:]
    /// Columns left out, in table order.
    var dropped: [Int] = []

    /// The text before a column: its separator, unless it or every column before it is empty (ids on lines of
    /// their own leave no gap behind).
    func separator(before c: Int, _ table: LayoutTable) -> String {
        guard widths[c]! > 0, visible.contains(where: { $0 < c && widths[$0]! > 0 }) else { return "" }
        return table.columns[c].separator
    }

    init(_ table: LayoutTable, width: Int) {
        let measures = table.columns.indices.map { Measure(table.columns[$0], column: $0, rows: table.cellRows) }
        self.init(table, measures, width: width, liftIDs: false)
        // When ids in their column would cost a column that matters, ids go on lines of their own instead.
        func lost(_ fit: TableFit) -> Int { fit.dropped.filter { table.columns[$0].priority >= .high }.count }
        if lost(self) > 0 {
            let lifted = TableFit(table, measures, width: width, liftIDs: true)
            if lost(lifted) < lost(self) { self = lifted }
        }
        // An id on a line of its own reads worse than a low-priority column left out: keep every id in its column
        // when that costs only low-priority columns.
        func liftsAny(_ fit: TableFit) -> Bool {
            fit.visible.contains { table.columns[$0].kind == .identifier && fit.widths[$0]! < measures[$0].natural }
        }
        if liftsAny(self) {
            let whole = TableFit(table, measures, width: width, liftIDs: false, wholeIDs: true)
            if !liftsAny(whole) && whole.dropped.allSatisfy({ dropped.contains($0) || table.columns[$0].priority <= .low }) {
                self = whole
            }
        }
        // Text that matters squeezed below what most of its cells need reads worse than a low-priority column left
        // out: leave those out, least important first, while that is so.
        func squeezed(_ fit: TableFit) -> Bool {
            fit.visible.contains { table.columns[$0].isProse && table.columns[$0].priority >= .high && fit.widths[$0]! < measures[$0].typical }
        }
        while squeezed(self), let victim = visible.filter({ table.columns[$0].priority <= .low })
                .min(by: { (table.columns[$0].priority, -$0) < (table.columns[$1].priority, -$1) }) {
            self = TableFit(table, measures, width: width, liftIDs: false, leftOut: dropped + [victim])
        }
        dropped.sort()
    }

    private init(_ table: LayoutTable, _ measures: [Measure], width: Int, liftIDs: Bool, wholeIDs: Bool = false, leftOut: [Int] = []) {
        let columns = table.columns
        visible = columns.indices.filter { !leftOut.contains($0) }
        dropped = leftOut
        for c in columns.indices {
            let id = columns[c].kind == .identifier
            widths[c] = liftIDs && id && columns[c].priority >= .essential ? 0 : wholeIDs && id ? measures[c].natural : measures[c].minimum
        }
        func total() -> Int {
            table.indent + visible.reduce(0) { sum, c in sum + DisplayWidth.of(separator(before: c, table)) + widths[c]! }
        }
        // Drop the least important columns until the narrowest forms fit.
        while total() > width {
            let droppable = visible.filter { columns[$0].priority < .essential }
            guard let victim = droppable.min(by: { (columns[$0].priority, -$0) < (columns[$1].priority, -$1) }) else { break }
            visible.removeAll { $0 == victim }
            dropped.append(victim)
        }
        dropped.sort()
        // Then ids give way, widest first: those that no longer fit go on lines of their own.
        while total() > width, let id = visible.filter({ columns[$0].kind == .identifier && widths[$0]! > 0 })
                .max(by: { (widths[$0]!, $1) < (widths[$1]!, $0) }) {
            let over = total() - width
            // Narrower than most of its ids, the column would be mostly empty: all of them go on lines of their own.
            widths[id] = widths[id]! - over < measures[id].minimum ? 0 : widths[id]! - over
        }
        // Last, prose goes below its floor (a few columns each, the widest first): wrapped, more lines; cut, less context.
        while total() > width, let c = visible.filter({ columns[$0].isProse && widths[$0]! > Measure.narrowestProse })
                .max(by: { (widths[$0]!, $1) < (widths[$1]!, $0) }) {
            widths[c] = max(Measure.narrowestProse, widths[c]! - (total() - width))
        }
        // Spread what is left.
        var spare = width - total()
        func grow(_ c: Int, to w: Int) { if w > widths[c]! { spare -= w - widths[c]!; widths[c] = w } }
        let byPriority = visible.sorted { (columns[$0].priority, -$0) > (columns[$1].priority, -$1) }
        // Names, ratings and numbers take their next longer form in turn, so no column takes all the room; a
        // column grows only when those that matter more (essential counting as high) can grow no further.
        let forms = byPriority.filter { columns[$0].kind == .name || columns[$0].levelled }
        for tier in Array(Set(forms.map { min(columns[$0].priority, .high) })).sorted(by: >) {
            var growing = true
            while growing {
                growing = false
                for c in forms where min(columns[c].priority, .high) == tier {
                    if let w = measures[c].options.first(where: { $0 > widths[c]! && $0 <= widths[c]! + spare }) {
                        grow(c, to: w); growing = true
                    }
                }
            }
        }
        // Prose columns share evenly: first up to what most of their cells need; then ids and links grow (fewer on
        // lines of their own); then prose up to its longest cell.
        func shareProse(upTo cap: KeyPath<Measure, Int>) {
            var prose = visible.filter { columns[$0].isProse && widths[$0]! < measures[$0][keyPath: cap] }
            while spare > 0 && !prose.isEmpty {
                let share = max(1, spare / prose.count)
                for c in prose where spare > 0 { grow(c, to: min(measures[c][keyPath: cap], widths[c]! + share)) }
                prose = prose.filter { widths[$0]! < measures[$0][keyPath: cap] }
            }
        }
        shareProse(upTo: \.typical)
        for c in byPriority where (columns[c].kind == .identifier && widths[c]! > 0) || columns[c].kind == .link {
            grow(c, to: min(measures[c].natural, widths[c]! + spare))
        }
        shareProse(upTo: \.natural)
        // Bars take only what is left once the text has what it needs, and are left out when that is too little to read.
        for c in visible where columns[c].kind == .bar {
            let gap = DisplayWidth.of(columns[c].separator)
            let w = min(measures[c].natural, spare - gap)
            if w >= measures[c].readable { widths[c] = w; spare -= w + gap }
        }
        // Record the forms each column ends up showing.
        for c in visible {
            let m = measures[c], w = widths[c]!
            switch columns[c].kind {
            case .name:
                let fit = NameFit.fit(m.nameForms, within: w)
                names[c] = fit.shown
            case .rating, .number:
                levels[c] = m.levelWidths.firstIndex { $0 <= w } ?? max(0, m.levelWidths.count - 1)
            default: break
            }
            headers[c] = m.header(within: w)
        }
    }
}

/// What one column needs: its narrowest and natural widths, and the widths at which its forms change.
struct Measure {
    let column: LayoutColumn
    var minimum = 0
    var natural = 0
    /// What nine cells in ten need (prose), or all but the longest ids.
    var typical = 0
    /// Widths a name, rating or number column can take, narrowest first.
    var options: [Int] = []
    /// Content width of each form level (rating, number), widest first.
    var levelWidths: [Int] = []
    var nameForms: [[String]] = []
    /// The narrowest header form, and the full one.
    var headerFloor: Int
    var fullHeader: Int
    /// The narrowest a bar is worth drawing.
    var readable = 0
    /// Ids up to this wide are never moved out of their column.
    static let shortID = 16
    /// The narrowest a prose column goes when nothing else can give way.
    static let narrowestProse = 4

    init(_ column: LayoutColumn, column index: Int, rows: [[LayoutCell]]) {
        self.column = column
        let cells = rows.map { index < $0.count ? $0[index] : .empty }
        // Measured as shown: control characters take the room of their visible escapes.
        headerFloor = column.headers.map { DisplayWidth.of(TerminalSafe.escape($0)) }.min() ?? 0
        fullHeader = DisplayWidth.of(TerminalSafe.escape(column.headers[0]))
        let widths = cells.map { DisplayWidth.of(TerminalSafe.escape($0.text)) }
        let widest = widths.max() ?? 0
        switch column.kind {
        case .identifier:
            natural = max(withHeader(widest), fullHeader)
            // Short codes always fit; of long ids, most stay in the column and the longest tenth (at least the
            // longest one) may go on lines of their own when space is short.
            let sorted = widths.sorted()
            let outliers = max(1, sorted.count / 10)
            typical = sorted.count > outliers ? sorted[sorted.count - 1 - outliers] : 0
            minimum = natural <= Measure.shortID ? natural : withHeader(max(Measure.shortID, typical))
        case .link:
            natural = withHeader(widest)
            minimum = withHeader(min(widest, 20))
        case .name:
            nameForms = cells.map(\.forms)
            let fits = NameFit.candidateWidths(nameForms).filter { NameFit.assign(nameForms, width: $0) != nil }
            options = fits.isEmpty ? [widest] : fits
            options = withFullHeader(options)
            minimum = options[0]; natural = options.last!
        case .rating, .number:
            let depth = cells.map(\.forms.count).max() ?? 1
            levelWidths = (0..<depth).map { k in withHeader(cells.map { DisplayWidth.of($0.form(k)) }.max() ?? 0) }
            options = withFullHeader(levelWidths)
            minimum = options[0]; natural = options.last!
        case .prose:
            natural = max(withHeader(widest), fullHeader)
            let sorted = widths.sorted()
            typical = withHeader(sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, sorted.count * 9 / 10)])
            // Wrapped, at least the longest word (up to 20 columns), so words are broken only when they are very long.
            let longestWord = column.kind != .prose(.wrap) ? 0
                : cells.flatMap { $0.text.split(separator: " ").map { DisplayWidth.of($0) } }.max() ?? 0
            minimum = min(natural, max(headerFloor, column.minimum ?? 12, min(longestWord, 20)))
        case .bar:
            natural = max(headerFloor, column.maximum ?? 40)
            readable = max(headerFloor, column.minimum ?? 5)
            minimum = 0
        }
    }

    /// Content widths as column widths: each with the header it would show, and also with the full header
    /// ("score (mean)" rather than "mean" when there is room for it).
    func withFullHeader(_ contents: [Int]) -> [Int] {
        Array(Set(contents.flatMap { [withHeader($0), max($0, fullHeader)] })).sorted()
    }

    /// The width a column of content `w` wide takes with the header it would show.
    func withHeader(_ w: Int) -> Int { max(w, DisplayWidth.of(header(within: w))) }

    /// The longest header form no wider than `w`, else the shortest.
    func header(within w: Int) -> String {
        func width(_ h: String) -> Int { DisplayWidth.of(TerminalSafe.escape(h)) }
        return column.headers.first { width($0) <= w } ?? column.headers.min { width($0) < width($1) } ?? ""
    }
}
