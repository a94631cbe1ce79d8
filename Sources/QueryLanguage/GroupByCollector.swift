// GroupByCollector: hits, matching units and documents per group, groups numbered by the caller's key function.

public struct GroupByCollector: MatchCollector {
    /// Per group number: hit spans, matching units, distinct documents.
    public private(set) var hits: [Int] = []
    public private(set) var units: [Int] = []
    public private(set) var documents: [Int] = []
    private var lastDocument: [Int] = []
    private let group: (MatchedUnit) -> Int
    private let groups: ((MatchedUnit) -> [Int])?
    public var detail: MatchDetail { .counts }

    /// `group` numbers a unit's group from 0; numbers may grow as units arrive.
    public init(group: @escaping (MatchedUnit) -> Int) { self.group = group; groups = nil }

    /// For groupings where a unit may fall in several groups (a finding with several tags): it counts in each.
    public init(groups: @escaping (MatchedUnit) -> [Int]) { self.group = { _ in 0 }; self.groups = groups }

    public mutating func collect(_ unit: MatchedUnit) {
        guard let groups else { return add(unit, to: group(unit)) }
        for g in groups(unit) { add(unit, to: g) }
    }

    private mutating func add(_ unit: MatchedUnit, to g: Int) {
        while hits.count <= g { hits.append(0); units.append(0); documents.append(0); lastDocument.append(-1) }
        hits[g] += unit.spanCount
        units[g] += 1
        // Units ascend by document, so a group's documents arrive together.
        if lastDocument[g] != unit.document { documents[g] += 1; lastDocument[g] = unit.document }
    }
}
