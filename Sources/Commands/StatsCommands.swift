// StatsCommands: freq (words), ngrams, collocates and keywords — AntConc's word statistics over the findings.
import Analysis
import Rendering
import Search

enum StatsCommands {
    static let limitOption = OptionSpec("limit", .integer, "rows shown (default: set limit); data formats get all unless given")
    static let minOption = OptionSpec("min", .integer, "leave out anything seen fewer times than this")

    static let freq = CommandSpec(
        name: "freq", aliases: ["words", "wordlist"], group: .search,
        synopsis: "freq [SIDE] [nostop] [min N] [limit N]",
        summary: "Word list of the findings (or of one provider, type, year or query): counts, per 10k words and range.",
        help: "Counts every word inspectors wrote in findings (not front matter or headings), commonest first, then by the "
            + "number of reports it appears in, then alphabetically. SIDE narrows the count to a provider (hlny), an "
            + "inspection (hlny@2019), a filter (type:crc, year:2019, section:recommendations) or any query. `nostop` "
            + "leaves out function words, single letters and numbers; rates stay per 10,000 running words.",
        examples: ["freq limit 20", "freq nostop", "freq hlny nostop limit 30", "words type:pdu min 5 --format csv"],
        arguments: [ArgumentSpec("side", .query, optional: true)],
        options: [limitOption, minOption],
        run: { inv, session in
            let args = try StatsArguments(inv, flags: ["nostop"])
            let corpus = session.corpus.search
            let side = try args.side(in: corpus) ?? CorpusSide.all(in: corpus)
            let minimum = try args.int("min", default: 1)
            let table = FrequencyTable(index: corpus.index, segments: side.segments)
            let list = WordFrequencies.list(table, dropStopWords: args.flags.contains("nostop"), minimum: minimum)
            return StatsRender.words(list, side: side, nostop: args.flags.contains("nostop"),
                                     limit: try args.limit(session), explicitLimit: args.has("limit"))
        })

    static let ngrams = CommandSpec(
        name: "ngrams", aliases: ["clusters"], group: .search,
        synopsis: "ngrams N [QUERY] [nostop] [min N] [limit N]",
        summary: "Runs of N words in the findings, commonest first; with a query, only those containing a hit.",
        help: "N-grams never cross from one finding to the next. With a QUERY of words (\"risk\", \"risk of harm\"), only the "
            + "n-grams that contain a whole hit are counted (AntConc's clusters); with only filters (type:crc, "
            + "section:recommendations), every n-gram of the matching findings. `nostop` leaves out n-grams that start "
            + "or end with a function word. Default minimum: 2.",
        examples: ["ngrams 3 limit 10", "ngrams 2 type:pdu nostop", "ngrams 4 \"risk of harm\"", "ngrams 3 section:recommendations"],
        arguments: [ArgumentSpec("N", .integer), ArgumentSpec("query", .query, optional: true)],
        options: [limitOption, minOption],
        run: { inv, session in
            let args = try StatsArguments(inv, flags: ["nostop"])
            let nWord = inv.positional(0)!
            guard let n = Int(nWord.text), (1...8).contains(n) else {
                throw CommandError.usage("'\(nWord.text)' is not an n-gram length from 1 to 8", hint: "e.g. ngrams 3", at: nWord.range)
            }
            let corpus = session.corpus.search
            var segments = corpus.segments()
            var hits: [Int: [Range<Int>]]?
            if let q = args.text {
                let matches = try StatsArguments.evaluate(q, offset: args.offset, corpus)
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
                                    dropStopEdges: args.flags.contains("nostop"), minimum: try args.int("min", default: 2))
            return StatsRender.ngrams(list, query: args.text, nostop: args.flags.contains("nostop"),
                                      limit: try args.limit(session), explicitLimit: args.has("limit"))
        })

