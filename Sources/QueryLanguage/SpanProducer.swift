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
        case anyTerm([PostingCursor])
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
        case .anyTerm(let ts): kind = .anyTerm(ts.map(index.postings))
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
        case .anyTerm(var cursors):
            buffer.removeAll(keepingCapacity: true)
            for k in cursors.indices where cursors[k].advance(to: doc) && cursors[k].document == doc {
                cursors[k].positions(into: &buffer)
            }
            kind = .anyTerm(cursors)
            buffer.sort()
            out = buffer.map { Span(start: $0, end: $0 + 1) }
        case .near(let a, let b, let n):
            return near(a.spans(in: doc), b.spans(in: doc), n, doc)
        case .any(let producers):
            out = Array(Set(producers.flatMap { $0.spans(in: doc) })).sorted()
            return out  // children already filtered
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
    /// One hit per left span keeps counts linear.
    private func near(_ xs: [Span], _ ys: [Span], _ n: Int, _ doc: Int) -> [Span] {
        guard !xs.isEmpty, !ys.isEmpty else { return [] }
        let ySegments = scope == .segment ? ys.map { segment(of: $0, doc) ?? -1 } : []
        var out: [Span] = []
        for x in xs {
            let xSegment = scope == .segment ? segment(of: x, doc) ?? -2 : 0
            var best: (gap: Int32, y: Span)?
            for (k, y) in ys.enumerated() {
                if y.start > x.end + Int32(n) { break }  // ys ascend by start: the rest are too far right
                if scope == .segment && ySegments[k] != xSegment { continue }
                let gap = max(0, max(x.start, y.start) - min(x.end, y.end))
                if gap <= Int32(n), best == nil || gap < best!.gap { best = (gap, y) }
            }
            guard let y = best?.y else { continue }
            out.append(Span(start: min(x.start, y.start), end: max(x.end, y.end)))
        }
        return Array(Set(out)).sorted()
    }
}
