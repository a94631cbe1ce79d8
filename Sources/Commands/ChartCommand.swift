// ChartCommand: `chart ratings|overall|dispersion|QUERY` — ratings heatmaps, rating distributions and phrase charts.
import Analysis
import Inspections
import Rendering

enum ChartCommand {
    static let groupings = ["provider", "owner", "type", "region", "year"]

    static let spec = CommandSpec(
        name: "chart", aliases: ["plot"], group: .ratings,
        synopsis: "chart ratings [TYPE] [YEAR] | chart overall [by type|owner|region|year] | chart QUERY by provider|owner|type|region|year | chart dispersion QUERY",
        summary: "Charts in the terminal: a ratings heatmap, the spread of overall ratings, a phrase's rate, where a phrase falls.",
        help: "`chart ratings` draws inspections by standards, one letter per rating (O G R I, ? unknown), one block per "
            + "framework, with totals per row and column. `chart overall` draws how many inspections got each overall "
            + "rating, stacked by group when grouped; unknown is its own part, never a rating. `chart QUERY by GROUP` "
            + "draws how often a query matches per 10,000 words of findings. `chart dispersion QUERY` draws, for each "
            + "write-up, where in it the matches fall. Field filters in a query (`type:crc`, `section:case`) narrow the "
            + "write-ups and the words counted, as in `count`. Every chart fits the width; `--format csv` gives the data behind it.",
        examples: ["chart ratings type crc", "chart overall by owner", "chart \"caseload*\" by owner", "chart dispersion \"risk of harm\""],
        arguments: [ArgumentSpec("what", .query, keywords: ["ratings", "overall", "dispersion"])],
        options: [OptionSpec("by", .choice(groupings), "group bars by this"),
                  OptionSpec("type", .choice(["crc", "nps", "pdu", "region"]), "only this kind of provider"),
                  OptionSpec("year", .integer, "only inspections published in this year"),
                  OptionSpec("sort", .choice(MatrixOrder.allCases.map(\.rawValue)), "heatmap rows by name or by overall rating")],
        run: { inv, session in
            guard let query = inv.query else {
                throw CommandError.usage("chart needs something to draw", hint: "e.g. chart ratings type crc, chart overall by owner, chart \"caseload*\" by owner", at: inv.line.utf8.count..<inv.line.utf8.count)
            }
            let words = LineSplitter.split(query).map { Word(text: $0.text, range: $0.range.lowerBound + inv.queryOffset..<$0.range.upperBound + inv.queryOffset, quoted: $0.quoted) }
            let first = words[0]
            let rest = Array(words.dropFirst())
            let reports = session.corpus.reports
            switch first.quoted ? "" : first.text.lowercased() {
            case "ratings", "heatmap":
                let (filter, sort, by) = try parseWords(inv, rest, allowSort: true)
                if let by { throw CommandError.usage("chart ratings takes no 'by'", hint: "try chart overall by owner", at: by.range) }
                return RatingsHeatmapView(reports: filter.apply(reports), filter: filter, order: sort)
            case "overall", "distribution":
                let (filter, _, by) = try parseWords(inv, rest, allowSort: false)
                let grouping = by.flatMap { Grouping($0.text) }
                return RatingsCharts.overall(filter.apply(reports), by: grouping, filter: filter)
            case "dispersion":
                guard let q = rest.first else {
                    throw CommandError.usage("chart dispersion needs a query", hint: "e.g. chart dispersion \"risk of harm\"", at: first.range)
                }
                let filter = try RatingsFilter(inv, words: [])
                let text = LineSplitter.slice(inv.line, q.range.lowerBound..<rest.last!.range.upperBound)
                return try QueryCharts.dispersion(text, offset: q.range.lowerBound, corpus: session.corpus.search, filter: filter,
                                                  ascii: session.renderContext(format: inv.format).charset == .ascii)
            default:
                guard let by = inv.option("by").flatMap({ Grouping($0) }) else {
                    throw CommandError.usage("say what to chart the query by", hint: "e.g. chart \(query) by owner (provider, owner, type, region or year)",
                                             at: inv.line.utf8.count..<inv.line.utf8.count)
                }
                let filter = try RatingsFilter(inv, words: [])
                return try QueryCharts.rates(query, offset: inv.queryOffset, corpus: session.corpus.search, by: by, filter: filter)
            }
        })

    /// The words after `ratings` or `overall`: `type X`, `year Y`, `sort S` or bare types and years.
    static func parseWords(_ inv: Invocation, _ words: [Word], allowSort: Bool) throws -> (RatingsFilter, MatrixOrder, by: Word?) {
        var bare: [Word] = [], sort = MatrixOrder(rawValue: inv.option("sort") ?? "name") ?? .name
        var options = inv.options
        var i = 0
        while i < words.count {
            let w = words[i], name = w.text.lowercased()
            if !w.quoted, ["type", "year", "sort", "by"].contains(name) {
                guard i + 1 < words.count else { throw CommandError.usage("'\(name)' needs a value", at: w.range) }
                if name == "sort" {
                    guard allowSort, let o = MatrixOrder(rawValue: words[i + 1].text.lowercased()) else {
                        throw CommandError.usage("'\(words[i + 1].text)' is not a value of sort", hint: "(one of: name, overall)", at: words[i + 1].range)
                    }
                    sort = o
                } else {
                    options[name] = words[i + 1]
                }
                i += 2
            } else {
                bare.append(w); i += 1
            }
        }
        var copy = inv
        copy.options = options
        if let by = options["by"], !groupings.contains(by.text.lowercased()) {
            throw CommandError.usage("'\(by.text)' is not a value of by", hint: "(one of: " + groupings.joined(separator: ", ") + ")", at: by.range)
        }
        return (try RatingsFilter(copy, words: bare), sort, options["by"])
    }
}
