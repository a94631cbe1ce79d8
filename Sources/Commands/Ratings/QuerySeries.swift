// QuerySeries: several queries' rates per 10,000 words year by year, drawn as lines on shared axes (chart and track).
import Analysis
import Inspections
import Rendering
import Search

enum QuerySeries {
    /// Series a line chart can tell apart by its markers.
    static let most = 8

    /// One line per query: its rate per 10,000 words of findings in each year, over the write-ups `filter`
    /// allows (and each query's own field filters). A year without write-ups for a query is a gap. The data
    /// lists every year a query has write-ups in, with the rate's exact 95% interval.
    static func byYear(_ queries: [(text: String, offset: Int)], corpus: SearchCorpus, filter: ReportFilter,
                       at range: Range<Int>) throws -> LineChart {
        guard queries.count <= most else {
            throw CommandError.usage("at most \(most) queries in one chart", hint: "draw the others in a second chart", at: range)
        }
        struct Year { var hits = 0, words = 0, reports = 0, matched = 0 }
        var perQuery: [[Int: Year]] = [], undated = Set<String>(), datedByID = Set<String>(), totals: [(Int, Int)] = []
        for q in queries {
            let hits = try SearchSupport.reportHits(q.text, offset: q.offset, in: filter.documents(corpus.reports), corpus: corpus)
            var years: [Int: Year] = [:]
            for h in hits {
                guard let y = h.report.year else { undated.insert(h.report.id); continue }
                if h.report.reportDate?.fromID == true { datedByID.insert(h.report.id) }
                years[y, default: Year()].hits += h.hits
                years[y, default: Year()].words += h.words
                years[y, default: Year()].reports += 1
                if h.hits > 0 { years[y, default: Year()].matched += 1 }
            }
            perQuery.append(years)
            totals.append((hits.reduce(0) { $0 + $1.hits }, hits.filter { $0.hits > 0 }.count))
        }
        let all = perQuery.flatMap(\.keys)
        let points = all.isEmpty ? [] : Array(all.min()!...all.max()!)
        let series = queries.indices.map { i in
            LineChart.Series(name: queries[i].text, values: points.map { y in
                perQuery[i][y].flatMap { $0.words > 0 ? Double($0.hits) * 10_000 / Double($0.words) : nil }
            })
        }
        var rows: [[Cell]] = []
        for (i, q) in queries.enumerated() {
            for y in points {
                guard let v = perQuery[i][y] else { continue }
                let rate = PoissonInterval.rate(count: v.hits, words: v.words)
                rows.append([.text(q.text), .int(y), .int(v.hits), .int(v.words), rate.map { .double($0.rate, digits: 2) } ?? .null,
                             rate.map { .double($0.low, digits: 2) } ?? .null, rate.map { .double($0.high, digits: 2) } ?? .null,
                             .int(v.reports), .int(v.matched), .text(CountChart.isSmall(v.reports) ? "yes" : "no")])
            }
        }
        let data = DataTable(columns: [Column("query"), Column("year", .right), Column("hits", .right), Column("words", .right),
                                       Column("per_10k", .right), Column("per_10k_low", .right), Column("per_10k_high", .right),
                                       Column("writeups", .right), Column("writeups_with_hits", .right), Column("small_group")], rows: rows)
        let counts = queries.indices.map { i in
            queries[i].text + ": " + SearchSupport.plural(totals[i].0, "hit") + " in " + SearchSupport.plural(totals[i].1, "write-up")
        }
        var footer = [counts.joined(separator: "; "), "a gap: no write-up that year; --format csv lists each point with its 95% interval"]
        if !undated.isEmpty { footer.append(SearchSupport.plural(undated.count, "write-up") + " without a year not drawn") }
        if let note = ReportDate.footnote(datedByID: datedByID.count) { footer.append(note) }
        return LineChart(points: points.map(String.init), series: series, yLabel: QueryCharts.per10k,
                         header: ["rate year by year in \(filter.description)"], footer: footer, data: data)
    }
}
