// NgramsCommand: `ngrams N [QUERY]` — runs of N words in the findings, or only those containing a query's hits.
import Analysis
import Rendering
import Search

enum NgramsCommand {
    static let spec = CommandSpec(
        name: "ngrams", aliases: ["clusters"], group: .statistics,
        summary: "Runs of N words in the findings, commonest first; with a query, only those containing a hit.",
        help: "N-grams never cross from one finding to the next. With a QUERY of words (\"risk\", \"risk of harm\"), only the "
            + "n-grams that contain a whole hit are counted (AntConc's clusters); with only filters (type:crc, "
            + "section:recommendations), every n-gram of the matching findings. `nostop` leaves out n-grams that start "
            + "or end with a function word. Default minimum: 2.",
        examples: ["ngrams 3 limit 10", "ngrams 2 type:pdu nostop", "ngrams 4 \"risk of harm\"", "ngrams 3 section:recommendations"],
        arguments: [ArgumentSpec("N", .integer), ArgumentSpec("query", .query, optional: true)],
        options: [StatsOptions.limit, StatsOptions.min],
        flags: [StatsOptions.nostop],
        run: { inv, session in
                        let nWord = inv.positional(0)!
            guard let n = Int(nWord.text), (1...8).contains(n) else {
                throw CommandError.usage("'\(nWord.text)' is not an n-gram length from 1 to 8", hint: "e.g. ngrams 3", at: nWord.range)
            }
            let corpus = try session.search
            var segments = corpus.segments()
            var hits: [Int: [Range<Int>]]?
            if let q = inv.query {
                let matches = try CorpusSides.evaluate(q, offset: inv.queryOffset, corpus)
                segments = matches.units.compactMap(\.segment)
                let withSpans = matches.units.filter { !$0.spans.isEmpty }
                if !withSpans.isEmpty {
                    hits = Dictionary(withSpans.compactMap { u in u.segment.map { ($0, u.spans) } }, uniquingKeysWith: +)
                    let shortest = withSpans.flatMap(\.spans).map(\.count).min() ?? 0
                    if shortest > n {
                        throw CommandError.usage("every hit of \(q) is \(shortest) words or more, longer than \(n)",
                                                 hint: "e.g. ngrams \(shortest + 1) \(q)", at: nWord.range)
                    }
                }
            }
            let list = NGrams.count(n: n, index: corpus.index, segments: segments, hits: hits,
                                    dropStopEdges: inv.has("nostop"), minimum: try inv.intOption("min", default: 2))
            return StatsRender.ngrams(list, query: inv.query, nostop: inv.has("nostop"),
                                      limit: try StatsOptions.limit(inv, session), explicitLimit: inv.options["limit"] != nil)
        })
}
