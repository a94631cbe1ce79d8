// Counts: hits and matching write-ups per group (any Grouping), raw and per 10,000 words of the group's findings.
import Inspections
import PhraseIndex
import QueryLanguage

public struct CountRow: Sendable, Hashable {
    public var group: String
    /// Hit spans (a phrase counts once).
    public var hits: Int
    /// Write-ups with at least one match in the group.
    public var documents: Int
    /// Findings with at least one match.
    public var findings: Int
    /// Words in the group's findings: the denominator of the rate.
    public var words: Int
    public var per10k: Double { words == 0 ? 0 : Double(hits) * 10_000 / Double(words) }
}

public struct CountTable: Sendable {
    /// One row per group with words in it (zero-hit groups included): by hits descending, then name, or in
    /// time order for years.
    public var rows: [CountRow]
    public var total: CountRow
    /// Write-ups in the base the rates are taken over.
    public var baseDocuments: Int
    /// Of those, the write-ups dated by the year in their id (no publication date).
    public var datedByID: Int = 0
}

extension SearchCorpus {
    /// Counts a query's hits per group, from the match stream's hit counts (no spans), with one group number
    /// per report (or per section slug) until the end. The rate's base is the findings the query's field
    /// filters allow (all findings when it has none), so `provider:hlny` or `section:` narrow the
    /// denominator as well as the hits.
    public func count(_ query: QueryNode, by grouping: Grouping?) throws(QueryError) -> CountTable {
        var groups = GroupNumbers(corpus: self, grouping: grouping)
        // Most groupings are one number per report: a constant table the collector reads without locking.
        let perReport = groups.perReport
        let byGroup = perReport.map { table in GroupByCollector { table[$0.document] } }
            ?? (grouping == .tag ? GroupByCollector(groups: { groups.numbers(unit: $0.unit) })
                : GroupByCollector { groups.number(unit: $0.unit, document: $0.document) })
        var both = PairCollector(byGroup, CountCollector())
        try run(query, into: &both)
        let (grouped, total) = (both.first, both.second)

        var words: [Int] = [], touched: [Bool] = []
        var baseDocuments = 0, lastBase = -1, datedByID = 0, totalWords = 0
        for s in try baseSegments(query) {
            let d = index.document(ofSegment: s)
            let n = index.tokenRange(ofSegment: s).count
            // A finding with several tags is in each of their groups, and its words in each base.
            for g in grouping == .tag ? groups.numbers(unit: s) : [perReport?[d] ?? groups.number(unit: s, document: d)] {
                while words.count <= g { words.append(0); touched.append(false) }
                touched[g] = true
                words[g] += n
            }
            totalWords += n
            if d != lastBase {  // base segments ascend: documents come grouped
                baseDocuments += 1; lastBase = d
                if reports[d].reportDate?.fromID == true { datedByID += 1 }
            }
        }
        // A query of filters alone (`set:rh`, `tag:x type:pdu`) has no words to match: each finding it allows is a hit.
        let findingsAreHits = !Self.searchesWords(query)
        let all = CountRow(group: "all", hits: findingsAreHits ? total.units : total.hits, documents: total.documents,
                           findings: total.units, words: totalWords)
        guard let grouping else {
            return CountTable(rows: [all], total: all, baseDocuments: baseDocuments, datedByID: datedByID)
        }
        func at<T>(_ xs: [T], _ g: Int, _ zero: T) -> T { g < xs.count ? xs[g] : zero }
        var kept = groups.keys.indices.filter { at(touched, $0, false) || at(grouped.units, $0, 0) > 0 }
        if grouping.isChronological { kept.sort { groups.keys[$0] < groups.keys[$1] } }
        var rows = kept.map {
            CountRow(group: groups.keys[$0].label, hits: at(findingsAreHits ? grouped.units : grouped.hits, $0, 0),
                     documents: at(grouped.documents, $0, 0),
                     findings: at(grouped.units, $0, 0), words: at(words, $0, 0))
        }
        if !grouping.isChronological {
            rows.sort { a, b in
                a.hits != b.hits ? a.hits > b.hits : (a.group.lowercased(), a.group) < (b.group.lowercased(), b.group)
            }
        }
        return CountTable(rows: rows, total: all, baseDocuments: baseDocuments, datedByID: datedByID)
    }

    /// True when the query has words to match (a term, phrase, expansion or NEAR under no NOT, or under two:
    /// `NOT (harm -risk)` is `-harm OR risk`, and find marks risk); false for a query of filters alone (or of
    /// negated words), whose matches are whole findings.
    public static func searchesWords(_ node: QueryNode, negated: Bool = false) -> Bool {
        switch node {
        case .term, .phrase, .prefix, .stem, .near: return !negated
        case .and(let xs), .or(let xs): return xs.contains { searchesWords($0, negated: negated) }
        case .not(let x): return searchesWords(x, negated: !negated)
        case .field, .empty: return false
        }
    }

    /// The segments allowed by the query's top-level field filters (and their negations), with the default
    /// scope: the rate's base.
    func baseSegments(_ query: QueryNode) throws(QueryError) -> [Int] {
        guard let filters = fieldFilters(of: scoped(query)), filters != Self.defaultScope else { return segments() }
        var units = UnitSetCollector()
        try run(filters, into: &units)
        return units.units
    }

    /// The query's top-level field filters (and their negations) as one node; nil when it has none.
    func fieldFilters(of query: QueryNode) -> QueryNode? {
        let conjuncts: [QueryNode]
        if case .and(let xs) = query { conjuncts = xs } else { conjuncts = [query] }
        let filters = conjuncts.filter { node in
            switch node {
            case .field: return true
            case .not(.field): return true
            default: return false
            }
        }
        return filters.isEmpty ? nil : filters.count == 1 ? filters[0] : .and(filters)
    }

    /// The group a finding falls in: the one key function, with a section named as its heading was first
    /// written in report order (so "Case Supervision" and "Case supervision" count as one group under one name).
    func groupKey(_ d: Int, _ f: Int, _ grouping: Grouping?, headings: [String: String]) -> GroupKey {
        guard let grouping else { return GroupKey("all") }
        let r = reports[d]
        let key = grouping.key(of: r, finding: grouping == .section ? r.findings[f] : nil)
        guard grouping == .section, let first = headings[key.id] else { return key }
        return GroupKey(first, id: key.id, order: key.id)
    }

    /// Each section slug's heading as first written, in report order.
    func sectionHeadings() -> [String: String] {
        var out: [String: String] = [:]
        for r in reports {
            for name in r.sections {
                let slug = name == "Summary" ? "summary" : Slug.make(name)
                if out[slug] == nil { out[slug] = name }
            }
        }
        return out
    }
}
