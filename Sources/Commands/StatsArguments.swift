// StatsArguments: the words after a statistics command — bare flags (nostop), late options, sides and queries.
import Analysis
import Inspections
import QueryLanguage
import Rendering
import Search

/// The query words of an invocation with bare flags and any `NAME VALUE` options the framework left inside
/// taken out, so `freq nostop limit 20` and `freq limit 20 nostop` mean the same.
struct StatsArguments {
    let invocation: Invocation
    /// The remaining query words, in order.
    var words: [Word]
    var flags: Set<String> = []
    var options: [String: Word]

    init(_ inv: Invocation, flags allowed: Set<String>) throws {
        invocation = inv
        options = inv.options
        guard let q = inv.query else { words = []; return }
        let span = inv.queryOffset..<(inv.queryOffset + q.utf8.count)
        var ws = inv.words.dropFirst().filter { span.contains($0.range.lowerBound) }
        while true {
            if let first = ws.first, !first.quoted, allowed.contains(first.text.lowercased()) {
                flags.insert(first.text.lowercased()); ws.removeFirst(); continue
            }
            if let last = ws.last, !last.quoted, allowed.contains(last.text.lowercased()) {
                flags.insert(last.text.lowercased()); ws.removeLast(); continue
            }
            if ws.count >= 2, !ws[ws.count - 2].quoted, let o = inv.spec.option(named: ws[ws.count - 2].text), options[o.name] == nil {
                try InvocationParser.check(ws[ws.count - 1], for: o, spec: inv.spec)
                options[o.name] = ws.removeLast(); ws.removeLast(); continue
            }
            break
        }
        words = Array(ws)
    }

    /// The query text as typed (quotes kept), without the flags and options; nil when nothing is left.
    var text: String? {
        guard let first = words.first, let last = words.last else { return nil }
        return LineSplitter.slice(invocation.line, first.range.lowerBound..<last.range.upperBound)
    }
    var offset: Int { words.first?.range.lowerBound ?? invocation.line.utf8.count }

    func has(_ name: String) -> Bool { options[name] != nil }
    func option(_ name: String) -> String? { options[name]?.text.lowercased() }

    func int(_ name: String, default value: Int, range allowed: ClosedRange<Int> = 1...1_000_000) throws -> Int {
        guard let w = options[name] else { return value }
        guard let n = Int(w.text), allowed.contains(n) else {
            throw CommandError.usage("'\(w.text)' is not a number from \(allowed.lowerBound) to \(allowed.upperBound)",
                                     hint: "write it as digits, e.g. \(invocation.spec.name) ... \(name) \(value)", at: w.range)
        }
        return n
    }

    func limit(_ session: Session) throws -> Int { try int("limit", default: session.settings.limit, range: 1...1_000_000) }

    /// The words as one side (freq's scope), or nil when none were given.
    func side(in corpus: SearchCorpus) throws -> CorpusSide? {
        guard !words.isEmpty else { return nil }
        return try StatsArguments.side(words, line: invocation.line, corpus: corpus, other: nil)
    }

    /// Resolves the words of one side; `other` is needed for `rest`.
    static func side(_ ws: [Word], line: String, corpus: SearchCorpus, other: CorpusSide?) throws -> CorpusSide {
        let range = ws.first!.range.lowerBound..<ws.last!.range.upperBound
        let quoted = ws.count == 1 && ws[0].quoted
        // A single quoted word is read without its quotes (a provider name, or a phrase when no provider).
        let text = quoted ? ws[0].text : LineSplitter.slice(line, range)
        if !quoted && CorpusSide.isRest(text) {
            guard let other else {
                throw CommandError.usage("'\(text)' needs another side to be the rest of",
                                         hint: "rest is the other side of a comparison, as in keywords hlny vs rest", at: range)
            }
            return CorpusSide.rest(excluding: other, in: corpus, label: text)
        }
        do {
            var side = try CorpusSide.resolve(text, quoted: quoted, in: corpus)
            side.label = LineSplitter.slice(line, range)  // as typed, quotes and all
            return side
        } catch {
            // Ranges point into `text`; a quoted word's text starts one byte (the quote) into its range.
            throw CommandError(error, queryOffset: range.lowerBound + (quoted ? 1 : 0), end: range.upperBound)
        }
    }

