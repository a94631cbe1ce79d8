// RandomQuery: seeded query strings with the tree the test means by them, evaluated by brute force over units.
import TestSupport

/// What a query means to the oracle. Only what the product and the oracle read alike: exact words, phrases,
/// prefixes, AND, OR, NOT and field filters (no `~stem`, no NEAR: see BruteForceCorpus).
indirect enum OracleQuery {
    case word(String)
    case phrase([String])
    case prefix(String)
    case and([OracleQuery])
    case or([OracleQuery])
    case not(OracleQuery)
    /// A field filter, decided per finding.
    case field(String, (BruteForceCorpus, BruteForceCorpus.Unit) -> Bool)

    func matches(_ c: BruteForceCorpus, _ u: BruteForceCorpus.Unit) -> Bool {
        switch self {
        case .and(let xs): return xs.allSatisfy { $0.matches(c, u) }
        case .or(let xs): return xs.contains { $0.matches(c, u) }
        case .not(let x): return !x.matches(c, u)
        case .field(_, let keep): return keep(c, u)
        default: return !spans(u.tokens).isEmpty
        }
    }

    /// Whether a whole write-up matches (document scope: every word of the file, front matter and headings
    /// too); a field filter holds when it holds for one of the write-up's findings.
    func matchesDocument(_ c: BruteForceCorpus, _ d: Int, _ words: [String]) -> Bool {
        switch self {
        case .and(let xs): return xs.allSatisfy { $0.matchesDocument(c, d, words) }
        case .or(let xs): return xs.contains { $0.matchesDocument(c, d, words) }
        case .not(let x): return !x.matchesDocument(c, d, words)
        case .field(_, let keep): return c.findings.contains { $0.report == d && keep(c, $0) }
        default: return !spans(words).isEmpty
        }
    }

    /// A leaf's occurrences as token ranges of the unit.
    func spans(_ t: [String]) -> [Range<Int>] {
        switch self {
        case .word(let w): return t.indices.filter { t[$0] == w }.map { $0..<$0 + 1 }
        case .prefix(let p): return t.indices.filter { t[$0].hasPrefix(p) }.map { $0..<$0 + 1 }
        case .phrase(let ws):
            guard t.count >= ws.count else { return [] }
            return (0...(t.count - ws.count)).filter { Array(t[$0..<$0 + ws.count]) == ws }.map { $0..<$0 + ws.count }
        default: return []
        }
    }

    /// The distinct occurrences of every positive leaf (under an even number of NOTs: `NOT (a -b)` is
    /// `-a OR b`): a unit's hits.
    func hits(_ t: [String], negated: Bool = false) -> Set<Range<Int>> {
        switch self {
        case .and(let xs), .or(let xs): return xs.reduce(into: Set()) { $0.formUnion($1.hits(t, negated: negated)) }
        case .not(let x): return x.hits(t, negated: !negated)
        case .field: return []
        default: return negated ? [] : Set(spans(t))
        }
    }

    /// Whether the query has words to match (a leaf under an even number of NOTs). Without them (`-harm`,
    /// filters alone) `count` counts each matching finding as one hit, as its help says.
    var searchesWords: Bool { !positiveLeaves(negated: false).isEmpty }

    private func positiveLeaves(negated: Bool) -> [OracleQuery] {
        switch self {
        case .and(let xs), .or(let xs): return xs.flatMap { $0.positiveLeaves(negated: negated) }
        case .not(let x): return x.positiveLeaves(negated: !negated)
        case .field: return []
        default: return negated ? [] : [self]
        }
    }

    /// Top-level field filters (and their negations): what narrows the base of `count`'s rates.
    var baseFilters: [OracleQuery] {
        guard case .and(let xs) = self else { return [] }
        return xs.filter {
            if case .field = $0 { return true }
            if case .not(.field) = $0 { return true }
            return false
        }
    }
}

/// Draws query strings and their trees. Operators are spelt several ways (juxtaposition or AND, OR or |,
/// - or NOT) and words in any case, so the parser's readings are exercised, not just one spelling.
struct RandomQuery {
    var rng: SplitMix64
    let corpus: BruteForceCorpus

    mutating func next() -> (text: String, query: OracleQuery) {
        var (text, query) = expression(depth: 2)
        var conjuncts = [query]
        var parts = [text]
        if case .or = query { parts = ["(" + text + ")"] }
        for _ in 0..<Int.random(in: 0...2, using: &rng) {
            var (ft, fq) = field()
            if Int.random(in: 0..<4, using: &rng) == 0 { ft = "-" + ft; fq = .not(fq) }
            parts.append(ft); conjuncts.append(fq)
        }
        if conjuncts.count > 1 {
            let order = Array(parts.indices).shuffled(using: &rng)
            text = order.map { parts[$0] }.joined(separator: " ")
            query = .and(order.map { conjuncts[$0] })
        }
        return (text, query)
    }

    private mutating func word() -> String { GeneratedCorpus.vocabulary.randomElement(using: &rng)! }

