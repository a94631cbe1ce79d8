// MatchingDocuments: the write-ups a query allows — by its field filters alone, or by a matching finding.
import Inspections
import QueryLanguage

extension SearchCorpus {
    /// Document ids, ascending. A query of field filters only (`reviewing:inadequate type:pdu`) keeps every
    /// report its filters allow, with or without findings; a query with words keeps the reports with a
    /// finding (or, with `scope:`, a note) that matches.
    public func documents(matching query: QueryNode) throws(QueryError) -> [Int] {
        var documents = DocumentSetCollector()
        try run(query, scope: Self.isFiltersOnly(query) ? .document : .segment, into: &documents)
        return documents.documents
    }

    /// True when the query is made of field filters (and their negations) and nothing else.
    static func isFiltersOnly(_ node: QueryNode) -> Bool {
        switch node {
        case .field: return true
        case .not(let x): return isFiltersOnly(x)
        case .and(let xs), .or(let xs): return !xs.isEmpty && xs.allSatisfy(isFiltersOnly)
        default: return false
        }
    }
}
