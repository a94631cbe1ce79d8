// Chronology: inspections in time order, and each one's predecessor, the same way everywhere.
import Inspections

public enum Chronology {
    /// When a report was published; the year in its id ("hlny-crc-2019") stands in when no date is given.
    public static func date(of report: InspectionReport) -> PartialDate? {
        report.published ?? yearInID(report.id).map { PartialDate(year: $0) }
    }

    /// The year a report counts under for `year` filters and timelines.
    public static func year(of report: InspectionReport) -> Int? { date(of: report)?.year }

    static func yearInID(_ id: String) -> Int? {
        guard let last = id.split(separator: "-").last, last.count == 4, let y = Int(last) else { return nil }
        return y
    }

    /// Oldest first; undated reports first; the id breaks ties so order never depends on input order.
    public static func precedes(_ a: InspectionReport, _ b: InspectionReport) -> Bool {
        let da = date(of: a) ?? PartialDate(year: 0), db = date(of: b) ?? PartialDate(year: 0)
        return (da, a.id) < (db, b.id)
    }

    /// Every provider's inspections, oldest first, keyed by provider id.
    public static func byProvider(_ reports: [InspectionReport]) -> [String: [InspectionReport]] {
        var out: [String: [InspectionReport]] = [:]
        for r in reports { out[r.provider.id, default: []].append(r) }
        for k in out.keys { out[k]!.sort(by: precedes) }
        return out
    }

    /// The inspection of the same provider just before this one, if the corpus holds one.
    public static func previous(of report: InspectionReport, in reports: [InspectionReport]) -> InspectionReport? {
        reports.filter { $0.provider.id == report.provider.id && $0.id != report.id && precedes($0, report) }
            .max(by: precedes)
    }

    /// 1-based position of a report among its provider's inspections (its "round").
    public static func round(of report: InspectionReport, in reports: [InspectionReport]) -> Int {
        reports.filter { $0.provider.id == report.provider.id && precedes($0, report) }.count + 1
    }

    /// "HLNY CRC 2019": provider and year, the label charts use for one inspection.
    public static func label(of report: InspectionReport) -> String {
        report.provider.shortName + (year(of: report).map { " \($0)" } ?? "")
    }
}