    /// Evaluates a query over findings, turning its errors into errors with a caret under the fault.
    static func evaluate(_ query: String, offset: Int, _ corpus: SearchCorpus) throws -> MatchSet {
        do {
            return try corpus.evaluate(try corpus.parse(query), scope: .segment)
        } catch {
            throw CommandError(error, queryOffset: offset)
        }
    }

    /// The findings a query's top-level field filters allow (all findings without filters): the corpus against
    /// which collocates are measured, so `collocates risk type:crc` compares CRC findings with CRC findings.
    static func scope(of query: String, offset: Int, _ corpus: SearchCorpus) throws -> [Int] {
        func isFilter(_ n: QueryNode) -> Bool {
            switch n {
            case .field: return true
            case .not(let inner): if case .field = inner { return true } else { return false }
            default: return false
            }
        }
        let node = (try? corpus.parse(query)) ?? .empty
        let filters: [QueryNode]
        switch node {
        case .and(let parts): filters = parts.filter(isFilter)
        case let n where isFilter(n): filters = [n]
        default: filters = []
        }
        guard !filters.isEmpty else { return corpus.segments() }
        do {
            return try corpus.evaluate(filters.count == 1 ? filters[0] : .and(filters), scope: .segment).units.compactMap(\.segment)
        } catch {
            throw CommandError(error, queryOffset: offset)
        }
    }
}

/// `keywords A [vs B]`: splits the line at `vs`, resolves both sides, counts and ranks.
enum KeywordsRun {
    static let separators: Set<String> = ["vs", "vs.", "versus", "against", "v"]

    static func run(_ inv: Invocation, _ session: Session) throws -> any Renderable {
        let args = try StatsArguments(inv, flags: [])
        let corpus = session.corpus.search
        let ws = args.words
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
            b = try StatsArguments.side(bWords, line: inv.line, corpus: corpus, other: nil)
            a = try StatsArguments.side(aWords, line: inv.line, corpus: corpus, other: b)
        } else {
            a = try StatsArguments.side(aWords, line: inv.line, corpus: corpus, other: nil)
            b = bWords.isEmpty ? CorpusSide.rest(excluding: a, in: corpus)
                : try StatsArguments.side(bWords, line: inv.line, corpus: corpus, other: a)
        }
        let where_ = bWords.first?.range ?? aWords[0].range
        guard !b.segments.isEmpty else {
            throw CommandError("nothing is left on the other side of \(a.label)", hint: "compare with another provider or a filter", at: where_)
        }
        let p = args.option("p") ?? "0.05"
        let threshold = Keyness.criticalValues.first { $0.p == p }?.g2 ?? 3.84
        let names = args.option("names") == "keep" ? Set<String>() : a.nameWords.union(b.nameWords)
        let ta = FrequencyTable(index: corpus.index, segments: a.segments)
        let tb = FrequencyTable(index: corpus.index, segments: b.segments)
        let list = Keyness.keywords(a: ta, b: tb, minimum: try args.int("min", default: 3), threshold: threshold, exclude: names)
        var notes: [String] = []
        let overlap = Set(a.segments).intersection(b.segments).count
        if overlap > 0 { notes.append("A and B share " + StatsFormat.count(overlap, "finding") + ", counted on both sides.") }
        let left = names.filter { ta.counts[$0] != nil || tb.counts[$0] != nil }.sorted()
        if !left.isEmpty {
            let some = left.prefix(8).joined(separator: ", ") + (left.count > 8 ? " and \(left.count - 8) more" : "")
            notes.append("Providers' own names left out (" + some + "): names keep shows them.")
        }
        if let note = likeWithLike(a, b, corpus) { notes.append(note) }
        return StatsRender.keywords(list, a: (a, ta), b: (b, tb), p: p, minimum: try args.int("min", default: 3),
                                    notes: notes, limit: try args.limit(session), explicitLimit: args.has("limit"))
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
