// ConcordancePage: the first lines of `kwic` in position order, computing spans and tokens only for the findings shown.
import Inspections
import PhraseIndex
import QueryLanguage

/// Some concordance lines plus the size of the whole concordance.
public struct ConcordancePage: Sendable {
    /// Lines `offset..<offset + limit` of `concordance(query, context:, order:)`.
    public let lines: [ConcordanceLine]
    /// Lines in the whole concordance (one per hit span).
    public let total: Int
    /// Findings and write-ups with a hit.
    public let findings: Int
    public let documents: Int
}

extension SearchCorpus {
    /// A page of the concordance. In `.position` order (report id, then position) lines follow unit order, so
    /// only the findings holding lines `offset..<offset + limit` are tokenized: the cost is evaluating the
    /// query plus those findings, not every hit. Other orders need every line's sort keys and fall back to
    /// `concordance` (same result, full cost).
    public func concordancePage(_ query: QueryNode, context: ConcordanceContext, order: ConcordanceOrder = .position,
                                offset: Int = 0, limit: Int = 100) throws(QueryError) -> ConcordancePage {
        let matches = try evaluateUnits(query, scope: .segment)
        let start = max(0, offset), end = start + max(0, limit)
        guard order == .position, documentIDRanks() == nil else {
            let all = try concordance(query, context: context, order: order)
            return ConcordancePage(lines: Array(all[min(start, all.count)..<min(end, all.count)]), total: all.count,
                                   findings: matches.count, documents: matches.documentCount)
        }
        // Units whose lines overlap [start, end), by their span counts (one line per span).
        var positions: [Int] = []
        var skipped = 0, seen = 0
        for i in 0..<matches.count {
            let n = matches.spanCount(ofUnitAt: i)
            if seen + n <= start { seen += n; skipped += n; continue }
            if seen >= end { break }
            positions.append(i)
            seen += n
        }
        var lines: [ConcordanceLine] = []
        var bytes: [UInt8] = [], bytesOf = -1
        for unit in matches.matchUnits(at: positions) {
            appendLines(of: unit, context: context, bytes: &bytes, bytesOf: &bytesOf, to: &lines)
        }
        let from = min(lines.count, start - skipped)
        return ConcordancePage(lines: Array(lines[from..<min(lines.count, from + (end - start))]),
                               total: matches.hitCount, findings: matches.count, documents: matches.documentCount)
    }
}
