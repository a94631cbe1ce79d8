// LeafPass: the pipeline's second stage — the query's positive leaves over the matched units, bucketed per unit.
import PhraseIndex

/// Runs each positive leaf once over the documents of the matched units, and buckets its spans into the
/// units with a moving pointer (spans and segments both ascend), so each document's positions are decoded
/// once and no span is compared with every segment.
struct LeafPass {
    let index: InvertedIndex
    let scope: SearchScope
    let leaves: [SpanSource]

    /// Streams `units` (ascending ids) with as much as `detail` asks for.
    func stream(_ units: [Int32], detail: MatchDetail, _ body: (MatchedUnit) -> Void) {
        if detail == .units {
            for (i, u) in units.enumerated() {
                let d = scope == .document ? Int(u) : index.document(ofSegment: Int(u))
                body(MatchedUnit(ordinal: i, unit: Int(u), document: d, spanCount: 0, leafHits: [], spans: []))
            }
            return
        }
        let producers = leaves.map { SpanProducer($0, index: index, scope: scope) }
        let leafCount = leaves.count
        var hits = [UInt32](repeating: 0, count: leafCount)
        var merged: [Span] = []
        var u = 0
        while u < units.count {
            let d = scope == .document ? Int(units[u]) : index.document(ofSegment: Int(units[u]))
            var end = u + 1
            if scope == .segment {
                while end < units.count && index.document(ofSegment: Int(units[end])) == d { end += 1 }
            }
            let perLeaf = producers.map { $0.spans(in: d) }
            var pointers = [Int](repeating: 0, count: leafCount)
            for i in u..<end {
                let range = scope == .segment ? index.tokenRange(ofSegment: Int(units[i])) : 0..<Int.max
                merged.removeAll(keepingCapacity: true)
                for leaf in 0..<leafCount {
                    let spans = perLeaf[leaf]
                    var p = pointers[leaf]
                    while p < spans.count && Int(spans[p].start) < range.lowerBound { p += 1 }
                    var n: UInt32 = 0
                    while p < spans.count && Int(spans[p].start) < range.upperBound {
                        if Int(spans[p].end) <= range.upperBound { n += 1; merged.append(spans[p]) }
                        p += 1
                    }
                    pointers[leaf] = p
                    hits[leaf] = n
                }
                // Leaves may share spans ("risk" and "risk*"): each distinct span is one hit.
                if leafCount > 1 { merged.sort() }
                var distinct = 0
                var spans: [Range<Int>] = []
                for (k, s) in merged.enumerated() where k == 0 || merged[k - 1] != s {
                    distinct += 1
                    if detail == .spans { spans.append(Int(s.start)..<Int(s.end)) }
                }
                body(MatchedUnit(ordinal: i, unit: Int(units[i]), document: d, spanCount: distinct, leafHits: hits[...], spans: spans))
            }
            u = end
        }
    }

    /// Whether a single leaf of this kind streams straight from its postings (`streamSingle`).
    static func streamsAlone(_ source: SpanSource) -> Bool {
        switch source {
        case .term, .phrase, .anyTerm: return true
        default: return false
        }
    }

    /// A query that is one term, phrase or expansion (most `find`s): units and counts in a single pass over
    /// the postings, each document's spans bucketed into its segments by a moving pointer.
    /// Units not in `allowed` (when given) or in `excluded` are passed over, both being ascending like the stream.
    func streamSingle(_ source: SpanSource, detail: MatchDetail, allowed: [Int32]? = nil, excluded: [Int32] = [],
                      _ body: (MatchedUnit) -> Void) {
        var ordinal = 0
        var starts: [Int32] = []
        var hits: [UInt32] = [0]
        var nextAllowed = 0, nextExcluded = 0
        func emit(_ unit: Int, _ d: Int, _ slice: ArraySlice<Int32>, length: Int32) {
            if let allowed {
                while nextAllowed < allowed.count && Int(allowed[nextAllowed]) < unit { nextAllowed += 1 }
                guard nextAllowed < allowed.count, Int(allowed[nextAllowed]) == unit else { return }
            }
            while nextExcluded < excluded.count && Int(excluded[nextExcluded]) < unit { nextExcluded += 1 }
            if nextExcluded < excluded.count && Int(excluded[nextExcluded]) == unit { return }
            hits[0] = UInt32(slice.count)
            let spans = detail == .spans ? slice.map { Int($0)..<Int($0 + length) } : []
            body(MatchedUnit(ordinal: ordinal, unit: unit, document: d, spanCount: slice.count, leafHits: hits[...], spans: spans))
            ordinal += 1
        }
        var inside: [Int32] = []
        func take(_ d: Int, length: Int) {
            if starts.isEmpty { return }
            if scope == .document { emit(d, d, starts[...], length: Int32(length)); return }
            let segments = index.segments(ofDocument: d)
            var s = segments.lowerBound
            var range = s < segments.upperBound ? index.tokenRange(ofSegment: s) : 0..<0
            var current = -1
            inside.removeAll(keepingCapacity: true)
            // Starts ascend: those wholly inside segment s are one unit's, emitted when the segment changes.
            for start32 in starts {
                let start = Int(start32)
                while s < segments.upperBound && range.upperBound <= start {
                    s += 1
                    if s < segments.upperBound { range = index.tokenRange(ofSegment: s) }
                }
                guard s < segments.upperBound else { break }
                guard range.lowerBound <= start, start + length <= range.upperBound else { continue }
                if s != current {
                    if current >= 0 { emit(current, d, inside[...], length: Int32(length)) }
                    inside.removeAll(keepingCapacity: true)
                    current = s
                }
                inside.append(start32)
            }
            if current >= 0 { emit(current, d, inside[...], length: Int32(length)) }
        }
        switch source {
        case .phrase(let terms):
            var matcher = PhraseMatcher(index: index, terms: terms)
            while let d = matcher.next() {
                starts.removeAll(keepingCapacity: true)
                matcher.startPositions(into: &starts)
                take(d, length: terms.count)
            }
        case .term(let t):
            var cursor = index.postings(t)
            while cursor.next() {
                starts.removeAll(keepingCapacity: true)
                cursor.positions(into: &starts)
                take(cursor.document, length: 1)
            }
        case .anyTerm(let ts):
            let cursors = ExpansionCursors(ts.map(index.postings))
            for d in WindowedUnion.documents(ts, in: index) {
                cursors.positions(in: Int(d), into: &starts)
                take(Int(d), length: 1)
            }
        default:
            preconditionFailure("streamSingle takes a term, phrase or expansion")
        }
    }
}
