// MatchQueryInfo: what collectors learn about a query before its units stream — scope and positive leaves.

/// What collectors learn about a query before its units stream: its scope and its positive leaves (the
/// terms, phrases, expansions and NEARs that are not negated), which are BM25's terms.
public struct MatchQueryInfo: Sendable {
    public let scope: SearchScope
    public let leafCount: Int
    /// Document frequency estimate per leaf (BM25's idf): a term's, a phrase's rarest word's, an expansion's sum.
    public let leafDocumentFrequencies: [Int]
}
