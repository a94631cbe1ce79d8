// KeywordsCommand: `keywords A [vs B]` — words over-used in A against B (log-likelihood, log ratio).
import Analysis
import Rendering
import Search

enum KeywordsCommand {
    static let spec = CommandSpec(
        name: "keywords", aliases: ["keyness", "key"], group: .statistics,
        summary: "Words over-used in A compared with B (log-likelihood, log ratio), and those over-used in B.",
        help: "A and B are each a provider (hlny), an inspection (hlny@2019), a filter (type:crc, year:2019, "
            + "overall:inadequate, section:recommendations), a quoted phrase or query, `all`, or `rest` (every finding "
            + "not on the other side; the default B). Words are counted in findings only. G² (Dunning's log-likelihood) "
            + "says how sure: 3.84 is p < 0.05, 6.63 p < 0.01, 10.83 p < 0.001, 15.13 p < 0.0001; positive means "
            + "over-used in A, negative in B. Log ratio is the effect size: log2 of the ratio of the rates, so 1 is "
            + "twice as common (a zero count is read as 0.5). DP (Gries) is the word's spread over the write-ups of the side "
            + "that over-uses it: near 0 when they all use it, near 1 when one does. %DIFF, DP on both sides, the exact "
            + "p-value (the conditional binomial test of two rates) and the log ratio's exact 95% interval are in the data "
            + "formats. A word must occur at least "
            + "min times (default 3) on the side that over-uses it. A provider side's own names are left out unless "
            + "`names keep`.",
        examples: ["keywords hlny vs rest", "keywords type:crc vs type:pdu", "keywords year:2019 vs year:2024 p 0.01",
                   "keywords overall:inadequate vs overall:good --format csv"],
        arguments: [ArgumentSpec("A vs B", .query, display: "A [vs B]")],
        options: [OptionSpec("p", .choice(Keyness.criticalValues.map(\.p)), "significance level (default 0.05)"),
                  StatsOptions.min, OptionSpec("names", .choice(["keep", "drop"]), "keep or drop the providers' own names (default drop)"),
                  StatsOptions.limit],
        run: { inv, session in try run(inv, session) })

    static let separators: Set<String> = ["vs", "vs.", "versus", "against", "v"]

    static func run(_ inv: Invocation, _ session: Session) throws -> any Renderable {
        let corpus = try session.search
        let ws = inv.queryWords
        guard !ws.isEmpty else {
            throw CommandError.usage("keywords needs a side", hint: "e.g. keywords hlny vs rest", at: inv.end)
        }
        let cut = ws.firstIndex { !$0.quoted && separators.contains($0.text.lowercased()) }
        let aWords = Array(ws[..<(cut ?? ws.endIndex)])
        let bWords = cut.map { Array(ws[($0 + 1)...]) } ?? []
        guard !aWords.isEmpty else {
            throw CommandError.usage("keywords needs a side before '\(ws[cut!].text)'", hint: "e.g. keywords hlny vs rest", at: ws[cut!].range)
        }
        if let cut, bWords.isEmpty {
            throw CommandError.usage("keywords needs a side after '\(ws[cut].text)'", hint: "e.g. keywords hlny vs rest", at: ws[cut].range)
        }
        let aIsRest = aWords.count == 1 && !aWords[0].quoted && CorpusSide.isRest(aWords[0].text)
        var a: CorpusSide, b: CorpusSide
        if aIsRest {
            guard !bWords.isEmpty else {
                throw CommandError.usage("'rest' needs another side", hint: "e.g. keywords rest vs hlny", at: aWords[0].range)
            }
            b = try CorpusSides.side(bWords, line: inv.line, corpus: corpus, other: nil)
            a = try CorpusSides.side(aWords, line: inv.line, corpus: corpus, other: b)
        } else {
            a = try CorpusSides.side(aWords, line: inv.line, corpus: corpus, other: nil)
            b = bWords.isEmpty ? CorpusSide.rest(excluding: a, in: corpus)
                : try CorpusSides.side(bWords, line: inv.line, corpus: corpus, other: a)
        }
        let where_ = bWords.first?.range ?? aWords[0].range
        guard !b.segments.isEmpty else {
            throw CommandError("nothing is left on the other side of \(a.label)", hint: "compare with another provider or a filter", at: where_)
        }
        let p = inv.option("p")?.lowercased() ?? "0.05"
        let threshold = Keyness.criticalValues.first { $0.p == p }?.g2 ?? 3.84
        let names = inv.option("names")?.lowercased() == "keep" ? Set<String>() : a.nameWords.union(b.nameWords)
        let ta = FrequencyTable(index: corpus.index, segments: a.segments)
        let tb = FrequencyTable(index: corpus.index, segments: b.segments)
        let list = Keyness.keywords(a: ta, b: tb, minimum: try inv.intOption("min", default: 3), threshold: threshold, exclude: names)
        var notes: [String] = []
        let overlap = Set(a.segments).intersection(b.segments).count
        if overlap > 0 { notes.append("A and B share " + StatsFormat.count(overlap, "finding") + ", counted on both sides.") }
        let left = names.filter { ta.count(of: $0) > 0 || tb.count(of: $0) > 0 }.sorted()
        if !left.isEmpty {
            let some = left.prefix(8).joined(separator: ", ") + (left.count > 8 ? " and \(left.count - 8) more" : "")
            notes.append("Providers' own names left out (" + some + "): names keep shows them.")
        }
        if let note = likeWithLike(a, b, corpus) { notes.append(note) }
        let spread = (WordDispersion(index: corpus.index, segments: a.segments), WordDispersion(index: corpus.index, segments: b.segments))
        let dispersion = { (word: String) in corpus.index.termID(word).map { (spread.0.dispersion(of: $0), spread.1.dispersion(of: $0)) } }
        return StatsRender.keywords(list, a: (a, ta), b: (b, tb), dispersion: dispersion, p: p, minimum: try inv.intOption("min", default: 3),
                                    notes: notes, limit: try StatsOptions.limit(inv, session), explicitLimit: inv.options["limit"] != nil)
    }

    /// One provider against the rest also compares kinds of provider (a CRC with PDUs and regions), whose
    /// vocabularies differ ("crc", "pdu"): say so, and how to compare like with like.
    static func likeWithLike(_ a: CorpusSide, _ b: CorpusSide, _ corpus: SearchCorpus) -> String? {
        guard a.kind == .provider || a.kind == .inspection, b.kind == .rest else { return nil }
        let types = Set(a.reports.map { corpus.reports[$0].type })
        let others = Set(b.reports.map { corpus.reports[$0].type }).subtracting(types)
        guard types.count == 1, let type = types.first, !others.isEmpty else { return nil }
        let t = type.rawValue.lowercased()
        let exclude = a.kind == .provider && !a.label.contains(" ") ? " -provider:" + a.label : ""
        return "rest includes " + others.sorted().map(\.rawValue).joined(separator: ", ")
            + " write-ups: keywords \(a.label) vs type:\(t)\(exclude) compares like with like."
    }
}
