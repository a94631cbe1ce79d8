// Chronology: each provider's inspections in time order, and each one's predecessor, by the one date rule.
import Inspections

public enum Chronology {
    /// Every provider's inspections, oldest first, keyed by provider id.
    public static func byProvider(_ reports: [InspectionReport]) -> [String: [InspectionReport]] {
        var out: [String: [InspectionReport]] = [:]
        for r in reports { out[r.provider.id, default: []].append(r) }
        for k in out.keys { out[k]!.sort(by: ReportDate.precedes) }
        return out
    }

    /// The inspection of the same provider just before this one, if the corpus holds one.
    public static func previous(of report: InspectionReport, in reports: [InspectionReport]) -> InspectionReport? {
        reports.filter { $0.provider.id == report.provider.id && $0.id != report.id && ReportDate.precedes($0, report) }
            .max(by: ReportDate.precedes)
    }

    /// 1-based position of a report among its provider's inspections (its "round").
    public static func round(of report: InspectionReport, in reports: [InspectionReport]) -> Int {
        reports.filter { $0.provider.id == report.provider.id && ReportDate.precedes($0, report) }.count + 1
    }
}
