// QueryRunner: runs a query for the ratings and chart commands, turning query errors into errors with a caret.
import Analysis
import Inspections
import QueryLanguage

enum QueryRunner {
    /// Hits of `query` in each report; `offset` is where the query starts in the command line.
    static func hits(_ query: String, offset: Int, reports: [InspectionReport]) throws -> [ReportHits] {
        let (text, shift) = unquoteSingleWord(query)
        let offset = offset + shift
        do {
            return try QueryHits(reports: reports).run(text)
        } catch {
            let lo = offset + error.range.lowerBound, hi = offset + max(error.range.upperBound, error.range.lowerBound + 1)
            throw CommandError.usage(error.message, hint: error.hint, at: lo..<hi)
        }
    }

    /// `"caseload*"` typed as one quoted word: the quotes only kept the word together on the command line, so the
    /// query language sees `caseload*` (a prefix) rather than a one-word phrase. Returns the text and its shift.
    static func unquoteSingleWord(_ query: String) -> (String, Int) {
        guard query.count >= 3, query.first == "\"", query.last == "\"" else { return (query, 0) }
        let inner = query.dropFirst().dropLast()
        guard !inner.contains(where: { $0 == " " || $0 == "\"" || $0 == "\t" }) else { return (query, 0) }
        return (String(inner), 1)
    }
}
