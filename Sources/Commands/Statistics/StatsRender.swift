// StatsRender: word lists, n-grams, collocates and keywords as StatsViews, one function per command.
import Analysis
import Rendering

/// Analysis values -> StatsView, one function per command.
enum StatsRender {
    static func describe(_ side: CorpusSide, _ table: FrequencyTable) -> String {
        let findings = side.segments.count
        let name = side.kind == .query ? side.label : side.label + " (" + side.title + ")"
        return name + ": " + StatsFormat.count(table.reportCount, "report") + ", "
            + StatsFormat.count(table.tokens, "word") + " in " + StatsFormat.count(findings, "finding")
    }

    static func words(_ list: WordList, side: CorpusSide, nostop: Bool, ranking: WordFrequencies.Ranking = .frequency,
                      limit: Int, explicitLimit: Bool) -> StatsView {
        let (shown, more) = StatsFormat.cut(list.entries, limit: limit, noun: "word", explicit: explicitLimit)
        let adjusted = ranking == .adjusted
        func row(_ i: Int, _ e: WordCount, _ precise: Bool = false) -> [Cell] {
            [.int(i + 1), .text(e.word), .int(e.count)] + (adjusted ? [StatsFormat.optional(e.dispersion?.adjustedFrequency, 1, precise)] : [])
                + [StatsFormat.rate(e.perTenThousand, precise), .int(e.reports),
                   StatsFormat.optional(e.dispersion?.juillandD, 2, precise), StatsFormat.optional(e.dispersion?.dpOverParts, 2, precise)]
        }
        let table = DataTable(columns: [Column("rank", .right), Column("word"), Column("count", .right)]
                                  + (adjusted ? [Column("U", .right)] : [])
                                  + [Column("per 10k", .right), Column("reports", .right), Column("D", .right), Column("DP", .right)],
                              rows: shown.enumerated().map { row($0.offset, $0.element) }, nullText: "")
        let exported = explicitLimit ? shown : list.entries
        let data = DataTable(columns: StatsFormat.columns(["rank", "word", "count"] + (adjusted ? ["u"] : [])
                                       + ["per_10k", "reports", "juilland_d", "dp", "dp_norm", "scope", "scope_words",
                                          "scope_reports", "stop_words", "ranked_by"], text: ["word", "scope", "stop_words", "ranked_by"]),
                             rows: exported.enumerated().map { i, e in
                                 row(i, e, true) + [StatsFormat.optional(e.dispersion?.dpNormalised, 2, true), .text(side.label),
                                                    .int(list.tokens), .int(list.reportCount),
                                                    .text(nostop ? "excluded" : "included"), .text(ranking.rawValue)]
                             })
        let heading = "Word list of \(side.kind == .all ? "all findings" : side.title): " + StatsFormat.count(list.tokens, "word")
            + " in " + StatsFormat.count(list.reportCount, "report") + ", " + StatsFormat.count(list.types, "distinct word")
            + (nostop ? " (stop words and numbers left out)" : "") + (adjusted ? ", ranked by U = count x D" : "") + "."
        var footer = ["per 10k: per 10,000 running words of findings; reports: how many reports use the word; "
                      + "D (Juilland): 1 = the same rate in every report, 0 = all in one; DP (Gries): 0 = spread as the "
                      + "reports' sizes predict, near 1 = in one report."]
        if list.reportCount < 2 { footer.append("One report: no spread to measure, so D and DP are left blank.") }
        return StatsView(heading: [heading], sections: [.init(title: nil, table: table, more: more,
                                                              expendable: ["D", "reports", "rank", "per 10k"])],
                         footer: footer, data: data)
    }

    static func ngrams(_ list: NGramList, query: String?, nostop: Bool, limit: Int, explicitLimit: Bool) -> StatsView {
        let (shown, more) = StatsFormat.cut(list.entries, limit: limit, noun: "\(list.n)-gram", explicit: explicitLimit)
        let perTenK = { (c: Int) in list.tokens == 0 ? 0 : Double(c) * 10_000 / Double(list.tokens) }
        func row(_ i: Int, _ e: NGramCount, _ precise: Bool = false) -> [Cell] {
            [.int(i + 1), .text(e.text), .int(e.count), StatsFormat.rate(perTenK(e.count), precise), .int(e.reports)]
        }
        let table = DataTable(columns: [Column("rank", .right), Column("\(list.n)-gram"), Column("count", .right),
                                        Column("per 10k", .right), Column("reports", .right)],
                              rows: shown.enumerated().map { row($0.offset, $0.element) })
        let exported = explicitLimit ? shown : list.entries
        let data = DataTable(columns: StatsFormat.columns(["rank", "ngram", "count", "per_10k", "reports", "n", "query", "scope_words",
                                       "stop_edges"], text: ["ngram", "query", "stop_edges"]),
                             rows: exported.enumerated().map { i, e in
                                 row(i, e, true) + [.int(list.n), query.map { .text($0) } ?? .null, .int(list.tokens),
                                              .text(nostop ? "excluded" : "included")]
                             })
        var heading = "\(list.n)-grams in " + (query.map { "findings matching \($0)" } ?? "all findings") + ": "
            + StatsFormat.count(list.segments, "finding") + ", " + StatsFormat.count(list.tokens, "word")
            + ", " + StatsFormat.count(list.entries.count, "distinct \(list.n)-gram")
            + (list.minimum > 1 ? " seen at least \(list.minimum) times" : "")
        if nostop { heading += ", none starting or ending with a stop word" }
        return StatsView(heading: [heading + "."], sections: [.init(title: nil, table: table, more: more, expendable: ["reports", "rank"])],
                         footer: ["N-grams stay inside one finding. per 10k: per 10,000 words of those findings."], data: data)
    }

