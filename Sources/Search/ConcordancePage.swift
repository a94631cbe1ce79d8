// ConcordancePage: a page of `kwic` — in position order, spans and tokens worked out only for the findings shown.
import Inspections
import PhraseIndex
import QueryLanguage

/// Some concordance lines plus the size of the whole concordance.
public struct ConcordancePage: Sendable {
    /// The lines shown, in order.
    public let lines: [ConcordanceLine]
    /// Lines in the whole concordance (one per hit span).
    public let total: Int
    /// Findings and write-ups with a hit.
    public let findings: Int
    public let documents: Int
}

extension SearchCorpus {
    /// Lines `offset..<offset + limit` of a query's concordance in the order asked for; the default is report
    /// id, then position. In that order lines follow the match stream, so only the findings holding the lines
    /// shown are tokenized: the cost is the stream's hit counts plus those findings. Other orders need every
    /// line's sort keys, so every matching finding's lines are built and sorted.
    public func concordancePage(_ query: QueryNode, context: ConcordanceContext, order: ConcordanceOrder = .position,
                                offset: Int = 0, limit: Int = 100) throws(QueryError) -> ConcordancePage {
        let start = max(0, offset)
        let (end, overflow) = start.addingReportingOverflow(max(0, limit))
        var bytes: [UInt8] = [], bytesOf = -1
        var lines: [ConcordanceLine] = []
        guard order == .position, documentIDRanks() == nil else {
            var both = PairCollector(SpanListCollector(), CountCollector())
            try run(query, into: &both)
            for unit in both.first.units { appendLines(of: unit, context: context, bytes: &bytes, bytesOf: &bytesOf, to: &lines) }
            lines.sort(by: concordanceOrdering(order))
            let page = Array(lines[min(start, lines.count)..<min(overflow ? lines.count : end, lines.count)])
            return ConcordancePage(lines: page, total: lines.count, findings: both.second.units, documents: both.second.documents)
        }
        var both = PairCollector(LineWindow(start: start, end: overflow ? Int.max : end), CountCollector())
        try run(query, into: &both)
        let window = both.first
        for unit in try matchUnits(query, segments: window.units) {
            appendLines(of: unit, context: context, bytes: &bytes, bytesOf: &bytesOf, to: &lines)
        }
        let from = min(lines.count, start - window.skipped)
        let page = Array(lines[from..<min(lines.count, from + (overflow ? lines.count : end - start))])
        return ConcordancePage(lines: page, total: both.second.hits, findings: both.second.units, documents: both.second.documents)
    }

    /// Every line of a query's concordance, in the order asked for.
    public func concordance(_ query: QueryNode, context: ConcordanceContext,
                            order: ConcordanceOrder = .position) throws(QueryError) -> [ConcordanceLine] {
        try concordancePage(query, context: context, order: order, offset: 0, limit: Int.max).lines
    }
}
