// PairCollector: two collectors fed by one pass over the match stream.

public struct PairCollector<A: MatchCollector, B: MatchCollector>: MatchCollector {
    public var first: A
    public var second: B
    public init(_ first: A, _ second: B) { self.first = first; self.second = second }

    public var detail: MatchDetail { max(first.detail, second.detail) }

    public mutating func begin(_ query: MatchQueryInfo) { first.begin(query); second.begin(query) }

    public mutating func collect(_ unit: MatchedUnit) { first.collect(unit); second.collect(unit) }

    public mutating func collect(_ batch: UnitBatch) { first.collect(batch); second.collect(batch) }
}
