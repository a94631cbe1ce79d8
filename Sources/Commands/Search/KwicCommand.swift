// KwicCommand: `kwic QUERY` — a concordance aligned on the match, numbered, sortable, and sampled on request.
import Inspections
import QueryLanguage
import Rendering
import Search
import Workspace

enum KwicCommand {
    static let sortChoices = ["left1", "left2", "left3", "right1", "right2", "right3", "match", "provider", "date", "position"]

    static let spec = CommandSpec(
        name: "kwic", aliases: ["concordance", "conc"], group: .search,
        summary: "Concordance: one numbered line per match, aligned on it, with left and right context fitted to the width.",
        help: "Context stays inside the finding and is counted in words (8w) or characters (40c): `set context 6w` changes "
            + "it for the session, `context 12w` for one command. `sort left1` orders lines by the first word left of "
            + "the match, then the next word out, as CQP and AntConc do; `sort right2` starts from the second word right. "
            + "`sort match`, `sort provider` and `sort date` also work; the default is report id, then position. Long "
            + "left context is cut on its left with an ellipsis. Lines are numbered: `open 3` opens line 3's finding, "
            + "`tag 3 NAME` tags it. `sample 20 seed 7` shows 20 lines drawn at random from all of them, the same 20 for "
            + "the same seed on any machine. `--format csv` writes every line with its number, citation, provider, date, "
            + "section and tags.",
        examples: ["kwic \"through the gate\" sort left1", "kwic caseload* sort right1 context 5w",
                   "kwic \"risk of harm\" sample 20 seed 7", "kwic \"risk of harm\" sort provider --format csv"],
        arguments: [ArgumentSpec("query", .query)],
        options: [CommonOptions.sort(sortChoices, "order of lines: context words out from the match, match, provider, date, position"),
                  OptionSpec("context", .text, "context each side for this command: words (8w) or characters (40c)", valueName: "8w|40c"),
                  CommonOptions.limit("show (and export) at most N lines")] + SampleOption.options,
        run: { inv, session in
            let search = try session.search
            let (_, node, repairs) = try SearchSupport.query(inv, corpus: search, example: "kwic \"through the gate\" sort left1")
            var footer = SearchSupport.notice(node, repairs).map { [$0] } ?? []
            return try concordance(inv, session, corpus: search, query: node, command: inv.line, footer: &footer)
        })

    /// The concordance of `query` over `corpus` as kwic (and lines) show it; it becomes the last result.
    /// `footer` holds lines to show first under the view.
    static func concordance(_ inv: Invocation, _ session: Session, corpus search: SearchCorpus, query node: QueryNode,
                            command: String, footer lead: inout [String]) throws -> ConcordanceView {
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
        // `limit N`, N; in the data formats, all of them. A sample needs every line to draw from.
        let explicit = try inv.intOption("limit")
        let sample = try SampleOption(inv)
        let wanted = explicit ?? (inv.showsOnlyFirstPage && sample == nil ? session.settings.limit : Int.max)
        var lines: [ConcordanceLine]
        var total: Int, findings: Int, documents: Int
        var sampled: [Int]?
        if let sample {
            let all = try Interruptible.run(session) {
                try SearchSupport.shifted(inv) { () throws(QueryError) in try search.concordance(node, context: context, order: .position) }
            }
            let chosen = sample.draw(from: all.count).map { all[$0] }
            lines = Array(chosen.sorted(by: search.concordanceOrdering(order)).prefix(wanted))
            total = all.count
            findings = Set(all.map { search.segment(report: $0.report, finding: $0.finding) }).count
            documents = Set(all.map(\.report)).count
            sampled = Array(Set(chosen.map { search.segment(report: $0.report, finding: $0.finding) })).sorted()
            lead.append(sample.footer(kept: chosen.count, of: all.count, noun: "line"))
        } else {
            let page = try Interruptible.run(session) {
                try SearchSupport.shifted(inv) { () throws(QueryError) in
                    try search.concordancePage(node, context: context, order: order, limit: wanted)
                }
            }
            lines = page.lines
            (total, findings, documents) = (page.total, page.findings, page.documents)
        }
        let tags = FindingTags(search)
        let rows = lines.enumerated().map { row($1, search, number: $0 + 1, tags: tags) }
        session.workspace.lastFindings = LastFindings(command: command, corpus: search, query: node, sampled: sampled)
        session.workspace.listed = NumberedList(command: command,
                                                findings: lines.map { FindingRef(search.reports[$0.report], finding: $0.finding) })
        let shown = explicit == nil ? min(session.settings.limit, rows.count) : rows.count
        return ConcordanceView(rows: rows, shown: shown, exported: rows.count,
                               footer: lead + footer(total: total, findings: findings, documents: documents, sort: sortWord,
                                                     context: width, shown: shown, explicit: explicit != nil,
                                                     listed: sample == nil ? nil : rows.count))
    }

    static func row(_ line: ConcordanceLine, _ search: SearchCorpus, number: Int, tags: FindingTags) -> ConcordanceRow {
        let r = search.reports[line.report]
        let f = r.findings[line.finding]
        return ConcordanceRow(citation: f.citation, report: r.id, provider: r.provider.shortName, date: SearchSupport.date(r),
                              section: SearchSupport.section(f), left: line.left, match: line.match, right: line.right,
                              number: number, tags: tags.tags(search, report: line.report, finding: line.finding))
    }

    /// `listed`: for a sample, how many lines there are to show (the "N more" counts against it, not the total).
    static func footer(total: Int, findings: Int, documents: Int, sort: String, context: ContextWidth, shown: Int,
                       explicit: Bool, listed: Int? = nil) -> [String] {
        guard total > 0 else { return ["no matches · explain QUERY shows how the query was read"] }
        let order = sort == "position" ? "in report order" : "sorted by \(sort)"
        var out = [SearchSupport.plural(total, "line") + " from " + SearchSupport.plural(findings, "finding") + " in "
                   + SearchSupport.plural(documents, "write-up") + " · " + order + " · context \(context)"]
        if let more = SearchSupport.moreLine(shown: shown, total: listed ?? total, noun: "line", explicit: explicit) { out.append(more) }
        out.append("open N opens line N's finding · sort left1|right1|match|provider|date · set context 6w or 40c")
        return out
    }
}
