// ExplainView: how a query was read, as label and value lines; a two-column table in the data formats.
import Rendering

/// Label and value lines; a two-column table in the data formats.
struct ExplainView: Renderable {
    let rows: [(String, String)]

    func render(in context: RenderContext) -> String {
        guard context.format == .table else {
            return DataTable(columns: [Column("item"), Column("value")],
                             rows: rows.map { [.text($0.0.replacingAll(" ", with: "_")), .text(TerminalSafe.escape($0.1))] })
                .render(in: context)
        }
        return LabelledRows.lines(rows, in: context).joined(separator: "\n") + "\n"
    }
}