    static func collocates(_ list: CollocateList, query: String, nostop: Bool, limit: Int, explicitLimit: Bool) -> StatsView {
        let (shown, more) = StatsFormat.cut(list.entries, limit: limit, noun: "collocate", explicit: explicitLimit)
        // ll and mi have their columns already; a list sorted by another measure shows it last.
        let extra: (name: String, label: String)? = switch list.measure {
        case .logLikelihood, .mutualInformation: nil
        case .logDice: ("logDice", "logDice = 14 + log2(2*together/(window words + total)), at most 14")
        case .mi3: ("MI3", "MI3 = log2(together^3/expected)")
        case .tScore: ("t", "t = (together - expected)/sqrt(together)")
        }
        func row(_ i: Int, _ c: Collocate, _ precise: Bool = false) -> [Cell] {
            [.int(i + 1), .text(c.word), .int(c.together), .int(c.left), .int(c.right), .int(c.total),
             StatsFormat.score(c.expected, precise), StatsFormat.score(c.mutualInformation, precise),
             StatsFormat.score(c.logLikelihood, precise)]
        }
        let names = ["rank", "word", "together", "left", "right", "total", "expected", "MI", "G2"] + (extra.map { [$0.name] } ?? [])
        let table = DataTable(columns: names.enumerated().map { i, n in
            Column(n, i == 1 ? .left : .right)
        }, rows: shown.enumerated().map { i, c in row(i, c) + (extra == nil ? [] : [StatsFormat.score(c.score(list.measure), false)]) })
        let exported = explicitLimit ? shown : list.entries
        let data = DataTable(columns: StatsFormat.columns(["rank", "collocate", "together", "left", "right", "total", "expected", "mi",
                                       "log_likelihood", "mi3", "t_score", "log_dice", "node", "window_left", "window_right",
                                       "node_hits", "window_words", "scope_words", "sorted_by"], text: ["collocate", "node", "sorted_by"]),
                             rows: exported.enumerated().map { i, c in
                                 row(i, c, true) + [StatsFormat.score(c.mi3, true), StatsFormat.score(c.tScore, true),
                                                    StatsFormat.score(c.logDice, true), .text(query), .int(list.left), .int(list.right),
                                                    .int(list.nodeHits), .int(list.windowTokens), .int(list.tokens),
                                                    .text(list.measure.rawValue)]
                             })
        let by = switch list.measure {
        case .logLikelihood: "log-likelihood (G2)"
        case .mutualInformation: "mutual information (MI)"
        case .logDice: "logDice"
        case .mi3: "MI3"
        case .tScore: "t-score"
        }
        let heading = "Collocates of \(query): " + StatsFormat.count(list.nodeHits, "hit") + ", window "
            + (list.left == list.right ? "\(list.left) words each side" : "\(list.left) left, \(list.right) right")
            + " (" + StatsFormat.count(list.windowTokens, "word") + " in windows, of " + formatGrouped(list.tokens)
            + " in scope); by " + by + (nostop ? ", stop words left out" : "") + "."
        // Narrow screens keep the measure sorted by and give up the other scores first.
        let others = list.measure == .logLikelihood ? ["MI"] : list.measure == .mutualInformation ? ["G2"] : ["MI", "G2"]
        let expendable = ["left", "right", "expected", "rank", "total"] + others
        return StatsView(heading: [heading], sections: [.init(title: nil, table: table, more: more, expendable: expendable)],
                         footer: ["together: in a window (left/right of the hit); total: in all findings in scope; "
                                  + "expected: by chance; MI = log2(together/expected); G2 >= 3.84 is p < 0.05"
                                  + (extra.map { "; " + $0.label } ?? "") + "."],
                         data: data)
    }

