// QueryEvaluator: executes a plan set-at-a-time over units (documents or segments), cheapest operand first.
import PhraseIndex

/// Evaluates parsed queries against one index. Cheap to create; not shared across threads.
public struct QueryEvaluator {
    public let index: InvertedIndex
    let resolveField: FieldResolver?

    public init(index: InvertedIndex, resolveField: FieldResolver? = nil) {
        self.index = index
        self.resolveField = resolveField
    }

    /// Matching units with their hit spans (positions) for highlighting, concordance and ranking.
    public func evaluate(_ query: QueryNode, scope: SearchScope = .segment) throws(QueryError) -> MatchSet {
        var spans = SpanListCollector()
        try run(query, scope: scope, into: &spans)
        return spans.matchSet
    }

    /// Number of matching documents, without a pass over positions (the benchmark's operation).
    public func countDocuments(_ query: QueryNode, scope: SearchScope = .document) throws(QueryError) -> Int {
        var count = CountCollector(detail: .units)
        try run(query, scope: scope, into: &count)
        return count.documents
    }
}

/// The set-at-a-time core: `units(plan, within:)` returns ascending unit ids, restricted to `within`.
struct UnitEvaluation {
    let index: InvertedIndex
    let scope: SearchScope

    var universe: [Int32] {
        (0..<Int32(scope == .document ? index.documentCount : index.segmentCount)).map { $0 }
    }

    func units(_ plan: Plan, within: [Int32]?) -> [Int32] {
        switch plan {
        case .nothing: return []
        case .units(let u): return within.map { SortedSets.intersect($0, u) } ?? u
        case .spans(let source, _): return spanUnits(source, within: within)
        case .or(let parts): return SortedSets.union(parts.map { units($0, within: within) })
        case .not(let inner):
            let base = within ?? universe
            return SortedSets.subtract(base, units(inner, within: base))
        case .and(let parts):
            // Positive operands cheapest first, each restricted to what the previous allowed; NOTs last.
            let positives = parts.filter { if case .not = $0 { return false }; return true }
                .enumerated().sorted { ($0.element.cost(index), $0.offset) < ($1.element.cost(index), $1.offset) }
                .map(\.element)
            var current = within
            for p in positives {
                current = units(p, within: current)
                if current!.isEmpty { return [] }
            }
            for case .not(let inner) in parts {
                let base = current ?? universe
                current = SortedSets.subtract(base, units(inner, within: base))
            }
            return current ?? []
        }
    }

    /// Units of a positional source: documents from postings, verified positionally where needed.
    private func spanUnits(_ source: SpanSource, within: [Int32]?) -> [Int32] {
        let withinDocs = within.map { scope == .document ? $0 : documents(ofSegments: $0) }
        if scope == .document, case .phrase(let terms) = source {
            return phraseDocuments(terms, within: withinDocs)
        }
        let candidates = DocumentCandidates(index: index).documents(source, within: withinDocs)
        if scope == .document {
            switch source {
            case .term, .anyTerm: return candidates  // exact at document level
            default: break
            }
        }
        let producer = SpanProducer(source, index: index, scope: scope)
        var out: [Int32] = []
        for d in candidates {
            let spans = producer.spans(in: Int(d))
            if spans.isEmpty { continue }
            if scope == .document { out.append(d); continue }
            var last: Int32 = -1
            for span in spans {
                guard let s = producer.segment(of: span, Int(d)), Int32(s) != last else { continue }
                last = Int32(s)
                out.append(last)
            }
        }
        // Already ascending and distinct: documents ascend, spans ascend within one, and the segment of a
        // span never decreases with its start (segments are sorted), so consecutive repeats were all skipped.
        if scope == .segment, let within { out = SortedSets.intersect(out, within) }
        return out
    }

    /// Documents containing a phrase, in one leapfrog pass that stops at each document's first match.
    private func phraseDocuments(_ terms: [Int], within: [Int32]?) -> [Int32] {
        var matcher = PhraseMatcher(index: index, terms: terms)
        var out: [Int32] = []
        if let within {
            for d in within where matcher.advance(to: Int(d)) == Int(d) && matcher.containsMatch() { out.append(d) }
        } else {
            while let d = matcher.next() { if matcher.containsMatch() { out.append(Int32(d)) } }
        }
        return out
    }

    func documents(ofSegments segments: [Int32]) -> [Int32] {
        var out: [Int32] = []
        for s in segments {
            let d = Int32(index.document(ofSegment: Int(s)))
            if out.last != d { out.append(d) }
        }
        return out
    }
}

/// Document-level candidates of a span source: every document containing the needed terms.
struct DocumentCandidates {
    let index: InvertedIndex

    func documents(_ source: SpanSource, within: [Int32]?) -> [Int32] {
        switch source {
        case .term(let t): return termDocuments(t, within: within)
        case .phrase(let ts):
            var matcher = PhraseMatcher(index: index, terms: ts)
            var out: [Int32] = []
            if let within {
                for d in within where matcher.advance(to: Int(d)) == Int(d) { out.append(d) }
            } else {
                while let d = matcher.next() { out.append(Int32(d)) }
            }
            return out
        case .anyTerm(let ts):
            // Probing a few allowed documents is cheaper than reading every posting of the expansion.
            guard let within else { return WindowedUnion.documents(ts, in: index) }
            return SortedSets.union(ts.map { termDocuments($0, within: within) })
        case .near(let a, let b, _):
            let first = documents(a, within: within)
            return first.isEmpty ? [] : documents(b, within: first)
        case .any(let xs): return SortedSets.union(xs.map { documents($0, within: within) })
        }
    }

    private func termDocuments(_ t: Int, within: [Int32]?) -> [Int32] {
        var cursor = index.postings(t)
        var out: [Int32] = []
        if let within {
            for d in within where cursor.advance(to: Int(d)) && cursor.document == Int(d) { out.append(d) }
        } else {
            out.reserveCapacity(cursor.documentFrequency)
            while cursor.next() { out.append(Int32(cursor.document)) }
        }
        return out
    }
}
