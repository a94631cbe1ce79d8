// QueryCharts: a query's rate per group as bars, where it falls in each write-up, and its course over the years.
import Analysis
import Inspections
import Rendering
import Search

enum QueryCharts {
    static let per10k = "per 10,000 words of findings"

    /// `chart QUERY by GROUP`: hits, write-ups with a hit, and a bar of the rate per 10,000 words.
    static func rates(_ query: String, offset: Int, corpus: SearchCorpus, by: Grouping,
                      filter: ReportFilter, smallGroups: SmallGroupMode = .mark) throws -> (chart: BarChart, groups: [GroupRate]) {
        let hits = try SearchSupport.reportHits(query, offset: offset, in: filter.documents(corpus.reports), corpus: corpus)
        var groups = GroupRates.compute(hits, by: by)
        // `set smallgroups hide`: groups of fewer than 5 write-ups leave the bars and the data, named in the footer.
        let hidden = smallGroups == .hide ? groups.filter { CountChart.isSmall($0.reports) }.map(\.group) : []
        groups.removeAll { hidden.contains($0.group) }
        let rows = groups.map { g in
            let rate = PoissonInterval.rate(count: g.hits, words: g.words)
            return BarChart.Row(label: g.group, values: [String(g.hits), "\(g.documents)/\(g.reports)"], segments: [g.per10k],
                                end: formatFixed(g.per10k, digits: 1), low: rate?.low, high: rate?.high,
                                marked: smallGroups == .mark && CountChart.isSmall(g.reports))
        }
        func number(_ x: Double?) -> Cell { x.map { .double($0, digits: 2) } ?? .null }
        let data = DataTable(columns: [Column(by.name), Column("hits", .right), Column("writeups_with_hits", .right),
                                       Column("writeups", .right), Column("words", .right), Column("per_10k_words", .right),
                                       Column("per_10k_low", .right), Column("per_10k_high", .right), Column("small_group")],
                             rows: groups.map { g in
                                 let rate = PoissonInterval.rate(count: g.hits, words: g.words)
                                 return [.text(g.group), .int(g.hits), .int(g.documents), .int(g.reports), .int(g.words),
                                         .double(g.per10k, digits: 2), number(rate?.low), number(rate?.high),
                                         .text(CountChart.isSmall(g.reports) ? "yes" : "no")]
                             })
        let total = hits.reduce(0) { $0 + $1.hits }, words = hits.reduce(0) { $0 + $1.words }
        let overall = words == 0 ? 0 : Double(total) * 10_000 / Double(words)
        var chart = BarChart(labelHeader: by.name, valueHeaders: ["hits", "docs"], series: [.init("rate", style: .cyan)], rows: rows,
                        scaleLabel: per10k,
                        header: ["\(query) by \(by.name) in \(filter.description)"],
                        footer: ["\(total) hits in \(hits.filter { $0.hits > 0 }.count) of \(hits.count) write-ups, "
                                 + formatFixed(overall, digits: 1) + " per 10,000 words overall; docs: write-ups with a hit, of the group's; "
                                 + (by.isChronological ? "in time order" : "highest rate first")]
                            + [SmallGroupMode.hiddenNote(hidden)].compactMap { $0 }
                            + (by == .year ? [ReportDate.footnote(datedByID: hits.filter { $0.report.reportDate?.fromID == true }.count)].compactMap { $0 } : []),
                        data: data)
        chart.intervalNote = "exact Poisson, per 10,000 words"
        return (chart, groups)
    }

    /// `chart dispersion QUERY`: one strip per write-up with a hit, oldest first.
    static func dispersion(_ query: String, offset: Int, corpus: SearchCorpus, filter: ReportFilter, ascii: Bool) throws -> DispersionPlot {
        let searched = try SearchSupport.reportHits(query, offset: offset, in: filter.documents(corpus.reports), corpus: corpus)
        let hits = searched
            .filter { $0.hits > 0 }
            .sorted { ReportDate.precedes($0.report, $1.report) }
        let rows = hits.map { h in
            DispersionPlot.Row(label: h.report.provider.shortName, suffix: h.report.reportDate?.yearLabel ?? "",
                               length: h.words, hits: h.positions)
        }
        var data: [[Cell]] = []
        for h in hits {
            for p in h.positions {
                data.append([.text(h.report.id), .int(p), .int(h.words), .double(h.words == 0 ? 0 : Double(p) / Double(h.words), digits: 3)])
            }
        }
        let missing = searched.count - hits.count
        return DispersionPlot(rows: rows, header: ["where \(query) falls in each write-up's findings (\(filter.description))"],
                              footer: ["each strip is one write-up's findings, first word to last; | one hit, "
                                       + (ascii ? "#" : "┃") + " several in one cell"
                                       + (missing == 0 ? "" : "; \(missing) write-up\(missing == 1 ? "" : "s") without a match not shown")],
                              data: DataTable(columns: [Column("id"), Column("position", .right), Column("words", .right),
                                                        Column("fraction", .right)], rows: data))
    }
}
