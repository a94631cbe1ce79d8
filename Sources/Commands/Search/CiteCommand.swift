// CiteCommand: `cite ID` — a reference to quote for a finding, with the write-up's sources.
import Inspections
import Rendering

enum CiteCommand {
    static let spec = CommandSpec(
        name: "cite", aliases: ["ref"], group: .search,
        summary: "A reference for a finding: provider, report, date, section, finding and the write-up's sources.",
        help: "ID is a citation id, or the number of a finding the last find, kwic or lines listed. Prints a reference to paste into notes, then each part on its own line. The sources are those the write-up "
            + "was made from; check the quotation against them before publishing it.",
        examples: ["cite hlny-crc-2019#case-supervision-6", "cite bench-crc-2019#case-supervision-1 --format json"],
        arguments: [ArgumentSpec("id", .finding)],
        run: { inv, session in
            let (r, f) = try OpenCommand.resolve(inv.positional(0)!, session: session, command: "cite")
            return CiteView(report: r, finding: f)
        })
}
