// MatchCollector: the match stream's consumer — what it asks the pipeline to work out, and what each matching unit carries.

/// How much the pipeline works out for each matching unit: just which units match (no pass over the
/// query's positions), hit counts per leaf and per unit, or the hit spans themselves.
public enum MatchDetail: Int, Sendable, Comparable {
    case units = 0, counts = 1, spans = 2
    public static func < (a: MatchDetail, b: MatchDetail) -> Bool { a.rawValue < b.rawValue }
}

/// What collectors learn about a query before its units stream: its scope and its positive leaves (the
/// terms, phrases, expansions and NEARs that are not negated), which are BM25's terms.
public struct MatchQueryInfo: Sendable {
    public let scope: SearchScope
    public let leafCount: Int
    /// Document frequency estimate per leaf (BM25's idf): a term's, a phrase's rarest word's, an expansion's sum.
    public let leafDocumentFrequencies: [Int]
}

/// One matching unit, as the pipeline streams it to a collector: units ascend, so documents do too.
public struct MatchedUnit {
    /// Position in the stream: 0 for the first matching unit, and so on.
    public let ordinal: Int
    /// The segment (segment scope) or the document (document scope).
    public let unit: Int
    public let document: Int
    /// Distinct hit spans (a phrase counts once, overlapping leaves once); 0 at `.units` detail.
    public let spanCount: Int
    /// Hits of each positive leaf (BM25's tf); empty at `.units` detail.
    public let leafHits: ArraySlice<UInt32>
    /// The distinct hit spans as token positions in the document, ascending; empty below `.spans` detail.
    public let spans: [Range<Int>]
}

/// Consumes the match stream (tantivy's collectors): counts, top-k, groups, document sets, span lists.
public protocol MatchCollector {
    /// The least the collector needs; the pipeline works out the most any collector of a run asks for.
    var detail: MatchDetail { get }
    mutating func begin(_ query: MatchQueryInfo)
    mutating func collect(_ unit: MatchedUnit)
}

extension MatchCollector {
    public mutating func begin(_ query: MatchQueryInfo) {}
}
