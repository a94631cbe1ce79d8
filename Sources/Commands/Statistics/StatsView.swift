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
    /// The table without its expendable columns, one name at a time, until its natural width fits: a narrow
    /// terminal loses the extra columns rather than seeing numbers cut to "18.…".
    static func fitted(_ table: DataTable, dropping names: [String], in context: RenderContext) -> DataTable {
        var t = table
        var wide = context
        wide.width = 10_000
        for name in names {
            let natural = TextTable.render(t, in: wide).split(separator: "\n").map { DisplayWidth.of($0) }.max() ?? 0
            if natural <= context.width { break }
            let keep = t.columns.indices.filter { t.columns[$0].name != name }
            t.columns = keep.map { t.columns[$0] }
            t.rows = t.rows.map { row in keep.map { row[$0] } }
        }
        return t
    }
}
