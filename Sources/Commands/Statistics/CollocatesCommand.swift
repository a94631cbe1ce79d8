// CollocatesCommand: `collocates QUERY` — words near a query's hits more often than chance (G², MI, MI3, t-score, logDice).
import Analysis
import Rendering
import Search

enum CollocatesCommand {
    static let spec = CommandSpec(
        name: "collocates", aliases: ["colloc"], group: .statistics,
        summary: "Words near a query's hits more often than chance: G², MI, MI3, t-score, logDice.",
        help: "The window is N words each side of every hit (default 5), cut at the edge of the finding; overlapping "
            + "windows count a word once and the hit's own words are not counted. Against all the findings in scope "
            + "(the query's filters, such as type:crc, else the whole corpus), each word gets: together (in a window), "
            + "left/right, total, expected by chance, MI = log2(together/expected) and G² (log-likelihood). Only words "
            + "seen more often than expected are listed. `by ll` (default) favours frequent words, `by mi` rare ones; `by mi3` "
            + "(log2(together³/expected)) and `by tscore` ((together − expected)/√together) lean back towards frequent words, "
            + "and `by logdice` (14 + log2(2·together/(window words + total)), at most 14) does not depend on the size of "
            + "the corpus, so lists from different scopes compare. The measure sorted by is shown beside MI and G²; the data "
            + "formats have every measure. Default minimum: 3.",
        examples: ["collocates \"risk\" window 4", "collocates \"through the gate\" by mi min 2", "collocates caseload* type:crc nostop",
                   "collocates risk by logdice"],
        arguments: [ArgumentSpec("query", .query)],
        options: [OptionSpec("window", .integer, "words each side of a hit (default 5)"),
                  OptionSpec("left", .integer, "words before a hit (default: window)"),
                  OptionSpec("right", .integer, "words after a hit (default: window)"),
                  OptionSpec("by", .choice(CollocateList.Measure.allCases.map(\.rawValue)),
                             "sort by log-likelihood (ll), mutual information (mi), mi3, tscore or logdice"),
                  StatsOptions.min, StatsOptions.limit],
        flags: [StatsOptions.nostop],
        run: { inv, session in
                        guard let q = inv.query else {
                throw CommandError.usage("collocates needs a word or phrase to look around", hint: "e.g. collocates \"risk\" window 4",
                                         at: inv.line.utf8.count..<inv.line.utf8.count)
            }
            let corpus = try session.search
            let window = try inv.intOption("window", default: 5, range: 0...50)
            let left = try inv.intOption("left", default: window, range: 0...50)
            let right = try inv.intOption("right", default: window, range: 0...50)
            let matches = try CorpusSides.evaluate(q, offset: inv.queryOffset, corpus)
            var nodes: [Int: [Range<Int>]] = [:]
            for u in matches.units { if let s = u.segment, !u.spans.isEmpty { nodes[s, default: []] += u.spans } }
            if nodes.isEmpty && !matches.units.isEmpty {
                throw CommandError.usage("'\(q)' has no words to look around", hint: "add a word or phrase, e.g. collocates risk type:crc",
                                         at: inv.queryOffset..<(inv.queryOffset + q.utf8.count))
            }
            let scope = try CorpusSides.scope(of: q, offset: inv.queryOffset, corpus)
            let measure = CollocateList.Measure(rawValue: inv.option("by")?.lowercased() ?? "ll") ?? .logLikelihood
            let list = Collocates.compute(index: corpus.index, scope: scope, nodes: nodes, left: left, right: right,
                                          minimum: try inv.intOption("min", default: 3), measure: measure,
                                          dropStopWords: inv.has("nostop"))
            return StatsRender.collocates(list, query: q, nostop: inv.has("nostop"),
                                          limit: try StatsOptions.limit(inv, session), explicitLimit: inv.options["limit"] != nil)
        })
}
