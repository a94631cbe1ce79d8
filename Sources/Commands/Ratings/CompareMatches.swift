// CompareMatches: the findings of A and B that match compare's query, each one's rate per 10,000 words, and the rates compared.
import Analysis
import Inspections
import Search

/// The findings of A and B that match a query, and each one's rate per 10,000 words.
struct CompareMatches: Sendable {
    var query: String
    var a: [String]
    var b: [String]
    var rateA: Double
    var rateB: Double
    var hitsA: Int
    var hitsB: Int
    /// Words of each side's findings: the rates' denominators.
    var wordsA: Int = 0
    var wordsB: Int = 0

    /// The two rates compared (exact test and rate ratio); nil when a side has no words.
    var test: RateComparison? { RateComparison(countA: hitsA, wordsA: wordsA, countB: hitsB, wordsB: wordsB) }
}

extension CompareMatches {
    /// Runs the query over the two write-ups alone; their matching findings in document order. A write-up the
    /// query's own field filters exclude has no matches.
    static func find(_ query: String, offset: Int, a: InspectionReport, b: InspectionReport, session: Session) throws -> CompareMatches {
        let corpus = try session.search
        // Both come from the corpus, so both are found; ids are unique there (the loader drops duplicates).
        let documents = [a, b].compactMap { r in corpus.reports.firstIndex { $0.id == r.id } }
        let hits = try SearchSupport.reportHits(query, offset: offset, in: documents, corpus: corpus)
        func side(_ r: InspectionReport) -> ReportHits {
            hits.first { $0.report.id == r.id } ?? ReportHits(document: documents.first ?? 0, report: r)
        }
        let ha = side(a), hb = side(b)
        func texts(_ h: ReportHits) -> [String] { h.findings.map { String(h.report.text(of: h.report.findings[$0])) } }
        return CompareMatches(query: query, a: texts(ha), b: texts(hb), rateA: ha.per10k, rateB: hb.per10k, hitsA: ha.hits, hitsB: hb.hits,
                              wordsA: ha.words, wordsB: hb.words)
    }
}
