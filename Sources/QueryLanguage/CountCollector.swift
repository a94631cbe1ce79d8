// CountCollector: how many units, hit spans and distinct documents a query matches.

public struct CountCollector: MatchCollector {
    public var units = 0
    public var hits = 0
    public var documents = 0
    private var lastDocument = -1
    public let detail: MatchDetail

    /// `detail: .units` counts units and documents only, without a pass over the query's positions.
    public init(detail: MatchDetail = .counts) { self.detail = detail }

    /// Counting units and documents needs no unit one by one.
    public mutating func collect(_ batch: UnitBatch) {
        units += batch.units.count
        for i in batch.units.indices {
            let d = batch.document(at: i)
            if d != lastDocument { documents += 1; lastDocument = d }
        }
    }

    public mutating func collect(_ unit: MatchedUnit) {
        units += 1
        hits += unit.spanCount
        if unit.document != lastDocument { documents += 1; lastDocument = unit.document }
    }
}
