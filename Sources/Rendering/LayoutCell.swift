// LayoutCell: one cell of a layout table with the shorter forms it may take, and the row that holds it.

/// One cell: its text, and shorter forms a name, rating or number may take (longest first).
public struct LayoutCell: Sendable, Hashable {
    public var forms: [String]
    public var style: RenderContext.Style?
    /// For bar columns: the bar's length as a fraction of the column.
    public var fraction: Double?

    public init(_ text: String, style: RenderContext.Style? = nil) {
        forms = [text]; self.style = style
    }

    public init(forms: [String], style: RenderContext.Style? = nil) {
        self.forms = forms.isEmpty ? [""] : forms; self.style = style
    }

    public init(bar fraction: Double, style: RenderContext.Style? = nil) {
        forms = [""]; self.fraction = fraction; self.style = style
    }

    public static let empty = LayoutCell("")

    /// The full text.
    public var text: String { forms[0] }

    /// Form `level`, or the shortest there is.
    func form(_ level: Int) -> String { forms[min(level, forms.count - 1)] }
}

/// A row of cells, or a line across the whole table (a group's heading, a blank line).
public enum LayoutRow: Sendable {
    case cells([LayoutCell])
    case heading(String)
    case blank
}
