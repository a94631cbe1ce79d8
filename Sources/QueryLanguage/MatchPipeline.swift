// MatchPipeline: one way to run a query — plan, units set-at-a-time, then the leaves over them — streamed to collectors.
import PhraseIndex

extension QueryEvaluator {
    /// Evaluates `query` and streams every matching unit, ascending, to `collector`, working out only what it
    /// asks for: which units match (`.units`: no pass over positions), hit counts, or spans. A query that is
    /// one term, phrase or expansion streams straight from its postings.
    public func run<C: MatchCollector>(_ query: QueryNode, scope: SearchScope, into collector: inout C) throws(QueryError) {
        var planner = QueryPlanner(index: index, scope: scope, resolveField: resolveField)
        let plan = try planner.plan(query)
        let leaves = planner.leaves
        collector.begin(MatchQueryInfo(scope: scope, leafCount: leaves.count,
                                       leafDocumentFrequencies: leaves.map { MatchSet.leafDocumentFrequency($0, index) }))
        let pass = LeafPass(index: index, scope: scope, leaves: leaves)
        let detail = collector.detail
        if detail > .units, leaves.count == 1, let (source, allowed, excluded) = Self.singleLeaf(plan), LeafPass.streamsAlone(source) {
            pass.streamSingle(source, detail: detail, allowed: allowed, excluded: excluded) { collector.collect($0) }
            return
        }
        let units = UnitEvaluation(index: index, scope: scope).units(plan, within: nil)
        if detail == .units {
            collector.collect(UnitBatch(units: units, scope: scope, index: index))
            return
        }
        pass.stream(units, detail: detail) { collector.collect($0) }
    }

    /// A plan that is one positional leaf, alone or less some units (`caseload -type:nps`, and the notes every
    /// query leaves out): the leaf, the units allowed (nil: all) and those excluded, ascending. A filter that
    /// allows only some units is left to the set-at-a-time path, which probes the leaf at just those.
    static func singleLeaf(_ plan: Plan) -> (SpanSource, allowed: [Int32]?, excluded: [Int32])? {
        if case .spans(let source, leaf: 0?) = plan { return (source, nil, []) }
        guard case .and(let parts) = plan else { return nil }
        var source: SpanSource?
        var excluded: [[Int32]] = []
        for part in parts {
            switch part {
            case .spans(let s, leaf: 0?) where source == nil: source = s
            case .not(.units(let u)): excluded.append(u)
            default: return nil
            }
        }
        guard let source else { return nil }
        return (source, nil, SortedSets.union(excluded))
    }

    /// The full match units (spans and leaf hits) of some matching units, given by id in any order and
    /// returned in that order: the page a command shows, after ranking on counts alone. Costs one pass of the
    /// query's leaves over just those units' documents.
    public func matchUnits(_ query: QueryNode, scope: SearchScope, units: [Int]) throws(QueryError) -> [MatchUnit] {
        var planner = QueryPlanner(index: index, scope: scope, resolveField: resolveField)
        _ = try planner.plan(query)
        let order = units.indices.sorted { units[$0] < units[$1] }
        var out = [MatchUnit?](repeating: nil, count: units.count)
        LeafPass(index: index, scope: scope, leaves: planner.leaves)
            .stream(order.map { Int32(units[$0]) }, detail: .spans) { m in
                out[order[m.ordinal]] = MatchUnit(document: m.document, segment: scope == .segment ? m.unit : nil, spans: m.spans,
                                                  leafHits: m.leafHits.map { Int($0) })
            }
        return out.map { $0! }
    }
}
