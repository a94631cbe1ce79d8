// ProviderHistory: one provider's inspections in time order — date, owner (and when it changed), overall and known standards.
import Inspections

/// One inspection in a provider's history.
public struct HistoryEntry: Sendable {
    public var report: InspectionReport
    public var date: ReportDate?
    /// The owner as the write-up's front matter names it, and the owner group it counts under.
    public var owner: String?
    public var ownerGroup: String?
    /// True when the owner group differs from the previous inspection's (both known).
    public var ownerChanged: Bool
    public var overall: Rating?
    /// The overall rating against the previous inspection's, when both are known.
    public var verdict: Verdict
    /// Known standard ratings, in the framework's order.
    public var ratings: [StandardRating]
}

/// A provider's inspections, oldest first by the one date rule (`Chronology`).
public struct ProviderHistory: Sendable {
    public var provider: Provider
    public var entries: [HistoryEntry]

    /// The history of `provider` among `reports` (empty when none is in the corpus).
    public init(provider: Provider, reports: [InspectionReport]) {
        self.provider = provider
        let own = (Chronology.byProvider(reports)[provider.id] ?? [])
        var out: [HistoryEntry] = []
        for (i, r) in own.enumerated() {
            let previous = i > 0 ? own[i - 1] : nil
            let group = r.ownerGroup ?? r.owner
            let previousGroup = previous.flatMap { $0.ownerGroup ?? $0.owner }
            out.append(HistoryEntry(report: r, date: r.reportDate, owner: r.owner, ownerGroup: group,
                                    ownerChanged: group != nil && previousGroup != nil && group != previousGroup,
                                    overall: r.overall, verdict: previous.map { Verdict.of(r.overall, $0.overall) } ?? .unknown,
                                    ratings: r.ratings))
        }
        entries = out
    }

    /// Every standard any of the inspections rates, in the order the frameworks list them (oldest framework
    /// first), each once by key.
    public var standards: [Standard] {
        let rated = Set(entries.flatMap { $0.ratings.map(\.standard.key) })
        var seen = Set<String>(), out: [Standard] = []
        for e in entries {
            for s in e.report.framework.standards where rated.contains(s.key) && !seen.contains(s.key) {
                seen.insert(s.key); out.append(s)
            }
        }
        return out
    }
}