    private mutating func cased(_ w: String) -> String {
        switch Int.random(in: 0..<6, using: &rng) {
        case 0: return w.uppercased()
        case 1: return w.prefix(1).uppercased() + w.dropFirst()
        default: return w
        }
    }

    mutating func leaf() -> (String, OracleQuery) {
        switch Int.random(in: 0..<10, using: &rng) {
        case 0..<4:
            let w = word()
            return (cased(w), .word(w))
        case 4..<7:
            // A window of a real finding, so phrases match often enough to mean something.
            let withWords = corpus.units.filter { $0.tokens.count >= 2 }
            let t = withWords.randomElement(using: &rng)!.tokens
            let n = Int.random(in: 2...min(3, t.count), using: &rng)
            let start = Int.random(in: 0...(t.count - n), using: &rng)
            let ws = Array(t[start..<start + n])
            return ("\"" + ws.map { cased($0) }.joined(separator: " ") + "\"", .phrase(ws))
        default:
            let w = word()
            let p = String(w.prefix(Int.random(in: min(3, w.count)...w.count, using: &rng)))
            return (p + "*", .prefix(p))
        }
    }

    mutating func expression(depth: Int) -> (String, OracleQuery) {
        if depth == 0 || Int.random(in: 0..<3, using: &rng) == 0 { return leaf() }
        let isOr = Bool.random(using: &rng)
        var texts: [String] = [], nodes: [OracleQuery] = []
        for i in 0..<Int.random(in: 2...3, using: &rng) {
            var (t, q) = expression(depth: depth - 1)
            if case .or = q, !isOr { t = "(" + t + ")" }
            if case .and = q, isOr, Bool.random(using: &rng) { t = "(" + t + ")" }  // else precedence decides
            // NOT only inside AND, and never on the first operand (so most conjunctions have a positive part).
            if !isOr, i > 0, Int.random(in: 0..<3, using: &rng) == 0 {
                if case .word = q, Bool.random(using: &rng) { t = "-" + t }
                else if t.hasPrefix("(") { t = "NOT " + t }
                else { t = "NOT (" + t + ")" }
                q = .not(q)
            }
            texts.append(t); nodes.append(q)
        }
        if isOr { return (texts.joined(separator: Bool.random(using: &rng) ? " OR " : " | "), .or(nodes)) }
        return (texts.joined(separator: Bool.random(using: &rng) ? " " : " AND "), .and(nodes))
    }

    /// A field filter whose value the corpus has (the resolver rejects owners and sections it does not know).
    mutating func field() -> (String, OracleQuery) {
        let c = corpus
        switch Int.random(in: 0..<8, using: &rng) {
        case 0:
            let t = ["crc", "nps", "pdu"].randomElement(using: &rng)!
            return ("type:" + cased(t), .field("type") { c, u in c.reports[u.report].fields["type"]!.lowercased() == t })
        case 1:
            let y = Int.random(in: 2018...2023, using: &rng)
            if Bool.random(using: &rng) { return ("year:\(y)", .field("year") { c, u in c.reports[u.report].year == y }) }
            let hi = Int.random(in: y...2023, using: &rng)
            return ("year:\(y)..\(hi)", .field("year") { c, u in (y...hi).contains(c.reports[u.report].year) })
        case 2:
            let p = c.reports.randomElement(using: &rng)!.provider
            return ("provider:" + p, .field("provider") { c, u in c.reports[u.report].provider == p })
        case 3:
            // A whole slug or one word of it: the filter keeps sections whose slug contains it.
            let slug = c.findings.randomElement(using: &rng)!.slug
            let part = Bool.random(using: &rng) ? slug : slug.split(separator: "-").randomElement(using: &rng)!.description
            return ("section:" + part, .field("section") { _, u in u.slug.contains(part) })
        case 4:
            let r = GeneratedCorpus.ratings.randomElement(using: &rng)!
            let v = r.lowercased().replacingOccurrences(of: " ", with: "-")
            return ("overall:" + v, .field("overall") { c, u in c.reports[u.report].fields["overall"] == r })
        case 5:
            let s = ["leadership", "reviewing"].randomElement(using: &rng)!
            let r = GeneratedCorpus.ratings.randomElement(using: &rng)!
            let v = r.lowercased().replacingOccurrences(of: " ", with: "-")
            return ("\(s):\(v)", .field(s) { c, u in c.reports[u.report].ratings[s] == r })
        case 6:
            let region = c.provider(c.reports.randomElement(using: &rng)!).region
            return ("region:\"\(region.lowercased())\"", .field("region") { c, u in c.provider(c.reports[u.report]).region == region })
        default:
            let owners = Set(c.reports.compactMap { $0.fields["owner"] }).sorted()
            guard let owner = owners.randomElement(using: &rng) else { return field() }
            let word = owner.split(separator: " ")[0].lowercased()
            return ("owner:" + word, .field("owner") { c, u in c.reports[u.report].fields["owner"]?.lowercased().contains(word) == true })
        }
    }
}
