// BruteForce: the oracle — evaluates a QueryNode by scanning each unit's token stream directly.
import PhraseIndex
@testable import QueryLanguage

/// A unit's tokens (terms and document positions), straight from the tokenizer.
struct OracleUnit {
    let document: Int
    let segment: Int?
    let terms: [String]
    let positions: [Int]
}

struct BruteForce {
    let fields: [String: FieldMatch]
    /// Stems of the few words in play, computed once (the oracle may call this per token).
    private let stems: [String: String]

    init(fields: [String: FieldMatch], words: [String]) {
        self.fields = fields
        let stemmer = Stemmer()!
        stems = Dictionary(uniqueKeysWithValues: Set(words).map { ($0, stemmer.stem($0)) })
    }

    private func stem(_ w: String) -> String { stems[w] ?? Stemmer()!.stem(w) }

    /// Units of `docs` for a scope, numbering segments globally like the index does.
    static func units(_ docs: [SourceDocument], scope: SearchScope) -> [OracleUnit] {
        var out: [OracleUnit] = []
        var segmentID = 0
        for (d, doc) in docs.enumerated() {
            let tokens = Tokenizer.tokens(of: doc.text)
            if scope == .document {
                out.append(OracleUnit(document: d, segment: nil, terms: tokens.map(\.term), positions: tokens.map(\.position)))
                continue
            }
            for r in doc.segments {
                let inside = tokens.filter { r.contains($0.byteRange.lowerBound) }
                out.append(OracleUnit(document: d, segment: segmentID, terms: inside.map(\.term), positions: inside.map(\.position)))
                segmentID += 1
            }
        }
        return out
    }

    func matches(_ node: QueryNode, _ u: OracleUnit) -> Bool {
        switch node {
        case .and(let xs): return xs.allSatisfy { matches($0, u) }
        case .or(let xs): return xs.contains { matches($0, u) }
        case .not(let x): return !matches(x, u)
        case .empty: return false
        case .field(let f):
            let m = fields[f.name]!
            if let s = u.segment, let allowed = m.segments { return allowed.contains(s) }
            return m.documents.contains(u.document)
        default: return !spans(node, u).isEmpty
        }
    }

    /// Spans as document positions (same definitions as the evaluator, computed naively).
    func spans(_ node: QueryNode, _ u: OracleUnit) -> [Range<Int>] {
        let n = u.terms.count
        func single(_ keep: (String) -> Bool) -> [Range<Int>] {
            (0..<n).filter { keep(u.terms[$0]) }.map { u.positions[$0]..<u.positions[$0] + 1 }
        }
        switch node {
        case .term(let t, _): return single { $0 == t }
        case .prefix(let p, _): return single { $0.hasPrefix(p) }
        case .stem(let w, _):
            let key = stem(w)
            return single { stem($0) == key || $0 == w }
        case .phrase(let ts, _):
            guard n >= ts.count else { return [] }
            return (0...(n - ts.count)).filter { Array(u.terms[$0..<$0 + ts.count]) == ts }
                .map { u.positions[$0]..<u.positions[$0] + ts.count }
        case .near(let a, let b, let dist, _):
            let xs = spans(a, u), ys = spans(b, u)
            var out = Set<Range<Int>>()
            for x in xs {
                var best: (Int, Range<Int>)?
                for y in ys {
                    let gap = max(0, max(x.lowerBound, y.lowerBound) - min(x.upperBound, y.upperBound))
                    if gap <= dist, best == nil || gap < best!.0 { best = (gap, y) }
                }
                if let y = best?.1 { out.insert(min(x.lowerBound, y.lowerBound)..<max(x.upperBound, y.upperBound)) }
            }
            return out.sorted { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
        case .or(let xs):
            return Set(xs.flatMap { spans($0, u) }).sorted { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
        default: return []
        }
    }

    /// Spans of the positive leaves (under an even number of NOTs) in the unit, as MatchUnit reports them.
    func hitSpans(_ node: QueryNode, _ u: OracleUnit) -> [Range<Int>] {
        var all = Set<Range<Int>>()
        func walk(_ x: QueryNode, _ negated: Bool) {
            switch x {
            case .and(let xs), .or(let xs): xs.forEach { walk($0, negated) }
            case .not(let inner): walk(inner, !negated)
            case .field, .empty: break
            default: if !negated { all.formUnion(spans(x, u)) }
            }
        }
        walk(node, false)
        return all.sorted { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
    }
}
