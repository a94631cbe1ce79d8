// RatingsSupport: what the ratings commands share — filters by type and year, and how ratings look in charts.
import Analysis
import Inspections
import Rendering

enum RatingLook {
    /// Colour per rating, used only when the context allows colour.
    static func style(_ r: Rating?) -> RenderContext.Style? {
        switch r {
        case .outstanding?: .cyan
        case .good?: .green
        case .requiresImprovement?: .yellow
        case .inadequate?: .red
        case nil: .dim
        }
    }

    /// Markers for better, worse, same and not comparable, in the context's charset.
    static func marker(_ v: Verdict, ascii: Bool) -> String {
        switch v {
        case .better: ascii ? "^" : "▲"
        case .worse: ascii ? "v" : "▼"
        case .same: "="
        case .unknown: ascii ? "." : "·"
        }
    }

    static func movement(_ m: Movement?, ascii: Bool) -> String {
        switch m {
        case .up?: ascii ? "^" : "▲"
        case .down?: ascii ? "v" : "▼"
        case .same?: "="
        case nil: ""
        }
    }
}

/// The `type` and `year` a ratings command was given, as options (`type crc`, `year 2019`) or bare words.
struct RatingsFilter {
    var type: ProviderType?
    var year: Int?

    /// Reads options and any bare words (`crc`, `2019`); an unknown bare word is a usage error.
    init(_ inv: Invocation, words: [Word]) throws {
        if let t = inv.options["type"] { type = try RatingsFilter.type(t) }
        if let y = try inv.intOption("year", range: 1990...2100) { year = y }
        for w in words {
            if let y = Int(w.text), (1990...2100).contains(y), year == nil { year = y; continue }
            if type == nil, let t = try? RatingsFilter.type(w) { type = t; continue }
            throw CommandError.usage("unexpected '\(w.text)'", hint: "give a type (crc, nps, pdu, region) or a year, e.g. "
                                     + inv.spec.name + " ... type crc 2019", at: w.range)
        }
    }

    static func type(_ w: Word) throws -> ProviderType {
        guard let t = ProviderType.read(w.text) else {
            throw CommandError.usage("'\(w.text)' is not a provider type",
                                     hint: (CommandError.didYouMean(w.text, among: ["crc", "nps", "pdu", "region"]).map { $0 + " " } ?? "")
                                        + "(one of: crc, nps, pdu, region)", at: w.range)
        }
        return t
    }

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
