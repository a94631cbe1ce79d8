// GroupMembers: the findings behind one row of a grouped table — what a drill-down lists, with the table's numbers.
import Inspections

extension SearchCorpus {
    /// The findings and notes (within the restriction) whose group under `grouping` is named `label`, as
    /// `count`, `chart` and `track` name their rows; every one without a grouping. The same key function
    /// numbers both, so a row's lines are exactly the matches the row counted.
    public func segments(inGroup label: String, by grouping: Grouping?) -> [Int] {
        let all = segments(scope: .all)
        guard let grouping else { return all }
        var groups = GroupNumbers(corpus: self, grouping: grouping)
        var out: [Int] = []
        for s in all {
            let d = index.document(ofSegment: s)
            let numbers = grouping == .tag ? groups.numbers(unit: s) : [groups.perReport?[d] ?? groups.number(unit: s, document: d)]
            if numbers.contains(where: { groups.keys[$0].label == label }) { out.append(s) }
        }
        return out
    }
}
