// ReportDate: when a report counts as published — its date, else the year in its id, marked as such.

/// The one rule for a report's date and year. A report's year is its publication year; when the write-up
/// gives no `published:` date, the year in its id ("hlny-crc-2019") stands in and is marked (`fromID`,
/// shown as "2019?"). `year:`, `list year`, `by year`, timelines, leagues, the choice of a provider's latest
/// inspection, `PROVIDER@YEAR` and every sort by date read it here, so no two commands can disagree.
public struct ReportDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The publication date, or the id's year alone.
    public let date: PartialDate
    /// True when the year comes from the id because the write-up has no publication date.
    public let fromID: Bool

    public init(date: PartialDate, fromID: Bool = false) {
        self.date = date
        self.fromID = fromID
    }

    /// The report's date; nil when it has neither a publication date nor a year in its id.
    public static func of(_ report: InspectionReport) -> ReportDate? {
        if let published = report.published { return ReportDate(date: published) }
        return yearInID(report.id).map { ReportDate(date: PartialDate(year: $0), fromID: true) }
    }

    /// The last run of four digits in an id that reads as a year from 1990 to 2100 ("hlny-crc-2019" -> 2019).
    public static func yearInID(_ id: String) -> Int? {
        var best: Int?
        for part in id.split(whereSeparator: { !$0.isNumber }) where part.count == 4 {
            if let y = Int(part), (1990...2100).contains(y) { best = y }
        }
        return best
    }

    public var year: Int { date.year }

    /// "2019", or "2019?" when the year comes from the id.
    public var yearLabel: String { fromID ? String(year) + "?" : String(year) }

    /// "2019-02-21", or "2019?" when the year comes from the id.
    public var description: String { fromID ? yearLabel : date.description }

    /// Chronological; a date known only to its year sorts before the dates within that year.
    public static func < (a: ReportDate, b: ReportDate) -> Bool {
        (a.date, a.fromID ? 0 : 1) < (b.date, b.fromID ? 0 : 1)
    }

    /// Oldest first; a report with no date at all sorts before every dated one; ties are broken by id, so
    /// order never depends on load order.
    public static func precedes(_ a: InspectionReport, _ b: InspectionReport) -> Bool {
        let da = of(a), db = of(b)
        if da != db {
            guard let da else { return true }
            guard let db else { return false }
            return da < db
        }
        return a.id < b.id
    }

    /// The note under a table that mixes the two kinds of date: nil when no report in it is dated by its id.
    public static func footnote(datedByID count: Int) -> String? {
        guard count > 0 else { return nil }
        return "\(count) write-up\(count == 1 ? " has" : "s have") no publication date and "
            + (count == 1 ? "is" : "are") + " dated by the year in the id (shown as 2019?)"
    }
}

extension InspectionReport {
    /// When the report counts as published (see `ReportDate`).
    public var reportDate: ReportDate? { ReportDate.of(self) }

    /// The year the report counts under in every filter, group and timeline.
    public var year: Int? { reportDate?.year }
}
