// DataTable: rows and typed columns, the data behind every table and chart, written as text, CSV, TSV, JSON or Markdown.

/// One cell value. `.null` stands for unknown and is written empty (CSV/TSV), `null` (JSON) or "?" (text).
public enum Cell: Sendable, Hashable {
    case text(String)
    case int(Int)
    case double(Double, digits: Int)
    /// A yes/no fact: `true`/`false` in the data formats (JSON as a boolean), "yes" or nothing in the text view.
    case bool(Bool)
    /// Several values: a JSON array; joined by " | " elsewhere.
    case list([String])
    case null

    public var plain: String {
        switch self {
        case .text(let s): s
        case .int(let i): String(i)
        case .double(let d, let digits): formatFixed(d, digits: digits)
        case .bool(let b): b ? "true" : "false"
        case .list(let items): items.joined(separator: " | ")
        case .null: ""
        }
    }

    /// As the text view shows it: a yes/no as "yes" or blank, so a column of them reads at a glance.
    public var shown: String {
        if case .bool(let b) = self { return b ? "yes" : "" }
        return plain
    }
}

public struct Column: Sendable {
    public enum Alignment: Sendable { case left, right }
    public var name: String
    public var alignment: Alignment
    /// What the column holds, for the text view's layout: right-aligned columns are numbers, others identifiers
    /// (never cut) unless declared otherwise.
    public var kind: LayoutColumn.Kind
    /// Which columns the text view leaves out first; nil: the first column is essential, the others normal.
    public var priority: LayoutColumn.Priority?
    public init(_ name: String, _ alignment: Alignment = .left, kind: LayoutColumn.Kind? = nil,
                priority: LayoutColumn.Priority? = nil) {
        self.name = name; self.alignment = alignment; self.kind = kind ?? (alignment == .right ? .number : .identifier)
        self.priority = priority
    }
}

public struct DataTable: Renderable {
    public var columns: [Column]
    public var rows: [[Cell]]
    /// Lines shown under the text view only (tie-break rules, "N more"); not part of the data.
    public var footer: [String]
    /// Text for unknown cells in the text view.
    public var nullText: String

    public init(columns: [Column], rows: [[Cell]], footer: [String] = [], nullText: String = "?") {
        self.columns = columns; self.rows = rows; self.footer = footer; self.nullText = nullText
    }

    public func render(in context: RenderContext) -> String {
        switch context.format {
        case .table: layout.render(in: context)
        case .csv: DelimitedWriter.csv(self)
        case .tsv: DelimitedWriter.tsv(self)
        case .json: JSONWriter.table(self)
        case .markdown: MarkdownWriter.table(self)
        }
    }
}

extension DataTable {
    /// The text view: each column as the layout engine's column, unknown cells as `nullText`.
    public var layout: LayoutTable {
        LayoutTable(columns: columns.enumerated().map { i, c in
                        LayoutColumn(c.name, c.kind, priority: c.priority ?? (i == 0 ? .essential : .normal), alignment: c.alignment)
                    },
                    rows: rows.map { row in .cells(row.map { LayoutCell($0 == .null ? nullText : $0.shown) }) },
                    footer: footer)
    }
}

/// Fixed-point formatting without Foundation's locale: "3.10", "-0.5".
public func formatFixed(_ value: Double, digits: Int) -> String {
    guard value.isFinite else { return value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf") }
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let scaled = (abs(value) * scale).rounded()
    let negative = value < 0 && scaled != 0
    var intPart = String(Int(scaled / scale))
    if negative { intPart = "-" + intPart }
    guard digits > 0 else { return intPart }
    let frac = Int(scaled.truncatingRemainder(dividingBy: scale))
    let fs = String(frac)
    return intPart + "." + String(repeating: "0", count: digits - fs.count) + fs
}

/// "12,345": thousands separators for counts shown to people.
public func formatGrouped(_ n: Int) -> String {
    let s = String(abs(n))
    var out = ""
    for (i, c) in s.enumerated() {
        if i > 0 && (s.count - i) % 3 == 0 { out.append(",") }
        out.append(c)
    }
    return n < 0 ? "-" + out : out
}
