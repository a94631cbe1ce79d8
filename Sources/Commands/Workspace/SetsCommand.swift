// SetsCommand: `sets` — the saved sets, their size, what is left of them in the corpus, and what made them.
import Rendering
import Workspace

enum SetsCommand {
    static let spec = CommandSpec(
        name: "sets", group: .workspace,
        summary: "The saved sets: findings saved, found now, changed or vanished since, and the command that made each.",
        help: "found: the set's findings loaded now with the text they had when saved; changed: loaded with other text "
            + "(left out of set:NAME); vanished: no longer loaded (left out too). The last result, `$_` (`set:_`), is "
            + "listed under the table.",
        examples: ["sets", "sets --format csv"],
        run: { _, session in
            let workspace = session.workspace
            let locator = workspace.locator
            let rows: [[Cell]] = workspace.sets.keys.sorted().map { name in
                let set = workspace.sets[name]!
                let r = locator.resolve(set.members)
                return [.text(name), .int(set.members.count), .int(r.segments.count), .int(r.changed.count), .int(r.vanished.count),
                        .text(set.madeBy)]
            }
            var footer: [String] = []
            if rows.isEmpty { footer.append("no sets yet: save NAME keeps the last result as one") }
            if let last = workspace.lastFindings { footer.append("$_ (set:_) is the result of `\(last.command)`") }
            return DataTable(columns: [Column("set"), Column("findings", .right), Column("found", .right), Column("changed", .right),
                                       Column("vanished", .right), Column("made_by", kind: .prose(.wrap))],
                             rows: rows, footer: footer)
        })
}
