// LinesCommand: `lines N` — the concordance lines behind row N of the last count, chart or track, as many as it counted.
import QueryLanguage
import Rendering
import Search
import Workspace

enum LinesCommand {
    static let spec = CommandSpec(
        name: "lines", aliases: ["drill"], group: .search,
        summary: "The lines behind row N (or a group by name) of the last count, chart or track: one per hit it counted.",
        help: "Rows are numbered from 1 as the table showed them (count shows only groups with a hit); `lines GROUP` names "
            + "a row instead (`lines 2021`, `lines \"HLNY CRC\"`): a number is a row number when there is such a row. The "
            + "lines are the row's matches, one per hit, as kwic shows them: as many lines as the row's hits, in as many "
            + "write-ups as its docs, from the corpus as the table saw it (its scope, sets and tags then). They are "
            + "numbered, so `open 2`, `tag 1-5 NAME` and `save NAME` work on them as on kwic's. For a table of filters "
            + "alone (`count set:rh by year`), which counts findings, the row's findings are listed as find lists them.",
        examples: ["count \"risk of harm\" by year", "lines 3", "lines \"HLNY CRC\""],
        arguments: [ArgumentSpec("row", .text, display: "N|GROUP")],
        options: [CommonOptions.sort(KwicCommand.sortChoices, "order of lines (default position)"),
                  OptionSpec("context", .text, "context each side: words (8w) or characters (40c)", valueName: "8w|40c"),
                  CommonOptions.limit("show (and export) at most N lines")],
        run: { inv, session in
            let word = inv.positional(0)!
            guard let table = session.workspace.lastTable else {
                throw CommandError("no table to drill into yet", hint: "count, chart QUERY by GROUP or track makes one; then lines 1",
                                   at: word.range)
            }
            guard !table.rows.isEmpty else { throw CommandError("the last table had no rows", at: word.range) }
            guard let i = table.row(named: word.text) else {
                throw CommandError("the last table has no row '\(word.text)'",
                                   hint: "rows 1 to \(table.rows.count): " + table.rows.prefix(6).map(\.label).joined(separator: ", ")
                                    + (table.rows.count > 6 ? ", ..." : ""), at: word.range)
            }
            let row = table.rows[i]
            let corpus = table.corpus(ofRow: i)
            var footer = ["row \(i + 1) of `\(table.command)`: \(row.label), " + SearchSupport.plural(row.hits, "hit") + " in "
                          + SearchSupport.plural(row.documents, "write-up")]
            // A table of filters alone counted findings: its lines are those findings, listed as find lists them.
            guard SearchCorpus.searchesWords(table.query) else {
                return try FindCommand.list(inv, session, corpus: corpus, query: table.query, order: .date, lead: footer)
            }
            return try KwicCommand.concordance(inv, session, corpus: corpus, query: table.query, command: inv.line, footer: &footer)
        })
}
