// CorpusSides: the words of a statistics command read as sides (a provider, a filter, rest) or as a query.
import Analysis
import Inspections
import QueryLanguage
import Search

enum CorpusSides {
    /// Resolves the words of one side; `other` is needed for `rest`. Errors point at the words.
    static func side(_ ws: [Word], line: String, corpus: SearchCorpus, other: CorpusSide?) throws -> CorpusSide {
        let range = ws.first!.range.lowerBound..<ws.last!.range.upperBound
        let quoted = ws.count == 1 && ws[0].quoted
        // A single quoted word is read without its quotes (a provider name, or a phrase when no provider).
        let text = quoted ? ws[0].text : LineSplitter.slice(line, range)
        if !quoted && CorpusSide.isRest(text) {
            guard let other else {
                throw CommandError.usage("'\(text)' needs another side to be the rest of",
                                         hint: "rest is the other side of a comparison, as in keywords hlny vs rest", at: range)
            }
            return CorpusSide.rest(excluding: other, in: corpus, label: text)
        }
        do {
            var side = try CorpusSide.resolve(text, quoted: quoted, in: corpus)
            side.label = LineSplitter.slice(line, range)  // as typed, quotes and all
            return side
        } catch {
            // Ranges point into `text`; a quoted word's text starts one byte (the quote) into its range.
            throw CommandError(error, queryOffset: range.lowerBound + (quoted ? 1 : 0), end: range.upperBound)
        }
    }

    /// Evaluates a query over findings, its errors turned into errors with a caret under the fault.
    static func evaluate(_ query: String, offset: Int, _ corpus: SearchCorpus) throws -> MatchSet {
        do {
            return try corpus.evaluate(try corpus.parse(query), scope: .segment)
        } catch {
            throw CommandError(error, queryOffset: offset)
        }
    }

    /// The findings a query's top-level field filters allow (every finding without filters): the corpus against
    /// which collocates are measured, so `collocates risk type:crc` compares CRC findings with CRC findings.
    static func scope(of query: String, offset: Int, _ corpus: SearchCorpus) throws -> [Int] {
        func isFilter(_ n: QueryNode) -> Bool {
            switch n {
            case .field: return true
            case .not(let inner): if case .field = inner { return true } else { return false }
            default: return false
            }
        }
        let node = (try? corpus.parse(query)) ?? .empty
        let filters: [QueryNode]
        switch node {
        case .and(let parts): filters = parts.filter(isFilter)
        case let n where isFilter(n): filters = [n]
        default: filters = []
        }
        guard !filters.isEmpty else { return corpus.segments() }
        do {
            return try corpus.evaluate(filters.count == 1 ? filters[0] : .and(filters), scope: .segment).units.compactMap(\.segment)
        } catch {
            throw CommandError(error, queryOffset: offset)
        }
    }
}
