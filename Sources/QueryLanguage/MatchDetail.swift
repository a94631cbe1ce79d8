// MatchDetail: how much the pipeline works out per matching unit — which match, hit counts, or spans.

/// How much the pipeline works out for each matching unit: just which units match (no pass over the
/// query's positions), hit counts per leaf and per unit, or the hit spans themselves.
public enum MatchDetail: Int, Sendable, Comparable {
    case units = 0, counts = 1, spans = 2
    public static func < (a: MatchDetail, b: MatchDetail) -> Bool { a.rawValue < b.rawValue }
}
