// TrackView: a query's rate over the years as sparklines per group, and for all write-ups, bars per year.
import Analysis
import Inspections
import Rendering
import Search

enum TrackView {
    static func build(query: String, hits: [ReportHits], by: Grouping?, filter: ReportFilter,
                      smallGroups: SmallGroupMode = .mark) -> any Renderable {
        let timeline = Timeline(hits, by: by, keepEmpty: by == nil)
        let series = by == nil ? [timeline.all] + timeline.series : timeline.series
        // `set smallgroups hide`: a point resting on fewer than 5 write-ups is a gap, left out of the data and named.
        func hidden(_ s: TimelineSeries, _ y: Int) -> Bool { smallGroups == .hide && s.writeups[y].map(CountChart.isSmall) == true }
        func rate(_ s: TimelineSeries, _ y: Int) -> Double? { hidden(s, y) ? nil : s.per10k(y) }
        let hiddenPoints = series.flatMap { s in timeline.years.filter { hidden(s, $0) }.map { "\(s.name) \($0)" } }
        let top = series.flatMap { s in timeline.years.compactMap { rate(s, $0) } }.max() ?? 0
        // The peak says more than first and last when most years are zero.
        func end(_ s: TimelineSeries) -> String {
            let known = timeline.years.filter { rate(s, $0) != nil }
            guard let peak = known.max(by: { (rate(s, $0)!, $1) < (rate(s, $1)!, $0) }) else { return "" }
            let hits = "\(s.totalHits) hit\(s.totalHits == 1 ? "" : "s")"
            guard s.totalHits > 0 else { return hits }
            return hits + ", peak " + formatFixed(rate(s, peak)!, digits: 1) + " in \(peak)"
        }
        let rows = series.map { s in
            SparklineChart.Row(label: s.name, values: timeline.years.map { rate(s, $0) }, end: end(s))
        }
        var data: [[Cell]] = []
        for s in series {
            for y in timeline.years where s.words[y] != nil && !hidden(s, y) {
                // Each point with its exact 95% interval and whether it rests on fewer than 5 write-ups.
                let rate = PoissonInterval.rate(count: s.hits[y] ?? 0, words: s.words[y] ?? 0)
                let n = s.writeups[y] ?? 0
                data.append([.text(s.name), .int(y), .int(s.hits[y] ?? 0), .int(s.words[y] ?? 0), .double(s.per10k(y) ?? 0, digits: 2),
                             rate.map { .double($0.low, digits: 2) } ?? .null, rate.map { .double($0.high, digits: 2) } ?? .null,
                             .int(n), .text(CountChart.isSmall(n) ? "yes" : "no")])
            }
        }
        let table = DataTable(columns: [Column(by?.name ?? "series"), Column("year", .right), Column("hits", .right),
                                        Column("words", .right), Column("per_10k_words", .right), Column("per_10k_low", .right),
                                        Column("per_10k_high", .right), Column("writeups", .right), Column("small_group")], rows: data)
        let total = hits.reduce(0) { $0 + $1.hits }
        let spark = SparklineChart(
            labelHeader: by?.name ?? "write-ups", points: timeline.years.map(String.init), rows: rows, maximum: top,
            header: ["\(query) in \(filter.description): \(total) hit\(total == 1 ? "" : "s"); rate per 10,000 words of findings, year by year"],
            footer: ["each year one block of marks, from the first year to the last, on a shared scale (0 to " + formatFixed(top, digits: 1)
                     + "); a gap: no inspection that year"
                     + (by == nil ? "" : "; groups without a hit not shown")]
                + [SmallGroupMode.hiddenNote(hiddenPoints, what: "point")].compactMap { $0 }
                + [ReportDate.footnote(datedByID: hits.filter { $0.report.reportDate?.fromID == true }.count)].compactMap { $0 },
            data: table)
        guard by == nil else { return spark }
        let bars = timeline.years.map { y in
            let all = timeline.all
            if hidden(all, y) { return BarChart.Row(label: String(y), values: [""], segments: [0], end: "hidden: fewer than 5 write-ups") }
            let rate = PoissonInterval.rate(count: all.hits[y] ?? 0, words: all.words[y] ?? 0)
            return BarChart.Row(label: String(y), values: ["\(all.hits[y] ?? 0)"], segments: [all.per10k(y) ?? 0],
                                end: all.per10k(y).map { formatFixed($0, digits: 1) } ?? "no write-ups", low: rate?.low, high: rate?.high,
                                marked: smallGroups == .mark && all.writeups[y].map(CountChart.isSmall) == true)
        }
        var chart = BarChart(labelHeader: "year", valueHeaders: ["hits"], series: [.init("rate", style: .cyan)], rows: bars,
                             scaleLabel: QueryCharts.per10k, data: table)
        chart.intervalNote = "exact Poisson, per 10,000 words"
        return TrackStack(parts: [spark, chart], data: table)
    }
}
