// ShowCommand: `show PROVIDER|ID` — one inspection's report card (or the settings, as `show options`).
import Inspections
import Rendering

enum ShowCommand {
    static let spec = CommandSpec(
        name: "show", aliases: ["card"], group: .corpus,
        summary: "A report card: facts, overall and standard ratings, score, sections, our notes and sources.",
        help: "Names a provider by id, alias or a unique word of its name (its latest inspection is shown and the choice "
            + "is said), or an inspection by id or PROVIDER@YEAR. The write-up's notes (its lead and any Notes section: "
            + "ours, not the inspectors') are shown apart from the findings. `show options` lists the settings.",
        examples: ["show hlny", "show \"Dorset, Devon and Cornwall\"", "show hlny@2019", "show options"],
        arguments: [ArgumentSpec("provider", .inspection)],
        run: { inv, session in
            let w = inv.positional(0)!
            if w.text.lowercased() == "options" && !w.quoted { return SetCommand.settingsTable(session) }
            let (report, note) = try ReportResolver.inspection(w, in: session.corpus)
            return ReportCard(report: report, note: note)
        })
}
