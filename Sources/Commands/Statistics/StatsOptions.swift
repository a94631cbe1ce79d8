// StatsOptions: what the word statistics commands share — their options and flag, and the limit they show.

enum StatsOptions {
    static let limit = CommonOptions.limit("rows shown (default: set limit); data formats get all unless given")
    static let min = OptionSpec("min", .integer, "leave out anything seen fewer times than this")
    static let nostop = FlagSpec("nostop", "leave out function words, single letters and numbers")

    /// The rows to show: `limit N` on the command, else the `limit` setting.
    static func limit(_ inv: Invocation, _ session: Session) throws -> Int {
        try inv.intOption("limit", default: session.settings.limit)
    }
}
