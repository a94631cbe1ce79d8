// UnitSetCollector: the units (segments or documents) a query matches, ascending, without looking at positions.

public struct UnitSetCollector: MatchCollector {
    public private(set) var units: [Int] = []
    public var detail: MatchDetail { .units }
    public init() {}

    public mutating func collect(_ unit: MatchedUnit) { units.append(unit.unit) }

    public mutating func collect(_ batch: UnitBatch) { units += batch.units.map { Int($0) } }
}
