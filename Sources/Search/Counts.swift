// Counts: hits and matching write-ups per group (any Grouping), raw and per 10,000 words.
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
    /// One row per group with words in it (zero-hit groups included), by hits descending, then name.
    public var rows: [CountRow]
    public var total: CountRow
    /// Write-ups in the base the rates are taken over.
    public var baseDocuments: Int
    /// Of those, the write-ups dated by the year in their id (no publication date).
    public var datedByID: Int = 0
}

extension SearchCorpus {
    /// Counts a query's hits. The rate's base is the findings the query's field filters allow (all findings
    /// when it has none), so `provider:hlny` or `section:` narrow the denominator as well as the hits.
    public func count(_ query: QueryNode, by grouping: Grouping?) throws(QueryError) -> CountTable {
        let matches = try evaluate(query, scope: .segment)
        let base = try baseSegments(query)
        var rows: [GroupKey: CountRow] = [:]
        var order: [GroupKey] = []
        var baseDocs = Set<Int>()
        let headings = grouping == .section ? sectionHeadings() : [:]
        func key(_ d: Int, _ f: Int) -> GroupKey { groupKey(d, f, grouping, headings: headings) }
        func touch(_ k: GroupKey) {
            if rows[k] == nil { rows[k] = CountRow(group: k.label, hits: 0, documents: 0, findings: 0, words: 0); order.append(k) }
        }
        for s in base {
            let (d, f) = finding(ofSegment: s)
            let k = key(d, f)
            touch(k)
            rows[k]!.words += index.tokenRange(ofSegment: s).count
            baseDocs.insert(d)
        }
        var seen = Set<[String]>()  // (group, document) pairs already counted as documents
        var total = CountRow(group: "all", hits: 0, documents: matches.documents.count, findings: 0,
                             words: rows.values.reduce(0) { $0 + $1.words })
        for unit in matches.units {
            guard let s = unit.segment else { continue }
            let (d, f) = finding(ofSegment: s)
            let k = key(d, f)
            touch(k)
            rows[k]!.hits += unit.spans.count
            rows[k]!.findings += 1
            if seen.insert([k.id, String(d)]).inserted { rows[k]!.documents += 1 }
            total.hits += unit.spans.count
            total.findings += 1
        }
        let sorted = grouping?.isChronological == true ? order.sorted().compactMap { rows[$0] }
            : order.compactMap { rows[$0] }.sorted { a, b in
                a.hits != b.hits ? a.hits > b.hits : (a.group.lowercased(), a.group) < (b.group.lowercased(), b.group)
            }
        return CountTable(rows: grouping == nil ? [total] : sorted, total: total, baseDocuments: baseDocs.count,
                          datedByID: baseDocs.filter { reports[$0].reportDate?.fromID == true }.count)
    }

    /// The segments allowed by the query's top-level field filters (and their negations): the rate's base.
    func baseSegments(_ query: QueryNode) throws(QueryError) -> [Int] {
        guard let filters = fieldFilters(of: scoped(query)) else { return segments() }
        let allowed = try evaluate(filters, scope: .segment)
        return allowed.units.compactMap(\.segment)
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
