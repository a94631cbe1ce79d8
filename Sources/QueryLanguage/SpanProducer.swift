// SpanProducer: per-document token spans of a SpanSource, visiting documents in ascending order.
import PhraseIndex

/// A half-open token-position span within one document.
struct Span: Hashable, Comparable {
    var start: Int32
    var end: Int32
    static func < (a: Span, b: Span) -> Bool { (a.start, a.end) < (b.start, b.end) }
}

/// Stateful span source over ascending documents. In segment scope, spans crossing a segment
/// boundary (or outside every segment) are dropped, so phrases never count across findings.
final class SpanProducer {
    private enum Kind {
        case term(PostingCursor)
        case phrase(PhraseMatcher)
        case anyTerm(ExpansionCursors)
        case near(SpanProducer, SpanProducer, Int)
        case any([SpanProducer])
    }

    private var kind: Kind
    private let index: InvertedIndex
    private let scope: SearchScope
    private var buffer: [Int32] = []

    init(_ source: SpanSource, index: InvertedIndex, scope: SearchScope) {
        self.index = index
        self.scope = scope
        switch source {
        case .term(let t): kind = .term(index.postings(t))
        case .phrase(let ts): kind = .phrase(PhraseMatcher(index: index, terms: ts))
        case .anyTerm(let ts): kind = .anyTerm(ExpansionCursors(ts.map(index.postings)))
        case .near(let a, let b, let n):
            kind = .near(SpanProducer(a, index: index, scope: scope), SpanProducer(b, index: index, scope: scope), n)
        case .any(let xs): kind = .any(xs.map { SpanProducer($0, index: index, scope: scope) })
        }
    }

    /// Spans in document `doc` (ascending, distinct); documents must be asked in ascending order.
    func spans(in doc: Int) -> [Span] {
        var out: [Span]
        switch kind {
        case .term(var cursor):
            out = []
            if cursor.advance(to: doc), cursor.document == doc {
                buffer.removeAll(keepingCapacity: true)
                cursor.positions(into: &buffer)
                out = buffer.map { Span(start: $0, end: $0 + 1) }
            }
            kind = .term(cursor)
        case .phrase(var matcher):
            out = []
            if matcher.advance(to: doc) == doc {
                let n = Int32(matcher.length)
                out = matcher.startPositions().map { Span(start: $0, end: $0 + n) }
            }
            kind = .phrase(matcher)
        case .anyTerm(let cursors):
            cursors.positions(in: doc, into: &buffer)
            out = buffer.map { Span(start: $0, end: $0 + 1) }
        case .near(let a, let b, let n):
            return near(a.spans(in: doc), b.spans(in: doc), n, doc)
        case .any(let producers):
            return KWayMerge.union(producers.map { $0.spans(in: doc) })  // children already filtered
        }
        return scope == .segment ? out.filter { segment(of: $0, doc) != nil } : out
    }

    /// The segment containing the whole span, if any.
    func segment(of span: Span, _ doc: Int) -> Int? {
        guard let s = index.segment(containing: Int(span.start), inDocument: doc),
              Int(span.end) <= index.tokenRange(ofSegment: s).upperBound else { return nil }
        return s
    }

    /// For each span of `xs`, the window joining it to its nearest span of `ys` with at most `n` tokens
    /// between them (ties: the earlier one); in segment scope only spans of the same segment pair up.
    /// One hit per left span keeps counts linear, and so does the merge: both lists ascend by start, so the
    /// right-hand candidates of successive left spans form a window that only moves right. Its left edge
    /// drops a span once even the longest right-hand span starting there ends too far left.
    private func near(_ xs: [Span], _ ys: [Span], _ n: Int, _ doc: Int) -> [Span] {
        guard !xs.isEmpty, !ys.isEmpty else { return [] }
        let xSegments = scope == .segment ? segments(of: xs, doc) : []
        let ySegments = scope == .segment ? segments(of: ys, doc) : []
        let reach = Int32(n)
        let longest = ys.reduce(Int32(0)) { max($0, $1.end - $1.start) }
        var out: [Span] = []
        out.reserveCapacity(xs.count)
        var lo = 0
        for (i, x) in xs.enumerated() {
            while lo < ys.count && ys[lo].start + longest + reach < x.start { lo += 1 }
            var best: (gap: Int32, y: Span)?
            var k = lo
            while k < ys.count {
                let y = ys[k]
                if y.start > x.end + reach { break }
                if scope != .segment || (xSegments[i] >= 0 && ySegments[k] == xSegments[i]) {
                    let gap = max(0, max(x.start, y.start) - min(x.end, y.end))
                    if gap <= reach, best == nil || gap < best!.gap { best = (gap, y) }
                }
                k += 1
            }
            guard let y = best?.y else { continue }
            out.append(Span(start: min(x.start, y.start), end: max(x.end, y.end)))
        }
        // Joined windows ascend by start but may repeat or tie on start with a longer one first.
        out.sort()
        var distinct: [Span] = []
        distinct.reserveCapacity(out.count)
        for s in out where distinct.last != s { distinct.append(s) }
        return distinct
    }

    /// The segment of each span (ascending by start), by one pointer over the document's segments; -1 for a
    /// span outside every segment or across a boundary.
    private func segments(of spans: [Span], _ doc: Int) -> [Int] {
        let all = index.segments(ofDocument: doc)
        var s = all.lowerBound
        return spans.map { span in
            while s < all.upperBound && index.tokenRange(ofSegment: s).upperBound <= Int(span.start) { s += 1 }
            guard s < all.upperBound else { return -1 }
            let range = index.tokenRange(ofSegment: s)
            return range.lowerBound <= Int(span.start) && Int(span.end) <= range.upperBound ? s : -1
        }
    }
}
