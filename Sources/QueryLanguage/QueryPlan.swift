// QueryPlan: QueryNode -> an executable plan with term ids resolved and field filters turned into units.
import PhraseIndex

/// Where all words of a query must occur: in one segment (a finding: what `find` uses) or anywhere
/// in a document (what per-document counts and the benchmark use; phrases match across segments there).
public enum SearchScope: Sendable, Hashable {
    case segment
    case document
}

/// What a field filter allows: documents, and optionally only some of their segments (e.g. `section:`).
/// Both sorted ascending. With `segments == nil`, every segment of the allowed documents is allowed.
public struct FieldMatch: Sendable, Hashable {
    public var documents: [Int]
    public var segments: [Int]?

    public init(documents: [Int], segments: [Int]? = nil) {
        self.documents = documents
        self.segments = segments
    }
}

/// Resolves a field filter, or throws a `QueryError` pointing at `filter.range` (unknown field, bad value).
public typealias FieldResolver = (FieldFilter) throws(QueryError) -> FieldMatch

/// A source of token spans within documents, with term ids resolved.
indirect enum SpanSource: Sendable {
    case term(Int)
    case phrase([Int])
    /// Any of several terms (a prefix or stem expansion).
    case anyTerm([Int])
    case near(SpanSource, SpanSource, distance: Int)
    case any([SpanSource])

    /// Rough number of documents it may match: evaluation order of AND operands.
    func cost(_ index: InvertedIndex) -> Int {
        switch self {
        case .term(let t): return index.documentFrequency(t)
        case .phrase(let ts): return ts.map(index.documentFrequency).min() ?? 0
        case .anyTerm(let ts): return ts.reduce(0) { $0 + index.documentFrequency($1) }
        case .near(let a, let b, _): return min(a.cost(index), b.cost(index))
        case .any(let xs): return xs.reduce(0) { $0 + $1.cost(index) }
        }
    }
}

/// An executable plan. `leaf` numbers the positive span sources (not under NOT) for hits and BM25.
indirect enum Plan {
    case spans(SpanSource, leaf: Int?)
    case and([Plan])
    case or([Plan])
    case not(Plan)
    /// Units (documents or segments, per scope) allowed by a field filter, ascending.
    case units([Int32])
    case nothing

    func cost(_ index: InvertedIndex) -> Int {
        switch self {
        case .spans(let s, _): return s.cost(index)
        case .and(let xs): return xs.map { $0.cost(index) }.min() ?? Int.max
        case .or(let xs): return xs.reduce(0) { $0 &+ $1.cost(index) }
        case .not: return Int.max
        case .units(let u): return u.count
        case .nothing: return 0
        }
    }
}

/// Compiles a QueryNode against an index for a scope.
struct QueryPlanner {
    let index: InvertedIndex
    let scope: SearchScope
    let resolveField: FieldResolver?
    private(set) var leaves: [SpanSource] = []

    init(index: InvertedIndex, scope: SearchScope, resolveField: FieldResolver?) {
        self.index = index
        self.scope = scope
        self.resolveField = resolveField
    }

    mutating func plan(_ node: QueryNode, negated: Bool = false) throws(QueryError) -> Plan {
        switch node {
        case .term, .phrase, .prefix, .stem, .near:
            guard let s = source(node) else { return .nothing }
            if negated { return .spans(s, leaf: nil) }
            leaves.append(s)
            return .spans(s, leaf: leaves.count - 1)
        case .and(let xs):
            var parts: [Plan] = []
            for x in xs { parts.append(try plan(x, negated: negated)) }
            return .and(parts)
        case .or(let xs):
            var parts: [Plan] = []
            for x in xs { parts.append(try plan(x, negated: negated)) }
            return .or(parts)
        case .not(let x):
            return .not(try plan(x, negated: !negated))
        case .field(let f):
            guard let resolveField else {
                throw QueryError("field filters are not available here", range: f.range, hint: "search for words instead")
            }
            return .units(units(of: try resolveField(f)))
        case .empty:
            return .nothing
        }
    }

    /// The span source of a positional node; nil when it cannot match (a word absent from the corpus).
    func source(_ node: QueryNode) -> SpanSource? {
        switch node {
        case .term(let t, _): return index.termID(t).map { .term($0) }
        case .phrase(let ts, _):
            var ids: [Int] = []
            for t in ts { guard let id = index.termID(t) else { return nil }; ids.append(id) }
            return .phrase(ids)
        case .prefix(let p, _): return expansion(Array(index.termIDs(withPrefix: p)))
        case .stem(let w, _): return expansion(index.termIDs(sharingStemWith: w))
        case .near(let a, let b, let n, _):
            guard let x = source(a), let y = source(b) else { return nil }
            return .near(x, y, distance: n)
        case .or(let xs):
            let sources = xs.compactMap(source)
            return sources.isEmpty ? nil : sources.count == 1 ? sources[0] : .any(sources)
        default: return nil
        }
    }

    private func expansion(_ ids: [Int]) -> SpanSource? {
        ids.isEmpty ? nil : ids.count == 1 ? .term(ids[0]) : .anyTerm(ids)
    }

    private func units(of match: FieldMatch) -> [Int32] {
        switch scope {
        case .document: return match.documents.map { Int32($0) }
        case .segment:
            if let segments = match.segments { return segments.map { Int32($0) } }
            var out: [Int32] = []
            for d in match.documents { for s in index.segments(ofDocument: d) { out.append(Int32(s)) } }
            return out
        }
    }
}
