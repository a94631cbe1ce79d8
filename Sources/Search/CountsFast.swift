// CountsFast: `count ... by GROUP` from hit counts alone (no spans), with groups as integers until the end.
import Inspections
import PhraseIndex
import QueryLanguage

extension SearchCorpus {
    /// The same table as `count(_:by:)`, computed from `evaluateUnits` (hit counts, no spans) with one group
    /// number per report (or per section slug) instead of a string key per finding.
    public func countFast(_ query: QueryNode, by grouping: Grouping?) throws(QueryError) -> CountTable {
        let matches = try evaluateUnits(query, scope: .segment)
        let base = try baseSegmentsFast(query)
        // Group numbers: per report for every grouping but section, per section slug for that.
        var names: [GroupKey] = []
        var numberOf: [GroupKey: Int] = [:]
        func number(_ key: GroupKey) -> Int {
            if let n = numberOf[key] { return n }
            numberOf[key] = names.count
            names.append(key)
            return names.count - 1
        }
        let headings = grouping == .section ? sectionHeadings() : [:]
        var reportGroup: [Int] = []
        var slugGroup: [String: Int] = [:]
        if grouping != .section {
            reportGroup = reports.indices.map { number(groupKey($0, 0, grouping, headings: headings)) }
        }
        func group(_ d: Int, _ f: Int) -> Int {
            guard grouping == .section else { return reportGroup[d] }
            let slug = reports[d].findings[f].sectionSlug
            if let g = slugGroup[slug] { return g }
            let g = number(groupKey(d, f, grouping, headings: headings))
            slugGroup[slug] = g
            return g
        }
        var words: [Int] = [], hits: [Int] = [], findings: [Int] = [], documents: [Int] = []
        var lastDocument: [Int] = []
        var touched: [Bool] = []
        func grow() {
            while words.count < names.count {
                words.append(0); hits.append(0); findings.append(0); documents.append(0); lastDocument.append(-1)
                touched.append(false)
            }
        }
        var baseDocuments = 0, lastBase = -1, datedByID = 0
        var totalWords = 0
        for s in base {
            let d = index.document(ofSegment: s)
            let g = group(d, s - index.segments(ofDocument: d).lowerBound)
            grow()
            touched[g] = true
            let n = index.tokenRange(ofSegment: s).count
            words[g] += n
            totalWords += n
            if d != lastBase {  // base segments ascend: documents come grouped
                baseDocuments += 1; lastBase = d
                if reports[d].reportDate?.fromID == true { datedByID += 1 }
            }
        }
        var total = CountRow(group: "all", hits: 0, documents: matches.documentCount, findings: 0, words: totalWords)
        for i in 0..<matches.count {
            guard let s = matches.segment(ofUnitAt: i) else { continue }
            let d = matches.document(ofUnitAt: i)
            let g = group(d, s - index.segments(ofDocument: d).lowerBound)
            grow()
            touched[g] = true
            let n = matches.spanCount(ofUnitAt: i)
            hits[g] += n
            findings[g] += 1
            if lastDocument[g] != d { documents[g] += 1; lastDocument[g] = d }  // units ascend by document
            total.hits += n
            total.findings += 1
        }
        guard grouping != nil else {
            return CountTable(rows: [total], total: total, baseDocuments: baseDocuments, datedByID: datedByID)
        }
        var kept = names.indices.filter { touched[$0] }
        if grouping?.isChronological == true { kept.sort { names[$0] < names[$1] } }
        var rows = kept.map {
            CountRow(group: names[$0].label, hits: hits[$0], documents: documents[$0], findings: findings[$0], words: words[$0])
        }
        if grouping?.isChronological != true {
            rows.sort { a, b in
                a.hits != b.hits ? a.hits > b.hits : (a.group.lowercased(), a.group) < (b.group.lowercased(), b.group)
            }
        }
        return CountTable(rows: rows, total: total, baseDocuments: baseDocuments, datedByID: datedByID)
    }

    /// `baseSegments` without spans: the segments the query's top-level field filters allow, ascending.
    func baseSegmentsFast(_ query: QueryNode) throws(QueryError) -> [Int] {
        guard let filters = fieldFilters(of: scoped(query)) else { return segments() }
        return try evaluateUnits(filters, scope: .segment).units.map { Int($0) }
    }
}
