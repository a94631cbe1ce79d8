// SearchContext: what a session adds to the corpus — named sets of findings (`set:`, `tag:`) and a restriction.
import QueryLanguage

/// Named sets of findings that queries name as fields (`set:rh`, `tag:assessment`), and a `Restriction` — a
/// working scope, a sample, a drill-down's row — that every query, count, rate base and word list of the
/// corpus obeys. The corpus knows neither sets nor tags: whoever keeps them (the session's workspace) hands
/// them over as segment ids, so they resolve like `section:`, per finding, and combine with every operator.
public struct SearchContext: Sendable {
    /// Field name ("set", "tag") -> value -> the segments it names, ascending.
    public var named: [String: [String: [Int]]]
    /// Why a field has no such value, for the error: "save NAME keeps the last result as a set".
    public var hints: [String: String]
    public var restriction: Restriction?

    public init(named: [String: [String: [Int]]] = [:], hints: [String: String] = [:], restriction: Restriction? = nil) {
        self.named = named; self.hints = hints; self.restriction = restriction
    }

    /// The fields a context can add to the query language.
    public static let fieldNames = ["set", "tag"]

    /// The internal field a restriction is ANDed into every query as; no typed field can have this name.
    static let restrictionField = "\u{1}restriction"
}

/// The findings (segments) and write-ups (documents) a corpus is confined to; both ascending. A document
/// can be allowed without any segment (a write-up whose findings all lie outside, or which has none) when
/// report-level filters allow it: ratings commands still see it.
public struct Restriction: Sendable, Equatable {
    public let documents: [Int]
    public let segments: [Int]
    private let segmentBits: [UInt64]
    private let documentBits: [UInt64]

    public init(documents: [Int], segments: [Int]) {
        self.documents = documents
        self.segments = segments
        segmentBits = Self.bits(segments)
        documentBits = Self.bits(documents)
    }

    public func allows(segment s: Int) -> Bool { Self.test(segmentBits, s) }
    public func allows(document d: Int) -> Bool { Self.test(documentBits, d) }

    /// Both restrictions at once.
    func intersected(with other: Restriction) -> Restriction {
        Restriction(documents: documents.filter(other.allows(document:)), segments: segments.filter(other.allows(segment:)))
    }

    static func bits(_ ids: [Int]) -> [UInt64] {
        var out = [UInt64](repeating: 0, count: ((ids.last ?? -1) >> 6) + 1)
        for i in ids { out[i >> 6] |= 1 << UInt64(i & 63) }
        return out
    }

    static func test(_ bits: [UInt64], _ i: Int) -> Bool { i >= 0 && i >> 6 < bits.count && bits[i >> 6] & (1 << UInt64(i & 63)) != 0 }
}

extension SearchCorpus {
    /// The same corpus with these named sets (`set:`, `tag:`); the restriction, if any, is kept.
    public func naming(_ named: [String: [String: [Int]]], hints: [String: String] = [:]) -> SearchCorpus {
        var copy = self
        copy.context.named = named
        copy.context.hints = hints
        return copy
    }

    /// The corpus confined to what a query of filters allows (`type:pdu year:2022..`, `set:rh`), within any
    /// restriction it already has. Segments are taken per finding (notes included, so `scope:notes` still
    /// works inside), write-ups per report: a report-level filter keeps a write-up even without findings.
    public func restricted(to filters: QueryNode) throws(QueryError) -> SearchCorpus {
        var segments = UnitSetCollector(), documents = DocumentSetCollector()
        try evaluator.run(confined(filters), scope: .segment, into: &segments)
        try evaluator.run(confined(filters), scope: .document, into: &documents)
        var copy = self
        copy.context.restriction = Restriction(documents: documents.documents, segments: segments.units)
        return copy
    }

    /// The corpus confined to some findings (a sample, a table's row), within any restriction it has.
    public func narrowed(toSegments wanted: [Int]) -> SearchCorpus {
        let sorted = Array(Set(wanted)).sorted()
        var documents: [Int] = []
        for s in sorted {
            let d = index.document(ofSegment: s)
            if documents.last != d { documents.append(d) }
        }
        var r = Restriction(documents: documents, segments: sorted)
        if let old = context.restriction { r = r.intersected(with: old) }
        var copy = self
        copy.context.restriction = r
        return copy
    }

    /// The corpus confined to some write-ups and all their findings, within any restriction it has.
    public func narrowed(toDocuments wanted: [Int]) -> SearchCorpus {
        let documents = Array(Set(wanted)).sorted().filter { reports.indices.contains($0) }
        var r = Restriction(documents: documents, segments: documents.flatMap { Array(index.segments(ofDocument: $0)) })
        if let old = context.restriction { r = r.intersected(with: old) }
        var copy = self
        copy.context.restriction = r
        return copy
    }

    /// The write-ups the restriction allows, in corpus order (every one without a restriction).
    public var allowedDocuments: [Int] { context.restriction?.documents ?? Array(reports.indices) }

    /// The query ANDed with the restriction, if there is one.
    func confined(_ query: QueryNode) -> QueryNode {
        guard context.restriction != nil else { return query }
        let node = QueryNode.field(FieldFilter(name: SearchContext.restrictionField, value: .text(""), range: 0..<0, valueRange: 0..<0))
        if case .and(let parts) = query { return .and(parts + [node]) }
        return .and([query, node])
    }

    /// Every finding the query matches (notes left out unless it names a scope), ascending: what a saved set keeps.
    public func matchingSegments(_ query: QueryNode) throws(QueryError) -> [Int] {
        var units = UnitSetCollector()
        try run(query, into: &units)
        return units.units
    }
}
