// ReportHits: where a query matches in each report's findings — the per-report view behind charts, tracks and compare.
import Inspections
import PhraseIndex
import QueryLanguage

/// One report's matches, counted over its findings that the query's field filters allow (all of them when the
/// query has none): the same matches and the same rate base as `count`, kept per report rather than per group.
public struct ReportHits: Sendable {
    /// The report's document id (its index in `SearchCorpus.reports`).
    public var document: Int
    public var report: InspectionReport
    /// Word offset of each hit within the allowed findings (0 = their first word), ascending.
    public var positions: [Int]
    /// Indices into `report.findings` of the findings with a hit, ascending.
    public var findings: [Int]
    /// Words in the allowed findings: the denominator of rates and the length of a dispersion strip.
    public var words: Int
    public var hits: Int { positions.count }
    public var per10k: Double { words == 0 ? 0 : Double(hits) * 10_000 / Double(words) }

    public init(document: Int, report: InspectionReport, positions: [Int] = [], findings: [Int] = [], words: Int = 0) {
        self.document = document
        self.report = report
        self.positions = positions
        self.findings = findings
        self.words = words
    }
}

extension SearchCorpus {
    /// Each report among `documents` (every report when nil) that the query's field filters allow, by document id,
    /// with or without hits. A report without findings is kept when the filters allow the report itself, so a
    /// group's count of write-ups does not depend on whether a filter was written in the query or applied outside.
    public func reportHits(_ query: QueryNode, in documents: [Int]? = nil) throws(QueryError) -> [ReportHits] {
        let matches = try evaluate(query, scope: .segment)
        var wanted = [Bool](repeating: documents == nil, count: reports.count)
        for d in documents ?? [] where reports.indices.contains(d) { wanted[d] = true }

        // Where each allowed finding starts within its report's allowed findings; -1 for findings not allowed.
        var start = [Int](repeating: -1, count: index.segmentCount)
        var words = [Int](repeating: 0, count: reports.count)
        var allowed = [Bool](repeating: false, count: reports.count)
        for s in try baseSegments(query) {
            let d = index.document(ofSegment: s)
            guard wanted[d] else { continue }
            start[s] = words[d]
            words[d] += index.tokenRange(ofSegment: s).count
            allowed[d] = true
        }
        let withoutFindings = reports.indices.filter { wanted[$0] && !allowed[$0] && segments(ofDocument: $0).isEmpty }
        if !withoutFindings.isEmpty {
            if let filters = fieldFilters(of: query) {
                for d in try evaluate(filters, scope: .document).documents where wanted[d] { allowed[d] = true }
            } else {
                for d in withoutFindings where context.restriction?.allows(document: d) ?? true { allowed[d] = true }
            }
        }

        var positions = [[Int]](repeating: [], count: reports.count)
        var findings = [[Int]](repeating: [], count: reports.count)
        for unit in matches.units {
            // Matches always satisfy the query's top-level filters, so their segment is allowed.
            guard let s = unit.segment, wanted[unit.document], start[s] >= 0 else { continue }
            let first = index.tokenRange(ofSegment: s).lowerBound
            findings[unit.document].append(s - index.segments(ofDocument: unit.document).lowerBound)
            for span in unit.spans { positions[unit.document].append(start[s] + span.lowerBound - first) }
        }
        return reports.indices.filter { allowed[$0] }.map { d in
            ReportHits(document: d, report: reports[d], positions: positions[d].sorted(), findings: findings[d], words: words[d])
        }
    }
}
