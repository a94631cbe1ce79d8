// Counts: hits and matching write-ups per group (provider, owner, type, year, section), raw and per 10,000 words.
import Inspections
import PhraseIndex
import QueryLanguage

public enum CountGrouping: String, Sendable, CaseIterable {
    case provider, owner, type, year, section
}

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
}

extension SearchCorpus {
    /// Counts a query's hits. The rate's base is the findings the query's field filters allow (all findings
    /// when it has none), so `provider:hlny` or `section:` narrow the denominator as well as the hits.
    public func count(_ query: QueryNode, by grouping: CountGrouping?) throws(QueryError) -> CountTable {
        let matches = try evaluate(query, scope: .segment)
        let base = try baseSegments(query)
        var rows: [String: CountRow] = [:]
        var order: [String] = []
        var baseDocs = Set<Int>()
        let headings = grouping == .section ? sectionHeadings() : [:]
        func key(_ d: Int, _ f: Int) -> String { groupName(d, f, grouping, headings: headings) }
        func touch(_ k: String) {
            if rows[k] == nil { rows[k] = CountRow(group: k, hits: 0, documents: 0, findings: 0, words: 0); order.append(k) }
        }
        for s in base {
            let (d, f) = finding(ofSegment: s)
            let k = key(d, f)
            touch(k)
            rows[k]!.words += index.tokenRange(ofSegment: s).count
            baseDocs.insert(d)
        }
        var seen = Set<String>()  // "group\u{0}doc" pairs already counted as documents
        var total = CountRow(group: "all", hits: 0, documents: matches.documents.count, findings: 0,
                             words: rows.values.reduce(0) { $0 + $1.words })
        for unit in matches.units {
            guard let s = unit.segment else { continue }
            let (d, f) = finding(ofSegment: s)
            let k = key(d, f)
            touch(k)
            rows[k]!.hits += unit.spans.count
            rows[k]!.findings += 1
            if seen.insert(k + "\u{0}" + String(d)).inserted { rows[k]!.documents += 1 }
            total.hits += unit.spans.count
            total.findings += 1
        }
        let sorted = order.compactMap { rows[$0] }.sorted { a, b in
            a.hits != b.hits ? a.hits > b.hits : (a.group.lowercased(), a.group) < (b.group.lowercased(), b.group)
        }
        return CountTable(rows: grouping == nil ? [total] : sorted, total: total, baseDocuments: baseDocs.count)
    }

    /// The segments allowed by the query's top-level field filters (and their negations): the rate's base.
    func baseSegments(_ query: QueryNode) throws(QueryError) -> [Int] {
        guard let filters = fieldFilters(of: query) else { return Array(0..<index.segmentCount) }
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

    /// The group a finding falls in. Sections group by their slug and show the heading as first written.
    func groupName(_ d: Int, _ f: Int, _ grouping: CountGrouping?, headings: [String: String]) -> String {
        let r = reports[d]
        switch grouping {
        case nil: return "all"
        case .provider: return r.provider.shortName
        case .owner: return r.ownerGroup ?? r.owner ?? "unknown owner"
        case .type: return r.type.rawValue
        case .year:
            let y = dateKey(d).year
            return y == 9999 ? "unknown year" : String(y)
        case .section: return headings[r.findings[f].sectionSlug] ?? r.findings[f].section
        }
    }

    /// Each section slug's heading as first written, in report order (so "Case Supervision" and
    /// "Case supervision" count as one group under one name).
    func sectionHeadings() -> [String: String] {
        var out: [String: String] = [:]
        for r in reports { for f in r.findings where out[f.sectionSlug] == nil { out[f.sectionSlug] = f.section } }
        return out
    }
}
