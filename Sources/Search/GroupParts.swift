// GroupParts: a query's hits and the words of findings in each write-up of each group — what dispersion is measured over.
import Inspections
import QueryLanguage

/// One group's parts: for each write-up with findings in the group's base (document order), its hits and words.
public struct GroupParts: Sendable, Equatable {
    public var hits: [Int] = []
    public var words: [Int] = []
}

extension SearchCorpus {
    /// Per group label (`all` without a grouping), the query's hits and the base's words write-up by write-up,
    /// over the same base as `count`: a group's words add up to its row's words, its hits to its row's hits.
    /// A write-up's part in a section group is its findings in that section.
    /// Tags are not parts of write-ups (a finding may carry several), so `by tag` has none.
    public func parts(_ query: QueryNode, by grouping: Grouping?) throws(QueryError) -> [String: GroupParts] {
        guard grouping?.isPerFinding != true || grouping == .section else { return [:] }
        var groups = GroupNumbers(corpus: self, grouping: grouping)
        let perReport = groups.perReport
        let r = max(1, reports.count)
        // One number per (group, write-up) pair, so the group-by collector counts each part's hits.
        var collector = GroupByCollector { u in
            (perReport?[u.document] ?? groups.number(unit: u.unit, document: u.document)) * r + u.document
        }
        try run(query, into: &collector)
        var words: [Int: Int] = [:]
        for s in try baseSegments(query) {
            let d = index.document(ofSegment: s)
            words[(perReport?[d] ?? groups.number(unit: s, document: d)) * r + d, default: 0] += index.tokenRange(ofSegment: s).count
        }
        // As in count: a query of filters alone has no words to match, so each finding it allows is a hit.
        let counted = Self.searchesWords(query) ? collector.hits : collector.units
        let hit = counted.indices.filter { counted[$0] > 0 }
        var out: [String: GroupParts] = [:]
        for key in Set(words.keys).union(hit).sorted() {
            let label = grouping == nil ? "all" : groups.keys[key / r].label
            out[label, default: GroupParts()].hits.append(key < counted.count ? counted[key] : 0)
            out[label, default: GroupParts()].words.append(words[key] ?? 0)
        }
        return out
    }
}
