// CommonOptions: the option groups several commands share (type, year, limit, sort, by), declared once.
import Inspections

enum CommonOptions {
    static let types = ProviderType.allCases.map { $0.rawValue.lowercased() }

    /// `type crc` or just `crc`.
    static let type = OptionSpec("type", .choice(types), "only this kind of provider", bare: true)

    /// `year 2019` or just `2019`: the publication year, or the year in the id of a write-up without a date.
    static let year = OptionSpec("year", .year, "only inspections of this year: the publication year, else the id's", bare: true)

    /// The filters of ratings and corpus commands.
    static let reportFilter = [type, year]

    static func limit(_ help: String = "show (and export) at most N rows") -> OptionSpec { OptionSpec("limit", .integer, help) }

    static func sort(_ choices: [String], _ help: String) -> OptionSpec { OptionSpec("sort", .choice(choices), help) }

    /// `by GROUP` over some of the groupings.
    static func by(_ groupings: [Grouping], _ help: String, required: Bool = false) -> OptionSpec {
        OptionSpec("by", .choice(groupings.map(\.name)), help, required: required)
    }
}
