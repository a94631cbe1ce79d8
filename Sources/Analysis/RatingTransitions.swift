// RatingTransitions: each provider's rating at one inspection against the next, as matrices with improved/same/declined.
import Inspections

/// One provider's pair of consecutive inspections, and the rating each gave on one line (overall or a standard).
public struct RatingTransition: Sendable {
    public var provider: Provider
    public var before: InspectionReport
    public var after: InspectionReport
    public var from: Rating?
    public var to: Rating?

    /// Better, worse or the same; `.unknown` when either rating is not known.
    public var verdict: Verdict { Verdict.of(to, from) }
}

/// Previous rating against the next one for one line of the ratings: a 4×4 matrix (best first both ways) of
/// the transitions where both are known, and the pairs where one is not.
public struct TransitionMatrix: Sendable {
    /// "overall", or the standard's key in the later inspection's framework.
    public var key: String
    public var label: String
    /// Pairs with both ratings known, in provider order then time.
    public var known: [RatingTransition]
    /// Pairs where either rating is unknown.
    public var unknown: [RatingTransition]

    /// The transitions from `from` to `to`.
    public func cell(from: Rating, to: Rating) -> [RatingTransition] {
        known.filter { $0.from == from && $0.to == to }
    }

    public var improved: Int { known.filter { $0.verdict == .better }.count }
    public var same: Int { known.filter { $0.verdict == .same }.count }
    public var declined: Int { known.filter { $0.verdict == .worse }.count }
}

/// All rating transitions in a set of reports. A transition is a provider's inspection and its next one in
/// the corpus, by the one date rule (`Chronology`); a provider inspected once has none. Ratings count as
/// given, whatever the framework: the overall rating always, and a standard when the later inspection's
/// framework rates a standard of that name or synonym too (PDU 2022's "staff" is PDU 2024's "staffing").
public enum RatingTransitions {
    /// Consecutive pairs of each provider's inspections among `reports`, providers by id, oldest pair first.
    public static func pairs(_ reports: [InspectionReport]) -> [(InspectionReport, InspectionReport)] {
        let chronology = Chronology.byProvider(reports)
        var out: [(InspectionReport, InspectionReport)] = []
        for id in chronology.keys.sorted() {
            let list = chronology[id]!
            for i in list.indices.dropFirst() { out.append((list[i - 1], list[i])) }
        }
        return out
    }

    /// The overall matrix first, then one per standard with at least one pair where both ratings are known,
    /// in the order the standards first appear in the later inspections' frameworks.
    public static func compute(_ reports: [InspectionReport]) -> [TransitionMatrix] {
        let pairs = pairs(reports)
        var overall = TransitionMatrix(key: "overall", label: "overall", known: [], unknown: [])
        var standards: [TransitionMatrix] = []
        for (before, after) in pairs {
            let t = RatingTransition(provider: after.provider, before: before, after: after, from: before.overall, to: after.overall)
            if t.verdict == .unknown { overall.unknown.append(t) } else { overall.known.append(t) }
            for s in after.framework.standards {
                guard let earlier = before.framework.standard(named: s.key) ?? s.synonyms.lazy
                    .compactMap({ before.framework.standard(named: $0) }).first else { continue }
                let t = RatingTransition(provider: after.provider, before: before, after: after,
                                         from: before.rating(of: earlier), to: after.rating(of: s))
                let i = standards.firstIndex { $0.key == s.key } ?? {
                    standards.append(TransitionMatrix(key: s.key, label: s.label, known: [], unknown: []))
                    return standards.count - 1
                }()
                if t.verdict == .unknown { standards[i].unknown.append(t) } else { standards[i].known.append(t) }
            }
        }
        return [overall] + standards.filter { !$0.known.isEmpty }
    }
}
