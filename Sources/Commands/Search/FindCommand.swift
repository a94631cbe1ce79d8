// FindCommand: `find QUERY` — matching findings ranked by BM25 (or by date or provider), the match marked.
import Inspections
import QueryLanguage
import Rendering
import Search
import Workspace

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
            + "`scope:all` both; `set:NAME` a saved set's findings, `tag:NAME` a tag's. Results are numbered: `open 2` "
            + "opens the second, `tag 2 NAME` tags it, `save NAME` keeps them all. `sample 20 seed 7` shows 20 findings "
            + "drawn at random from all that match, the same 20 for the same seed on any machine.",
        examples: ["find \"risk of harm\"", "find reviewing:inadequate \"management oversight\"",
                   "find caseload* provider:hlny sort date", "find \"risk of harm\" type:pdu sample 20 seed 7",
                   "find \"through the gate\" limit 5 --format csv"],
        arguments: [ArgumentSpec("query", .query)],
        options: [CommonOptions.sort(FindingOrder.allCases.map(\.rawValue), "order: relevance (BM25), date or provider"),
                  CommonOptions.limit("show (and export) at most N findings")] + SampleOption.options,
        run: { inv, session in
            let search = try session.search
            let (_, node, repairs) = try SearchSupport.query(inv, corpus: search, example: "find \"risk of harm\"")
            let order = FindingOrder(rawValue: inv.option("sort")?.lowercased() ?? "relevance") ?? .relevance
            return try list(inv, session, corpus: search, query: node, order: order,
                            lead: SearchSupport.notice(node, repairs).map { [$0] } ?? [])
        })

    /// The findings of `query` over `corpus` as find (and lines) list them, numbered; they become the last
    /// result. `lead` is shown first under the list.
    static func list(_ inv: Invocation, _ session: Session, corpus full: SearchCorpus, query node: QueryNode, order: FindingOrder,
                     lead: [String]) throws -> FindingsList {
        // Everything is ranked on counts; only the findings shown (or exported) are highlighted: on screen
        // without a limit, the first page; with `limit N`, N; in the data formats, all of them.
        let explicit = try inv.intOption("limit")
        let wanted = explicit ?? (inv.showsOnlyFirstPage ? session.settings.limit : Int.max)
        // A sample draws from every matching finding in corpus order, then ranks and pages just those.
        var search = full, lead = lead, sampled: [Int]?
        if let sample = try SampleOption(inv) {
            let all = try SearchSupport.shifted(inv) { () throws(QueryError) in try full.matchingSegments(node) }
            let chosen = sample.draw(from: all.count).map { all[$0] }
            search = full.narrowed(toSegments: chosen)
            sampled = chosen
            lead.append(sample.footer(kept: chosen.count, of: all.count, noun: "finding"))
        }
        let searched = search
        let page = try Interruptible.run(session) {
            try SearchSupport.shifted(inv) { () throws(QueryError) in try searched.findPage(node, order: order, limit: wanted) }
        }
        let tags = FindingTags(full)
        let items = page.hits.enumerated().map { item($1, search, number: $0 + 1, tags: tags) }
        session.workspace.lastFindings = LastFindings(command: inv.line, corpus: search, query: node, sampled: sampled)
        session.workspace.listed = NumberedList(command: inv.line,
                                                findings: page.hits.map { FindingRef(search.reports[$0.report], finding: $0.finding) })
        let shown = explicit == nil ? min(session.settings.limit, items.count) : items.count
        return FindingsList(items: items, shown: shown, exported: items.count,
                            footer: lead + footer(total: page.total, documents: page.documents,
                                                  hitCount: SearchCorpus.searchesWords(node) ? page.hitCount : nil, order: order, shown: shown, explicit: explicit != nil))
    }

    static func item(_ hit: FindingHit, _ search: SearchCorpus, number: Int, tags: FindingTags) -> FindingItem {
        let r = search.reports[hit.report]
        let f = r.findings[hit.finding]
        return FindingItem(citation: f.citation, report: r.id, provider: r.provider.shortName, providerForms: r.provider.nameForms(),
                           type: r.type.rawValue,
                           date: SearchSupport.date(r), section: SearchSupport.section(f), text: SearchSupport.text(r, hit.finding),
                           matches: hit.matches, score: hit.score, hits: hit.hits, number: number,
                           tags: tags.tags(ofSegment: hit.segment))
    }

    /// `hitCount` is nil for a query of filters alone (`set:rh`), which has no words to count.
    static func footer(total: Int, documents: Int, hitCount: Int?, order: FindingOrder, shown: Int, explicit: Bool) -> [String] {
        guard total > 0 else { return ["no findings match · explain QUERY shows how the query was read"] }
        let how: String
        switch order {
        case .relevance: how = "ranked by relevance (BM25)"
        case .date: how = "sorted by date, oldest first"
        case .provider: how = "sorted by provider, then date"
        }
        var lines = [SearchSupport.plural(total, "finding") + " in " + SearchSupport.plural(documents, "write-up")
                     + (hitCount.map { " · " + SearchSupport.plural($0, "hit") } ?? "") + " · " + how]
        if let more = SearchSupport.moreLine(shown: shown, total: total, noun: "finding", explicit: explicit) { lines.append(more) }
        lines.append("open N or open ID shows a finding in its section · cite N gives a reference · save NAME keeps them all")
        return lines
    }
}
