// FindCommand: `find QUERY` — matching findings ranked by BM25 (or by date or provider), the match marked.
import Inspections
import QueryLanguage
import Rendering
import Search

enum FindCommand {
    static let spec = CommandSpec(
        name: "find", aliases: ["search"], group: .search,
        summary: "Findings matching a query, best first (BM25), the match marked, each with its citation id.",
        help: "Each result shows its citation id, provider, publication date and section, then the finding with the match "
            + "marked (in colour on a terminal, [in brackets] otherwise); long findings are cut around the first match. "
            + "Ties in relevance are broken by report id, then order in the report. `sort date` lists oldest first; "
            + "`sort provider` by provider, then date. The `limit` setting caps what is shown, with \"N more\" under the "
            + "list; `--format csv|tsv|json|markdown` writes every match with its metadata unless `limit N` is given on "
            + "the command. The query language: words (all must occur), \"a phrase\", OR, NOT or -, ( ), NEAR/5, "
            + "prefix*, ~stem, and field filters such as provider:hlny, owner:sodexo, type:crc, year:2019..2021, "
            + "region:\"North East\", section:case-supervision, overall:inadequate or reviewing:inadequate. Every query "
            + "searches the inspectors' findings; `scope:notes` searches our notes (each write-up's lead and `## Notes`), "
            + "`scope:all` both.",
        examples: ["find \"risk of harm\"", "find reviewing:inadequate \"management oversight\"",
                   "find caseload* provider:hlny sort date", "find \"through the gate\" limit 5 --format csv"],
        arguments: [ArgumentSpec("query", .query)],
        options: [CommonOptions.sort(FindingOrder.allCases.map(\.rawValue), "order: relevance (BM25), date or provider"),
                  CommonOptions.limit("show (and export) at most N findings")],
        run: { inv, session in
            let search = session.corpus.search
            let (_, node) = try SearchSupport.query(inv, corpus: search, example: "find \"risk of harm\"")
            let order = FindingOrder(rawValue: inv.option("sort")?.lowercased() ?? "relevance") ?? .relevance
            // Everything is ranked on counts; only the findings shown (or exported) are highlighted: on screen
            // without a limit, the first page; with `limit N`, N; in the data formats, all of them.
            let explicit = try inv.intOption("limit")
            let wanted = explicit ?? (inv.showsOnlyFirstPage ? session.settings.limit : Int.max)
            let page = try Interruptible.run(session) {
                try SearchSupport.shifted(inv) { () throws(QueryError) in try search.findPage(node, order: order, limit: wanted) }
            }
            let items = page.hits.map { item($0, search) }
            let shown = explicit == nil ? min(session.settings.limit, items.count) : items.count
            return FindingsList(items: items, shown: shown, exported: items.count,
                                footer: footer(total: page.total, documents: page.documents, hitCount: page.hitCount,
                                               order: order, shown: shown, explicit: explicit != nil))
        })

    static func item(_ hit: FindingHit, _ search: SearchCorpus) -> FindingItem {
        let r = search.reports[hit.report]
        let f = r.findings[hit.finding]
        return FindingItem(citation: f.citation, report: r.id, provider: r.provider.shortName, providerForms: r.provider.nameForms(),
                           type: r.type.rawValue,
                           date: SearchSupport.date(r), section: SearchSupport.section(f), text: SearchSupport.text(r, hit.finding),
                           matches: hit.matches, score: hit.score, hits: hit.hits)
    }

    static func footer(total: Int, documents: Int, hitCount: Int, order: FindingOrder, shown: Int, explicit: Bool) -> [String] {
        guard total > 0 else { return ["no findings match · explain QUERY shows how the query was read"] }
        let how: String
        switch order {
        case .relevance: how = "ranked by relevance (BM25)"
        case .date: how = "sorted by date, oldest first"
        case .provider: how = "sorted by provider, then date"
        }
        var lines = [SearchSupport.plural(total, "finding") + " in " + SearchSupport.plural(documents, "write-up")
                     + " · " + SearchSupport.plural(hitCount, "hit") + " · " + how]
        if let more = SearchSupport.moreLine(shown: shown, total: total, noun: "finding", explicit: explicit) { lines.append(more) }
        lines.append("open ID shows a finding in its section · cite ID gives a reference")
        return lines
    }
}
