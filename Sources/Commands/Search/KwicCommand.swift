// KwicCommand: `kwic QUERY` — a concordance aligned on the match, sortable by context words, provider or date.
import Inspections
import QueryLanguage
import Rendering
import Search

enum KwicCommand {
    static let sortChoices = ["left1", "left2", "left3", "right1", "right2", "right3", "match", "provider", "date", "position"]

    static let spec = CommandSpec(
        name: "kwic", aliases: ["concordance", "conc"], group: .search,
        summary: "Concordance: one line per match, aligned on it, with left and right context fitted to the width.",
        help: "Context stays inside the finding and is counted in words (8w) or characters (40c): `set context 6w` changes "
            + "it for the session, `context 12w` for one command. `sort left1` orders lines by the first word left of "
            + "the match, then the next word out, as CQP and AntConc do; `sort right2` starts from the second word right. "
            + "`sort match`, `sort provider` and `sort date` also work; the default is report id, then position. Long "
            + "left context is cut on its left with an ellipsis. `--format csv` writes every line with its citation, "
            + "provider, date and section.",
        examples: ["kwic \"through the gate\" sort left1", "kwic caseload* sort right1 context 5w",
                   "kwic \"risk of harm\" sort provider --format csv"],
        arguments: [ArgumentSpec("query", .query)],
        options: [CommonOptions.sort(sortChoices, "order of lines: context words out from the match, match, provider, date, position"),
                  OptionSpec("context", .text, "context each side for this command: words (8w) or characters (40c)", valueName: "8w|40c"),
                  CommonOptions.limit("show (and export) at most N lines")],
        run: { inv, session in
            let search = session.corpus.search
            let (_, node) = try SearchSupport.query(inv, corpus: search, example: "kwic \"through the gate\" sort left1")
            let sortWord = inv.option("sort")?.lowercased() ?? "position"
            let order = ConcordanceOrder(parsing: sortWord) ?? .position
            var width = session.settings.context
            if let w = inv.options["context"] {
                guard let parsed = ContextWidth(parsing: w.text) else {
                    throw CommandError.usage("'\(w.text)' is not a context width", hint: "words or characters each side, e.g. 8w or 40c",
                                             at: w.range)
                }
                width = parsed
            }
            let context: ConcordanceContext = width.unit == .words ? .words(width.amount) : .characters(width.amount)
            // Only the lines shown (or exported) are built: on screen without a limit, the first page; with
            // `limit N`, N; in the data formats, all of them.
            let explicit = try inv.intOption("limit")
            let wanted = explicit ?? (inv.showsOnlyFirstPage ? session.settings.limit : Int.max)
            let page = try Interruptible.run(session) {
                try SearchSupport.shifted(inv) { () throws(QueryError) in
                    try search.concordancePage(node, context: context, order: order, limit: wanted)
                }
            }
            let rows = page.lines.map { row($0, search) }
            let shown = explicit == nil ? min(session.settings.limit, rows.count) : rows.count
            return ConcordanceView(rows: rows, shown: shown, exported: rows.count,
                                   footer: footer(total: page.total, findings: page.findings, documents: page.documents,
                                                  sort: sortWord, context: width, shown: shown, explicit: explicit != nil))
        })

    static func row(_ line: ConcordanceLine, _ search: SearchCorpus) -> ConcordanceRow {
        let r = search.reports[line.report]
        let f = r.findings[line.finding]
        return ConcordanceRow(citation: f.citation, report: r.id, provider: r.provider.shortName, date: SearchSupport.date(r),
                              section: SearchSupport.section(f), left: line.left, match: line.match, right: line.right)
    }

    static func footer(total: Int, findings: Int, documents: Int, sort: String, context: ContextWidth, shown: Int,
                       explicit: Bool) -> [String] {
        guard total > 0 else { return ["no matches · explain QUERY shows how the query was read"] }
        let order = sort == "position" ? "in report order" : "sorted by \(sort)"
        var out = [SearchSupport.plural(total, "line") + " from " + SearchSupport.plural(findings, "finding") + " in "
                   + SearchSupport.plural(documents, "write-up") + " · " + order + " · context \(context)"]
        if let more = SearchSupport.moreLine(shown: shown, total: total, noun: "line", explicit: explicit) { out.append(more) }
        out.append("sort left1|right1|match|provider|date · set context 6w or 40c")
        return out
    }
}
