// GroupNumbers: a count's groups as small integers — one per report, section slug or tag — named once each.
import Inspections

/// Groups are keyed once per report (or per section slug for `by section`) and numbered from 0, so counting
/// adds integers per matching finding instead of building a key string for each.
struct GroupNumbers {
    let corpus: SearchCorpus
    let grouping: Grouping?
    private(set) var keys: [GroupKey] = []
    private var numberOf: [GroupKey: Int] = [:]
    private var reportGroup: [Int] = []
    private var slugGroup: [String: Int] = [:]
    private let headings: [String: String]

    init(corpus: SearchCorpus, grouping: Grouping?) {
        self.corpus = corpus
        self.grouping = grouping
        headings = grouping == .section ? corpus.sectionHeadings() : [:]
        if grouping == .tag {
            // Tags in name order, so group numbers (and ties later) never follow dictionary order.
            for (tag, segments) in (corpus.context.named["tag"] ?? [:]).sorted(by: { $0.key < $1.key }) {
                let g = number(Grouping.tagKey(tag))
                for s in segments { tagGroups[s, default: []].append(g) }
            }
        } else if grouping != .section {
            reportGroup = corpus.reports.indices.map { d in number(corpus.groupKey(d, 0, grouping, headings: headings)) }
        }
    }

    /// Each tagged segment's groups (`by tag`).
    private var tagGroups: [Int: [Int]] = [:]

    /// The groups of a segment under `by tag`: one per tag, or the untagged group.
    mutating func numbers(unit s: Int) -> [Int] {
        if let groups = tagGroups[s] { return groups }
        return [number(Grouping.untagged)]
    }

    private mutating func number(_ key: GroupKey) -> Int {
        if let n = numberOf[key] { return n }
        numberOf[key] = keys.count
        keys.append(key)
        return keys.count - 1
    }

    /// Each report's group number, for every grouping but `section` and `tag` (nil for those).
    var perReport: [Int]? { grouping?.isPerFinding == true ? nil : reportGroup }

    /// The group of a segment of document `d`.
    mutating func number(unit s: Int, document d: Int) -> Int {
        guard grouping == .section else { return reportGroup[d] }
        let f = s - corpus.index.segments(ofDocument: d).lowerBound
        let slug = corpus.reports[d].findings[f].sectionSlug
        if let g = slugGroup[slug] { return g }
        let g = number(corpus.groupKey(d, f, grouping, headings: headings))
        slugGroup[slug] = g
        return g
    }
}
