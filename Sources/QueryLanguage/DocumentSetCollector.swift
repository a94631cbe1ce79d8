// DocumentSetCollector: the distinct documents a query matches, ascending, without looking at positions.

public struct DocumentSetCollector: MatchCollector {
    public private(set) var documents: [Int] = []
    public var detail: MatchDetail { .units }
    public init() {}

    public mutating func collect(_ unit: MatchedUnit) {
        if documents.last != unit.document { documents.append(unit.document) }
    }
}