    static func keywords(_ list: [Keyword], a: (side: CorpusSide, table: FrequencyTable), b: (side: CorpusSide, table: FrequencyTable),
                         dispersion: (String) -> (a: Dispersion, b: Dispersion)?, p: String, minimum: Int, notes: [String], limit: Int, explicitLimit: Bool) -> StatsView {
        let la = a.side.label, lb = b.side.label
        // Short labels head their columns; long ones ("type:crc -provider:hlny") would crowd out the words.
        let (ca, cb) = la.count <= 10 && lb.count <= 10 && la.lowercased() != lb.lowercased() ? (la, lb) : ("A", "B")
        func row(_ k: Keyword, _ precise: Bool = false) -> [Cell] {
            [.text(k.word), .int(k.a), StatsFormat.rate(k.perTenThousandA, precise), .int(k.b),
             StatsFormat.rate(k.perTenThousandB, precise), StatsFormat.score(k.logLikelihood, precise),
             StatsFormat.score(k.logRatio, precise)]
        }
        func spread(_ k: Keyword) -> Cell {
            StatsFormat.optional(dispersion(k.word).flatMap { k.favoursA ? $0.a.dpOverParts : $0.b.dpOverParts }, 2)
        }
        func section(_ favoursA: Bool) -> StatsView.Section {
            let (shown, more) = StatsFormat.cut(list.filter { $0.favoursA == favoursA }, limit: limit, noun: "keyword",
                                                explicit: explicitLimit)
            let columns = [Column("word"), Column(ca, .right), Column("per 10k", .right), Column(cb, .right),
                           Column("per 10k", .right), Column("G2", .right), Column("log ratio", .right), Column("DP", .right)]
            return .init(title: "Over-used in \(favoursA ? la : lb)",
                         table: DataTable(columns: columns, rows: shown.map { row($0) + [spread($0)] }, nullText: ""),
                         more: more, expendable: ["DP", "log ratio", "per 10k"])
        }
        let exported = explicitLimit
            ? Array(list.filter(\.favoursA).prefix(limit)) + Array(list.filter { !$0.favoursA }.prefix(limit)) : list
        let data = DataTable(columns: StatsFormat.columns(["word", "a_count", "a_per_10k", "b_count", "b_per_10k", "log_likelihood", "log_ratio",
                                       "percent_diff", "key_in", "a", "b", "a_words", "b_words", "p", "p_value", "log_ratio_low",
                                       "log_ratio_high", "a_dp", "b_dp"], text: ["word", "key_in", "a", "b", "p"]),
                             rows: exported.map { k in
                                 let test = RateComparison(countA: k.a, wordsA: a.table.tokens, countB: k.b, wordsB: b.table.tokens)
                                 let d = dispersion(k.word)
                                 return row(k, true) + [k.percentDiff.map { StatsFormat.score($0, true) } ?? .null, .text(k.favoursA ? la : lb),
                                           .text(la), .text(lb), .int(a.table.tokens), .int(b.table.tokens), .text(p),
                                           test.map { StatsFormat.pValue($0.pValue) } ?? .null,
                                           StatsFormat.optional(test?.logRatioLow, 4, true), StatsFormat.optional(test?.logRatioHigh, 4, true),
                                           StatsFormat.optional(d?.a.dpOverParts, 4, true), StatsFormat.optional(d?.b.dpOverParts, 4, true)]
                             })
        let heading = ["Keywords of \(la) against \(lb): log-likelihood G2 at p < \(p), seen at least "
                       + StatsFormat.count(minimum, "time") + " on the side that over-uses them.",
                       "A is " + describe(a.side, a.table) + ".", "B is " + describe(b.side, b.table) + "."]
        var footer = ["G2 > 0: more common in \(la), < 0: in \(lb). Log ratio: log2 of the ratio of rates (1 = twice as common). "
                      + "DP: spread over the over-using side's reports (0 = even, near 1 = in one). The data formats add "
                      + "exact p-values and the log ratio's 95% interval."]
        // G2's chi-square reading is rough for small counts: say how many keywords the exact test does not back.
        let level = Double(p) ?? 0.05
        let unbacked = list.filter { k in
            (RateComparison(countA: k.a, wordsA: a.table.tokens, countB: k.b, wordsB: b.table.tokens)?.pValue ?? 1) >= level
        }.count
        if unbacked > 0 {
            footer.append(StatsFormat.count(unbacked, "keyword") + " of " + formatGrouped(list.count)
                          + (unbacked == 1 ? " reaches" : " reach") + " G2's threshold but not p < \(p) by the exact test (p_value in the data formats).")
        }
        footer += notes
        return StatsView(heading: heading, sections: [section(true), section(false)], footer: footer, data: data)
    }
}
