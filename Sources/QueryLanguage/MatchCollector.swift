// MatchCollector: the match stream's consumer — what it asks the pipeline to work out, and how it takes the units.

/// Consumes the match stream (tantivy's collectors): counts, top-k, groups, document sets, span lists.
public protocol MatchCollector {
    /// The least the collector needs; the pipeline works out the most any collector of a run asks for.
    var detail: MatchDetail { get }
    mutating func begin(_ query: MatchQueryInfo)
    mutating func collect(_ unit: MatchedUnit)
    /// All the matching units at once, at `.units` detail; by default each is collected in turn.
    mutating func collect(_ batch: UnitBatch)
}

extension MatchCollector {
    public mutating func begin(_ query: MatchQueryInfo) {}

    public mutating func collect(_ batch: UnitBatch) {
        for i in batch.units.indices {
            collect(MatchedUnit(ordinal: i, unit: Int(batch.units[i]), document: batch.document(at: i), spanCount: 0,
                                leafHits: [], spans: []))
        }
    }
}
