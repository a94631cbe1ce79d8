// QueryRunner: runs a query for the ratings and chart commands on the session's search corpus, errors with a caret.
import QueryLanguage
import Search

enum QueryRunner {
    /// Hits of `query` in each report among `documents` (every report when nil) that its field filters allow, by
    /// document id; `offset` is where the query starts in the command line.
    static func hits(_ query: String, offset: Int, in documents: [Int]?, corpus: SearchCorpus) throws -> [ReportHits] {
        do throws(QueryError) {
            return try corpus.reportHits(try corpus.parse(query), in: documents)
        } catch {
            throw SearchSupport.commandError(error, offset: offset)
        }
    }
}
