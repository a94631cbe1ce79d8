// TrackCommand: `track QUERY by year|provider|owner|type` — a query's rate per 10,000 words over the years as sparklines.
import Analysis
import Inspections
import Rendering
import Search
import Workspace

enum TrackCommand {
    static let spec = CommandSpec(
        name: "track", aliases: ["trend"], group: .ratings,
        summary: "How a phrase's rate per 10,000 words moves across inspections: a sparkline per group, year by year.",
        help: "`by year` (the default) draws one sparkline for all write-ups and one per provider type, then the rate year by "
            + "year as bars, each with its exact (Poisson) 95% interval drawn as in `chart` and years of fewer than 5 "
            + "write-ups marked *. Every point in csv, tsv and json carries per_10k_low, per_10k_high, writeups and "
            + "small_group. `by provider`, `by owner` or `by type` draws one sparkline per group that mentions the query, on a "
            + "shared scale, with its first and last rates. A gap is a year without an inspection in that group. Field filters "
            + "in the query (`provider:hlny`, `section:case`) narrow the write-ups and the words counted, as in `count`. "
            + "Several queries separated by commas draw one line each, year by year, on shared axes.",
        examples: ["track \"through the gate\" by year", "track \"caseload*\" by owner", "track \"risk of harm\" by provider",
                   "track \"risk of harm\", \"unpaid work\""],
        arguments: [ArgumentSpec("query", .query)],
        options: [CommonOptions.by([.year, .provider, .owner, .type, .region], "one sparkline per what (default year)"),
                  CommonOptions.type],
        run: { inv, session in
            guard let query = inv.query else {
                throw CommandError.usage("track needs a query", hint: "e.g. track \"through the gate\" by year", at: inv.line.utf8.count..<inv.line.utf8.count)
            }
            let filter = try ReportFilter(inv)
            let corpus = try session.search
            let queries = try QueryList.split(query, offset: inv.queryOffset)
            if queries.count > 1 {
                if let by = inv.options["by"], by.text.lowercased() != "year" {
                    throw CommandError.usage("several queries are tracked year by year", hint: "leave out by, or track one query by \(by.text)",
                                             at: by.range)
                }
                return try QuerySeries.byYear(queries, corpus: corpus, filter: filter,
                                              at: inv.queryOffset..<(inv.queryOffset + query.utf8.count))
            }
            let hits = try SearchSupport.reportHits(query, offset: inv.queryOffset, in: filter.documents(corpus.reports), corpus: corpus)
            let by = inv.option("by")?.lowercased() ?? "year"
            let grouping = by == "year" ? nil : Grouping(by)
            try record(inv, session, query: query, hits: hits, by: grouping, corpus: corpus)
            return TrackView.build(query: query, hits: hits, by: grouping, filter: filter, smallGroups: session.settings.smallGroups)
        })

    /// The rows `lines N` can open: the sparklines, in order; only write-ups with a year are on a timeline.
    static func record(_ inv: Invocation, _ session: Session, query: String, hits: [ReportHits], by: Grouping?,
                       corpus: SearchCorpus) throws {
        let timeline = Timeline(hits, by: by, keepEmpty: by == nil)
        let dated = hits.filter { $0.report.year != nil }
        func documents(_ label: String?, _ grouping: Grouping) -> Int {
            dated.filter { $0.hits > 0 && (label == nil || grouping.key(of: $0.report).label == label) }.count
        }
        var rows: [LastTable.Row] = []
        if by == nil { rows.append(LastTable.Row(label: "all", hits: timeline.all.totalHits, documents: documents(nil, .type), grouping: nil)) }
        for s in timeline.series {
            rows.append(LastTable.Row(label: s.name, hits: s.totalHits, documents: documents(s.name, by ?? .type), grouping: by ?? .type))
        }
        try DrillDown.record(inv, session, corpus: corpus.narrowed(toDocuments: dated.map(\.document)), query: query, rows: rows)
    }
}
