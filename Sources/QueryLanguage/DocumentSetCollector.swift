// DocumentSetCollector: the distinct documents a query matches, ascending, without looking at positions.

public struct DocumentSetCollector: MatchCollector {
    public private(set) var documents: [Int] = []
    public var detail: MatchDetail { .units }
    public init() {}

    public mutating func collect(_ unit: MatchedUnit) {
        if documents.last != unit.document { documents.append(unit.document) }
    }

    public mutating func collect(_ batch: UnitBatch) {
        for i in batch.units.indices {
            let d = batch.document(at: i)
            if documents.last != d { documents.append(d) }
        }
    }
}
