// StatsView: how freq, ngrams, collocates and keywords results look — a headed text view, or one flat data table.
import Analysis
import Rendering

/// A statistics result. People get a heading, one or more titled tables cut to the limit and a footer; the
/// data formats (csv, tsv, json, markdown) get a single table whose every row carries the metadata
/// (scope, sides, window, totals) so a saved file stands on its own.
struct StatsView: Renderable {
    struct Section: Sendable {
        var title: String?
        var table: DataTable
        /// "showing 20 of 2,200: ..." when rows were cut, in the search commands' words.
        var more: String?
        /// Columns to give up, in order, when the table does not fit the width (all columns of a name go at once).
        var expendable: [String] = []
    }
    var heading: [String]
    var sections: [Section]
    var footer: [String]
    var data: DataTable

    func render(in context: RenderContext) -> String {
        guard context.format == .table else { return data.render(in: context) }
        let ascii = context.charset == .ascii
        var out = heading.flatMap { TextWrap.lines($0, width: context.width, ascii: ascii) }
            .map { $0 + "\n" }.joined()
        for section in sections {
            out += "\n"
            if let title = section.title {
                out += TextWrap.lines(title, width: context.width, ascii: ascii).map { context.styled($0, .heading) + "\n" }.joined()
            }
            if section.table.rows.isEmpty {
                out += "(none)\n"
            } else {
                out += StatsView.fitted(section.table, dropping: section.expendable, in: context).render(in: context)
            }
            if let more = section.more {
                out += TextWrap.lines(more, width: context.width, ascii: ascii).map { $0 + "\n" }.joined()
            }
        }
        let notes = footer.flatMap { TextWrap.lines($0, width: context.width, ascii: ascii) }
        if !notes.isEmpty { out += "\n" + notes.map { $0 + "\n" }.joined() }
        return out
    }
}

extension StatsView {
    /// The section's table for the layout engine: its expendable columns are the first to go, in the order given,
    /// so a narrow terminal loses the extra columns rather than seeing numbers cut.
    static func fitted(_ table: DataTable, dropping names: [String], in context: RenderContext) -> LayoutTable {
        var t = table.layout
        for (i, c) in t.columns.enumerated() {
            if let k = names.firstIndex(of: c.name) { t.columns[i].priority = LayoutColumn.Priority(LayoutColumn.Priority.low.rank - names.count + k) }
        }
        return t
    }
}
