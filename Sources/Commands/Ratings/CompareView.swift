// CompareView: compare's side-by-side view — facts, ratings with markers, score, distinctive words, matches.
import Analysis
import Inspections
import Rendering

struct CompareView: Renderable {
    let comparison: Comparison
    let keyness: Keyness
    let matches: CompareMatches?
    let notes: [String]

    func render(in context: RenderContext) -> String {
        side(context).render(in: context)
    }

    func side(_ context: RenderContext) -> SideBySide {
        let c = comparison, ascii = context.charset == .ascii
        let dash = ascii ? "-" : "–"
        let sameProvider = c.a.provider.id == c.b.provider.id
        // Two inspections of one provider are told apart by id; two providers by name.
        func title(_ r: InspectionReport) -> String {
            (sameProvider ? r.id : r.provider.shortName) + " (" + (r.reportDate?.description ?? "undated") + ")"
        }
        let nameA = sameProvider ? "A" : c.a.provider.shortName, nameB = sameProvider ? "B" : c.b.provider.shortName
        var items: [SideBySide.Item] = []
        var data: [[Cell]] = []
        func text(_ s: String?) -> Cell { s.map { .text($0) } ?? .null }
        for f in c.facts where f.name != "provider" && f.name != "inspection" {
            if f.name == "framework" && f.a == f.b { continue }
            if f.a == nil && f.b == nil { continue }
            items.append(.row(.init(f.name, f.a ?? "?", f.b ?? "?")))
        }
        for f in c.facts { data.append([.text("fact"), .text(f.name), text(f.a), text(f.b), .null, .null]) }
        items.append(.blank)
        let form = RatingForm(width: context.width)
        for r in [c.overall] + c.standards {
            func word(_ x: Rating?) -> String { form.text(x) }
            let a = r.inA ? word(r.a) : dash
            let b = r.inB ? word(r.b) : dash
            // The change has a column of its own between A and B, so "▲" never reads as B's own movement.
            // With its word ("RI  ▲ better  Inadequate" reads as A better than B); the marker alone only where ratings
            // are letters, with the legend below.
            let change = r.inA && r.inB ? Array(RatingStyle.change(r.verdict, ascii: ascii).suffix(form == .letter ? 1 : 2)) : []
            let style: RenderContext.Style? = switch r.verdict { case .better: .green; case .worse: .red; default: .dim }
            items.append(.row(.init(r.label, a, change: change, b, changeStyle: style)))
            data.append([.text(r.key == "overall" ? "overall" : "standard"), .text(r.label), text(r.inA ? r.a?.label : "not rated"),
                         text(r.inB ? r.b?.label : "not rated"), .text(r.verdict.rawValue), .null])
        }
        func score(_ s: Score) -> String { (s.known == 0 ? dash : String(s.points)) + " over \(s.known) of \(s.of)" }
        items.append(.row(.init("score (known standards)", score(c.scoreA), score(c.scoreB))))
        items.append(.row(.init("mean points", c.scoreA.mean.map { formatFixed($0, digits: 2) } ?? dash,
                                c.scoreB.mean.map { formatFixed($0, digits: 2) } ?? dash)))
        data.append([.text("score"), .text("points"), .int(c.scoreA.points), .int(c.scoreB.points), .null, .null])
        data.append([.text("score"), .text("known standards"), .int(c.scoreA.known), .int(c.scoreB.known), .null, .null])
        data.append([.text("score"), .text("standards in framework"), .int(c.scoreA.of), .int(c.scoreB.of), .null, .null])
        let t = c.tally
        items.append(.paragraph("\(nameA) against \(nameB) on \(c.standards.count) standards: \(t.better) better, \(t.worse) worse, "
                                + "\(t.same) the same, \(t.unknown) not comparable"))

        items.append(.blank)
        items.append(.paragraph("distinctive words and phrases (count; * log-likelihood p<0.05):"))
        func terms(_ list: [KeyTerm], _ side: KeyTerm.Side) -> String {
            list.isEmpty ? "(none used twice more often)"
                : list.map { $0.term + " " + String(side == .a ? $0.a : $0.b) + ($0.significant ? "*" : "") }.joined(separator: ", ")
        }
        items.append(.pair("\(nameA): " + terms(keyness.distinctiveA, .a), "\(nameB): " + terms(keyness.distinctiveB, .b)))
        let shared = keyness.shared.map { "\($0.term) \($0.a)/\($0.b)" }.joined(separator: ", ")
        items.append(.paragraph("shared: " + (shared.isEmpty ? "(nothing frequent in both)" : shared)))
        for k in keyness.distinctiveA { data.append([.text("distinctive A"), .text(k.term), .int(k.a), .int(k.b), .null, .double(k.g2, digits: 2)]) }
        for k in keyness.distinctiveB { data.append([.text("distinctive B"), .text(k.term), .int(k.a), .int(k.b), .null, .double(k.g2, digits: 2)]) }
        for k in keyness.shared { data.append([.text("shared"), .text(k.term), .int(k.a), .int(k.b), .null, .double(k.g2, digits: 2)]) }

        if let m = matches {
            // Each side's rate with its exact 95% interval, so a single write-up's rate is read with its spread.
            func count(_ n: Int, _ rate: Double, _ words: Int) -> String {
                let interval = PoissonInterval.rate(count: n, words: words).map {
                    " (95% interval " + formatFixed($0.low, digits: 1) + dash + formatFixed($0.high, digits: 1) + ")"
                } ?? ""
                return "\(n) hit\(n == 1 ? "" : "s"), " + formatFixed(rate, digits: 1) + " per 10,000 words" + interval
            }
            items.append(.blank)
            items.append(.heading("findings matching \(m.query)"))
            items.append(.pair("\(nameA): " + count(m.hitsA, m.rateA, m.wordsA), "\(nameB): " + count(m.hitsB, m.rateB, m.wordsB)))
            if let test = m.test, m.hitsA + m.hitsB > 0 { items.append(.paragraph(Self.difference(test, nameA, nameB, dash))) }
            for i in 0..<max(m.a.count, m.b.count) {
                let bullet = ascii ? "- " : "• "
                items.append(.pair(i < m.a.count ? bullet + m.a[i] : "", i < m.b.count ? bullet + m.b[i] : ""))
            }
            if m.a.isEmpty && m.b.isEmpty { items.append(.paragraph("(no finding of either matches)")) }
            data.append([.text("query"), .text(m.query), .double(m.rateA, digits: 2), .double(m.rateB, digits: 2), .null, .null])
            data.append([.text("query"), .text("hits"), .int(m.hitsA), .int(m.hitsB), .null, .null])
            data.append([.text("query"), .text("words"), .int(m.wordsA), .int(m.wordsB), .null, .null])
            let (ra, rb) = (PoissonInterval.rate(count: m.hitsA, words: m.wordsA), PoissonInterval.rate(count: m.hitsB, words: m.wordsB))
            data.append([.text("query"), .text("per 10k low"), ra.map { .double($0.low, digits: 2) } ?? .null,
                         rb.map { .double($0.low, digits: 2) } ?? .null, .null, .null])
            data.append([.text("query"), .text("per 10k high"), ra.map { .double($0.high, digits: 2) } ?? .null,
                         rb.map { .double($0.high, digits: 2) } ?? .null, .null, .null])
            if let test = m.test {
                for (name, value) in [("rate ratio A/B", test.ratio), ("rate ratio low", test.ratioLow), ("rate ratio high", test.ratioHigh),
                                      ("p value", test.pValue)] as [(String, Double?)] {
                    data.append([.text("query test"), .text(name), value.map { .double($0, digits: name == "p value" ? 6 : 4) } ?? .null,
                                 .null, .null, .null])
                }
            }
        }
        let arrows = ascii ? "^ better, v worse" : "▲ better, ▼ worse"
        var footer = ["between the columns, \(nameA) against \(nameB): \(arrows), = same, \(RatingStyle.marker(.unknown, ascii: ascii)) not comparable "
                      + "(a rating unknown), \(dash) not rated in that framework; score: points over known standards ("
                      + RatingForm.pointsLegend + ")" + (form.footnote.map { "; " + $0 } ?? "")]
        if sameProvider { footer.insert("A is \(c.a.id), B is \(c.b.id)", at: 0) }
        let columns = ["section", "item", "a", "b", "verdict", "g2"].map { Column($0) }
        return SideBySide(titleA: title(c.a), titleB: title(c.b), items: items, header: notes, footer: footer,
                          data: DataTable(columns: columns, rows: data))
    }

    /// Whether A's and B's rates differ more than chance would make them: the rate ratio with its exact 95%
    /// interval and the exact test's p-value (the conditional binomial test of two Poisson rates).
    static func difference(_ t: RateComparison, _ nameA: String, _ nameB: String, _ dash: String) -> String {
        let ratio: String
        if let r = t.ratio {
            ratio = "rate ratio \(nameA)/\(nameB) " + formatFixed(r, digits: 2) + " (95% interval "
                + formatFixed(t.ratioLow ?? 0, digits: 2) + " to " + (t.ratioHigh.map { formatFixed($0, digits: 2) } ?? "no upper bound") + ")"
        } else {
            ratio = "no rate ratio (\(nameB) has no hit; \(nameA)'s rate is at least "
                + formatFixed(t.ratioLow ?? 0, digits: 2) + " times \(nameB)'s at 95%)"
        }
        let p = t.pValue < 0.001 ? "p < 0.001" : "p = " + formatFixed(t.pValue, digits: 3)
        return "difference: " + ratio + "; " + p + " by the exact test of two rates, "
            + (t.significant ? "significant at p < 0.05" : "not significant at p < 0.05 (could be chance)")
    }
}