    static let collocates = CommandSpec(
        name: "collocates", aliases: ["colloc"], group: .search,
        synopsis: "collocates QUERY [window N] [by ll|mi] [min N] [nostop] [limit N]",
        summary: "Words found near a query's hits more often than chance: counts, MI and log-likelihood.",
        help: "The window is N words each side of every hit (default 5), cut at the edge of the finding; overlapping "
            + "windows count a word once and the hit's own words are not counted. Against all the findings in scope "
            + "(the query's filters, such as type:crc, else the whole corpus), each word gets: together (in a window), "
            + "left/right, total, expected by chance, MI = log2(together/expected) and G² (log-likelihood). Only words "
            + "seen more often than expected are listed. `by ll` (default) favours frequent words, `by mi` rare ones. Default minimum: 3.",
        examples: ["collocates \"risk\" window 4", "collocates \"through the gate\" by mi min 2", "collocates caseload* type:crc nostop"],
        arguments: [ArgumentSpec("query", .query)],
        options: [OptionSpec("window", .integer, "words each side of a hit (default 5)"),
                  OptionSpec("left", .integer, "words before a hit (default: window)"),
                  OptionSpec("right", .integer, "words after a hit (default: window)"),
                  OptionSpec("by", .choice(["ll", "mi"]), "sort by log-likelihood (ll) or mutual information (mi)"),
                  minOption, limitOption],
        run: { inv, session in
            let args = try StatsArguments(inv, flags: ["nostop"])
            guard let q = args.text else {
                throw CommandError.usage("collocates needs a word or phrase to look around", hint: "e.g. collocates \"risk\" window 4",
                                         at: inv.line.utf8.count..<inv.line.utf8.count)
            }
            let corpus = session.corpus.search
            let window = try args.int("window", default: 5, range: 0...50)
            let left = try args.int("left", default: window, range: 0...50)
            let right = try args.int("right", default: window, range: 0...50)
            let matches = try StatsArguments.evaluate(q, offset: args.offset, corpus)
            var nodes: [Int: [Range<Int>]] = [:]
            for u in matches.units { if let s = u.segment, !u.spans.isEmpty { nodes[s, default: []] += u.spans } }
            if nodes.isEmpty && !matches.units.isEmpty {
                throw CommandError.usage("'\(q)' has no words to look around", hint: "add a word or phrase, e.g. collocates risk type:crc",
                                         at: args.offset..<(args.offset + q.utf8.count))
            }
            let scope = try StatsArguments.scope(of: q, offset: args.offset, corpus)
            let measure = CollocateList.Measure(rawValue: args.option("by") ?? "ll") ?? .logLikelihood
            let list = Collocates.compute(index: corpus.index, scope: scope, nodes: nodes, left: left, right: right,
                                          minimum: try args.int("min", default: 3), measure: measure,
                                          dropStopWords: args.flags.contains("nostop"))
            return StatsRender.collocates(list, query: q, nostop: args.flags.contains("nostop"),
                                          limit: try args.limit(session), explicitLimit: args.has("limit"))
        })

    static let keywords = CommandSpec(
        name: "keywords", aliases: ["keyness", "key"], group: .search,
        synopsis: "keywords A [vs B] [p P] [min N] [names keep|drop] [limit N]",
        summary: "Words over-used in A compared with B (log-likelihood, log ratio), and those over-used in B.",
        help: "A and B are each a provider (hlny), an inspection (hlny@2019), a filter (type:crc, year:2019, "
            + "overall:inadequate, section:recommendations), a quoted phrase or query, `all`, or `rest` (every finding "
            + "not on the other side; the default B). Words are counted in findings only. G² (Dunning's log-likelihood) "
            + "says how sure: 3.84 is p < 0.05, 6.63 p < 0.01, 10.83 p < 0.001, 15.13 p < 0.0001; positive means "
            + "over-used in A, negative in B. Log ratio is the effect size: log2 of the ratio of the rates, so 1 is "
            + "twice as common (a zero count is read as 0.5). %DIFF is in the data formats. A word must occur at least "
            + "min times (default 3) on the side that over-uses it. A provider side's own names are left out unless "
            + "`names keep`.",
        examples: ["keywords hlny vs rest", "keywords type:crc vs type:pdu", "keywords year:2019 vs year:2024 p 0.01",
                   "keywords overall:inadequate vs overall:good --format csv"],
        arguments: [ArgumentSpec("A vs B", .query)],
        options: [OptionSpec("p", .choice(Keyness.criticalValues.map(\.p)), "significance level (default 0.05)"),
                  minOption, OptionSpec("names", .choice(["keep", "drop"]), "keep or drop the providers' own names (default drop)"),
                  limitOption],
        run: { inv, session in try KeywordsRun.run(inv, session) })
}
