// SlowSearch: the span-based find, count and concordance the pipeline replaced, kept as oracles for its results.
import Foundation
import Inspections
import PhraseIndex
import QueryLanguage
@testable import Search

enum SlowSearch {
    struct FindingHits {
        let hits: [FindingHit]
        let documents: Int
        let hitCount: Int
    }

    /// Every unit's BM25 score, sorted: descending, ties by unit order.
    static func rank(_ matches: MatchSet, in index: InvertedIndex) -> [(unitIndex: Int, score: Double)] {
        let n = Double(max(1, index.documentCount))
        let idf = matches.leafDocumentFrequencies.map { df in log(1 + (n - Double(df) + 0.5) / (Double(df) + 0.5)) }
        let average = max(1e-9, index.averageSegmentLength)
        var ranked: [(unitIndex: Int, score: Double)] = []
        for (i, unit) in matches.units.enumerated() {
            let length = Double(index.tokenRange(ofSegment: unit.segment!).count)
            let norm = BM25.k1 * (1 - BM25.b + BM25.b * length / average)
            var score = 0.0
            for (leaf, hits) in unit.leafHits.enumerated() where hits > 0 {
                let tf = Double(hits)
                score += idf[leaf] * tf * (BM25.k1 + 1) / (tf + norm)
            }
            ranked.append((i, score))
        }
        return ranked.sorted { a, b in a.score != b.score ? a.score > b.score : a.unitIndex < b.unitIndex }
    }
}

extension SearchCorpus {
    func slowFindHits(_ query: QueryNode, order: FindingOrder = .relevance) throws(QueryError) -> SlowSearch.FindingHits {
        let matches = try evaluate(query, scope: .segment)
        let scores = SlowSearch.rank(matches, in: index)
        var hits: [FindingHit] = []
        hits.reserveCapacity(scores.count)
        for ranked in scores {
            let unit = matches.units[ranked.unitIndex]
            guard let s = unit.segment else { continue }
            let (d, f) = finding(ofSegment: s)
            let base = reports[d].findings[f].range
            let ranges = matches.highlights(unit, in: index).compactMap { r -> Range<Int>? in
                let lo = max(r.lowerBound, base.lowerBound), hi = min(r.upperBound, base.upperBound)
                return lo < hi ? (lo - base.lowerBound)..<(hi - base.lowerBound) : nil
            }
            hits.append(FindingHit(report: d, finding: f, segment: s, score: ranked.score, hits: unit.spans.count,
                                   matches: SearchCorpus.merged(ranges)))
        }
        hits.sort(by: slowOrdering(order))
        return SlowSearch.FindingHits(hits: hits, documents: matches.documents.count, hitCount: matches.hitCount)
    }

    /// The comparison for an order; every order ends on (report id, finding) so it is total.
    func slowOrdering(_ order: FindingOrder) -> (FindingHit, FindingHit) -> Bool {
        let reports = self.reports
        func tail(_ a: FindingHit, _ b: FindingHit) -> Bool {
            (reports[a.report].id, a.finding) < (reports[b.report].id, b.finding)
        }
        switch order {
        case .relevance:
            return { a, b in a.score != b.score ? a.score > b.score : tail(a, b) }
        case .date:
            return { a, b in
                let da = self.dateKey(a.report), db = self.dateKey(b.report)
                return da != db ? da < db : tail(a, b)
            }
        case .provider:
            return { a, b in
                let pa = reports[a.report].provider.shortName.lowercased(), pb = reports[b.report].provider.shortName.lowercased()
                if pa != pb { return pa < pb }
                let da = self.dateKey(a.report), db = self.dateKey(b.report)
                return da != db ? da < db : tail(a, b)
            }
        }
    }

    func slowCount(_ query: QueryNode, by grouping: Grouping?) throws(QueryError) -> CountTable {
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
        // A query without words to match (filters alone) counts each finding it allows as one hit.
        func hasWords(_ n: QueryNode) -> Bool {
            switch n {
            case .term, .phrase, .prefix, .stem, .near: return true
            case .and(let xs), .or(let xs): return xs.contains(where: hasWords)
            default: return false
            }
        }
        let perFinding = !hasWords(query)
        var seen = Set<[String]>()  // (group, document) pairs already counted as documents
        var total = CountRow(group: "all", hits: 0, documents: matches.documents.count, findings: 0,
                             words: rows.values.reduce(0) { $0 + $1.words })
        for unit in matches.units {
            guard let s = unit.segment else { continue }
            let (d, f) = finding(ofSegment: s)
            let k = key(d, f)
            touch(k)
            rows[k]!.hits += perFinding ? 1 : unit.spans.count
            rows[k]!.findings += 1
            if seen.insert([k.id, String(d)]).inserted { rows[k]!.documents += 1 }
            total.hits += perFinding ? 1 : unit.spans.count
            total.findings += 1
        }
        let sorted = grouping?.isChronological == true ? order.sorted().compactMap { rows[$0] }
            : order.compactMap { rows[$0] }.sorted { a, b in
                a.hits != b.hits ? a.hits > b.hits : (a.group.lowercased(), a.group) < (b.group.lowercased(), b.group)
            }
        return CountTable(rows: grouping == nil ? [total] : sorted, total: total, baseDocuments: baseDocs.count,
                          datedByID: baseDocs.filter { reports[$0].reportDate?.fromID == true }.count)
    }

    func slowConcordance(_ query: QueryNode, context: ConcordanceContext,
                            order: ConcordanceOrder = .position) throws(QueryError) -> [ConcordanceLine] {
        let matches = try evaluate(query, scope: .segment)
        var lines: [ConcordanceLine] = []
        // Units come in document order: each report's bytes are copied once.
        var bytes: [UInt8] = [], bytesOf = -1
        for unit in matches.units { appendLines(of: unit, context: context, bytes: &bytes, bytesOf: &bytesOf, to: &lines) }
        lines.sort(by: concordanceOrdering(order))
        return lines
    }

}
