// CompareCommand: `compare A B [QUERY]` — two inspections side by side: facts, ratings, score, distinctive words.
import Analysis
import Inspections
import Rendering
import Search

enum CompareCommand {
    static let spec = CommandSpec(
        name: "compare", aliases: ["cmp", "vs"], group: .ratings,
        summary: "Two providers (or two inspections of one) side by side: facts, ratings, score, distinctive words.",
        help: "A and B name providers by id, alias or a unique word of the name, or inspections as PROVIDER@YEAR or by id; "
            + "a provider with several inspections means its latest, and the choice is said. Each rating shows ▲ where A is "
            + "better, ▼ worse, = the same and ? where either is unknown (unknown is never compared). The score is points "
            + "over known standards with how many it covers. Then the words and two-word phrases that set A apart from B "
            + "(log-likelihood, p < 0.05) and those they share. With a QUERY, the matching findings of each and the rate "
            + "per 10,000 words with its exact (Poisson) 95% interval, and the rate ratio with its interval and exact p. With `sections`, the two write-ups' findings section by section, each section's ratings "
            + "above its findings.",
        examples: ["compare hlny ddc", "compare hlny@2019 hlny@2020", "compare \"Hampshire and Isle of Wight\" essex \"risk of harm\"",
                   "compare hlny dtv sections"],
        arguments: [ArgumentSpec("A", .inspection), ArgumentSpec("B", .inspection), ArgumentSpec("query", .query, optional: true)],
        flags: [FlagSpec("sections", "the two write-ups' findings side by side, section by section, with each section's ratings")],
        run: { inv, session in
            let (a, noteA) = try ReportResolver.inspection(inv.positional(0)!, in: session.corpus)
            let (b, noteB) = try ReportResolver.inspection(inv.positional(1)!, in: session.corpus)
            try ReportResolver.requireInScope([(a, inv.positional(0)!), (b, inv.positional(1)!)], session: session)
            if inv.has("sections") {
                if let q = inv.queryWords.first {
                    throw CommandError.usage("sections shows every finding, so it takes no query",
                                             hint: "compare A B QUERY for the matching findings", at: q.range)
                }
                return CompareSectionsView(a: a, b: b, notes: [noteA, noteB].compactMap { $0 })
            }
            let comparison = Comparison(a, b)
            let exclude = TermCounts.nameWords(of: a).union(TermCounts.nameWords(of: b))
            let keyness = Keyness(a: TermCounts(a, exclude: exclude), b: TermCounts(b, exclude: exclude), limit: 8)
            var matches: CompareMatches?
            if let q = inv.query {
                matches = try CompareMatches.find(q, offset: inv.queryOffset, a: a, b: b, session: session)
            }
            return CompareView(comparison: comparison, keyness: keyness, matches: matches,
                               notes: [noteA, noteB].compactMap { $0 })
        })
}
