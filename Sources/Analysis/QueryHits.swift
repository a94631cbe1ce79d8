// QueryHits: where a query matches in each write-up's findings — the seam between these analyses and search.
// Built directly on the positional index and query language; the Search module can take its place when it lands.
import Inspections
import PhraseIndex
import QueryLanguage

/// One write-up's matches: hit positions counted in words from the start of its findings.
public struct ReportHits: Sendable {
    public var report: InspectionReport
    /// Word offset of each hit within the findings (0 = the first word of the first finding), ascending.
    public var positions: [Int]
    /// Indices into `report.findings` of the findings with a hit, ascending.
    public var findings: [Int]
    /// Words in the findings: the denominator of rates.
    public var words: Int
    public var hits: Int { positions.count }
    public var per10k: Double { words == 0 ? 0 : Double(hits) * 10_000 / Double(words) }
}

public struct QueryHits: Sendable {
    public let reports: [InspectionReport]
    let index: InvertedIndex

    public init(reports: [InspectionReport]) {
        self.reports = reports
        index = InvertedIndex(documents: reports.map { SourceDocument(text: $0.text, segments: $0.findings.map(\.range)) })
    }

    /// Every report, with or without hits, in the order given. Field filters are not read here.
    public func run(_ query: String) throws(QueryError) -> [ReportHits] {
        let node = try QueryParser.parse(query)
        let matches = try QueryEvaluator(index: index).evaluate(node, scope: .segment)
        var positions = [[Int]](repeating: [], count: reports.count)
        var findings = [[Int]](repeating: [], count: reports.count)
        var offsets: [Int: [Int]] = [:]
        for unit in matches.units {
            guard let s = unit.segment else { continue }
            let d = unit.document
            let segs = index.segments(ofDocument: d)
            if offsets[d] == nil {
                var running = 0, starts: [Int] = []
                for t in segs { starts.append(running); running += index.tokenRange(ofSegment: t).count }
                offsets[d] = starts
            }
            let local = s - segs.lowerBound
            findings[d].append(local)
            let first = index.tokenRange(ofSegment: s).lowerBound
            for span in unit.spans { positions[d].append(offsets[d]![local] + span.lowerBound - first) }
        }
        return reports.indices.map { d in
            let words = index.segments(ofDocument: d).reduce(0) { $0 + index.tokenRange(ofSegment: $1).count }
            return ReportHits(report: reports[d], positions: positions[d].sorted(), findings: findings[d], words: words)
        }
    }
}
