// FreqCommand: `freq [SIDE]` — the word list of the findings, or of one provider, type, year or query, with each word's spread.
import Analysis
import Rendering
import Search

enum FreqCommand {
    static let spec = CommandSpec(
        name: "freq", aliases: ["words", "wordlist"], group: .statistics,
        summary: "Word list of the findings (or of one provider, type, year or query): counts, per 10k words and range.",
        help: "Counts every word inspectors wrote in findings (not front matter or headings), commonest first, then by the "
            + "number of reports it appears in, then alphabetically. SIDE narrows the count to a provider (hlny), an "
            + "inspection (hlny@2019), a filter (type:crc, year:2019, section:recommendations) or any query. `nostop` "
            + "leaves out function words, single letters and numbers; rates stay per 10,000 running words. D (Juilland) and DP "
            + "(Gries) say how evenly each word spreads over the write-ups, each weighted by its words of findings: D is 1 "
            + "when every write-up uses the word at the same rate and 0 when one holds it all; DP is 0 when the word "
            + "falls as the write-ups' sizes predict and near 1 when it sits in one. `by adjusted` ranks by U = count × D, "
            + "so a word one report repeats sinks below one every report uses. The data formats add DP normalised "
            + "(DP / (1 − the smallest write-up's share)).",
        examples: ["freq limit 20", "freq nostop", "freq hlny nostop limit 30", "words type:pdu min 5 --format csv",
                   "freq nostop by adjusted limit 20"],
        arguments: [ArgumentSpec("side", .query, optional: true, display: "SIDE")],
        options: [StatsOptions.limit, StatsOptions.min,
                  OptionSpec("by", .choice(WordFrequencies.Ranking.allCases.map(\.rawValue)),
                             "rank by count (default) or by adjusted frequency U = count × D")],
        flags: [StatsOptions.nostop],
        run: { inv, session in
            let corpus = try session.search
            let side = inv.queryWords.isEmpty ? CorpusSide.all(in: corpus)
                : try CorpusSides.side(inv.queryWords, line: inv.line, corpus: corpus, other: nil)
            let minimum = try inv.intOption("min", default: 1)
            let table = FrequencyTable(index: corpus.index, segments: side.segments)
            let ranking = WordFrequencies.Ranking(rawValue: inv.option("by")?.lowercased() ?? "count") ?? .frequency
            if ranking == .adjusted && table.reportCount < 2, let by = inv.options["by"]?.range {
                throw CommandError.usage("ranking by dispersion needs findings from two write-ups or more",
                                         hint: "\(side.label) has " + StatsFormat.count(table.reportCount, "write-up"), at: by)
            }
            let list = WordFrequencies.list(table, dropStopWords: inv.has("nostop"), minimum: minimum,
                                            dispersion: WordDispersion(index: corpus.index, segments: side.segments), ranking: ranking)
            return StatsRender.words(list, side: side, nostop: inv.has("nostop"), ranking: ranking,
                                     limit: try StatsOptions.limit(inv, session), explicitLimit: inv.options["limit"] != nil)
        })
}
