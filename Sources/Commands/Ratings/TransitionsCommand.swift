// TransitionsCommand: `transitions [type T]` — each provider's overall rating against its next inspection's, and per standard.
import Analysis
import Inspections
import Rendering

enum TransitionsCommand {
    static let spec = CommandSpec(
        name: "transitions", aliases: ["moves"], group: .ratings,
        summary: "How overall and standard ratings moved from one inspection to the next.",
        help: "Pairs each inspection with the same provider's next one in the corpus (by the one date rule) and counts "
            + "previous overall rating (rows) against next (columns), best first, with totals, how many improved, stayed "
            + "the same or declined, and which providers are in each cell. A pair where either rating is unknown is counted "
            + "apart, never as a move. Then each standard rated at both inspections (matched by name, so PDU 2022's staff "
            + "is PDU 2024's staffing). A provider inspected once has no transition. `--format csv` lists every pair.",
        examples: ["transitions", "transitions type pdu", "transitions crc --format csv"],
        options: [CommonOptions.type],
        run: { inv, session in
            let filter = try ReportFilter(inv)
            let reports = filter.apply(session.corpus.reports)
            return TransitionsView(matrices: RatingTransitions.compute(reports), scope: filter.counted(reports.count))
        })
}
