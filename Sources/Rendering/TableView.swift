// TableView: a result that is a table — laid out for people by the layout engine, written whole in the data formats.

/// The text view (with the shorter forms names and ratings may take) and the data behind it (every column).
public struct TableView: Renderable {
    public var text: LayoutTable
    public var data: DataTable

    public init(text: LayoutTable, data: DataTable) { self.text = text; self.data = data }

    public func render(in context: RenderContext) -> String {
        context.format == .table ? text.render(in: context) : data.render(in: context)
    }
}
