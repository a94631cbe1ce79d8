// SpanListCollector: every matching unit with its hit spans and leaf hits, as a MatchSet.

public struct SpanListCollector: MatchCollector {
    public private(set) var units: [MatchUnit] = []
    private var documents: [Int] = []
    private var info: MatchQueryInfo?
    public var detail: MatchDetail { .spans }
    public init() {}

    public mutating func begin(_ query: MatchQueryInfo) { info = query }

    public mutating func collect(_ unit: MatchedUnit) {
        let scope = info?.scope ?? .segment
        units.append(MatchUnit(document: unit.document, segment: scope == .segment ? unit.unit : nil, spans: unit.spans,
                               leafHits: unit.leafHits.map { Int($0) }))
        if documents.last != unit.document { documents.append(unit.document) }
    }

    /// Everything collected, as the result of evaluating the query.
    public var matchSet: MatchSet {
        MatchSet(scope: info?.scope ?? .segment, units: units, documents: documents,
                 leafDocumentFrequencies: info?.leafDocumentFrequencies ?? [])
    }
}
