// FreqCommand: `freq [SIDE]` — the word list of the findings, or of one provider, type, year or query.
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
            + "leaves out function words, single letters and numbers; rates stay per 10,000 running words.",
        examples: ["freq limit 20", "freq nostop", "freq hlny nostop limit 30", "words type:pdu min 5 --format csv"],
        arguments: [ArgumentSpec("side", .query, optional: true, display: "SIDE")],
        options: [StatsOptions.limit, StatsOptions.min],
        flags: [StatsOptions.nostop],
        run: { inv, session in
            let corpus = try session.search
            let side = inv.queryWords.isEmpty ? CorpusSide.all(in: corpus)
                : try CorpusSides.side(inv.queryWords, line: inv.line, corpus: corpus, other: nil)
            let minimum = try inv.intOption("min", default: 1)
            let table = FrequencyTable(index: corpus.index, segments: side.segments)
            let list = WordFrequencies.list(table, dropStopWords: inv.has("nostop"), minimum: minimum)
            return StatsRender.words(list, side: side, nostop: inv.has("nostop"),
                                     limit: try StatsOptions.limit(inv, session), explicitLimit: inv.options["limit"] != nil)
        })
}
