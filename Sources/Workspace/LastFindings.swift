// LastFindings: the findings of the last find, kwic, count or lines — what `save` and `$_` mean.
import Inspections
import QueryLanguage
import Search

public struct LastFindings: Sendable {
    /// The command line, as run.
    public var command: String
    /// The corpus as the command searched it: its scope, sets and tags then.
    public var corpus: SearchCorpus
    public var query: QueryNode
    /// The findings a sample drew; nil when every finding the query matched is meant.
    public var sampled: [Int]?
    /// The members, worked out on first use: a count need not pay for a list nobody asks for.
    public internal(set) var frozen: [FindingRef]?

    public init(command: String, corpus: SearchCorpus, query: QueryNode, sampled: [Int]? = nil) {
        self.command = command; self.corpus = corpus; self.query = query; self.sampled = sampled
    }

    /// Every finding of the result (not only those shown), ascending.
    public mutating func members() throws(QueryError) -> [FindingRef] {
        if let frozen { return frozen }
        let segments: [Int]
        if let sampled { segments = sampled } else { segments = try corpus.matchingSegments(query) }
        let refs = segments.map { s -> FindingRef in
            let (d, f) = corpus.finding(ofSegment: s)
            return FindingRef(corpus.reports[d], finding: f)
        }
        let members = Array(Set(refs)).sorted()
        frozen = members
        return members
    }
}
