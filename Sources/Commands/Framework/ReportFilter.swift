// ReportFilter: the `type` and `year` a corpus or ratings command was given, applied by the one year rule.
import Inspections

struct ReportFilter {
    var type: ProviderType?
    var year: Int?

    /// Reads the `type` and `year` options (a bare `crc` or `2019` has already been read as one of them).
    init(_ inv: Invocation) throws {
        if let t = inv.options["type"] {
            guard let type = ProviderType.read(t.text) else {
                throw CommandError.usage("'\(t.text)' is not a provider type",
                                         hint: (CommandError.didYouMean(t.text, among: CommonOptions.types).map { $0 + " " } ?? "")
                                            + "(one of: " + CommonOptions.types.joined(separator: ", ") + ")", at: t.range)
            }
            self.type = type
        }
        year = try inv.intOption("year", range: 1990...2100)
    }

    init(type: ProviderType? = nil, year: Int? = nil) { self.type = type; self.year = year }

    func apply(_ reports: [InspectionReport]) -> [InspectionReport] { reports.filter(allows) }

    func allows(_ r: InspectionReport) -> Bool { (type == nil || r.type == type) && (year == nil || r.year == year) }

    /// The document ids of the reports it allows, for searching only those; nil (every report) without a filter.
    func documents(_ reports: [InspectionReport]) -> [Int]? {
        type == nil && year == nil ? nil : reports.indices.filter { allows(reports[$0]) }
    }

    /// "CRC inspections published in 2019", "all inspections" for headings.
    var description: String {
        var s = (type?.rawValue ?? "all") + " inspections"
        if let year { s += " published in \(year)" }
        return s
    }

    /// "119 inspections", "21 CRC inspections published in 2019".
    func counted(_ n: Int) -> String {
        var s = "\(n) " + (type.map { $0.rawValue + " " } ?? "") + (n == 1 ? "inspection" : "inspections")
        if let year { s += " published in \(year)" }
        return s
    }
}
