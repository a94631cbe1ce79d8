// MatchedUnit: one matching unit as streamed to a collector — ids, hit counts, and spans when asked for.

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
