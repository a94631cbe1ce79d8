// SaveCommand: `save NAME [QUERY]` — the findings of the last result (or of a query) kept as a frozen, named set.
import QueryLanguage
import Rendering
import Workspace

enum SaveCommand {
    static let spec = CommandSpec(
        name: "save", group: .workspace,
        summary: "Keep the findings of the last find, kwic, count or lines (or of a query) as a named set.",
        help: "`save NAME` keeps every finding of the last result — all that matched, not just those shown; after `find ... "
            + "sample N`, the sample. `save NAME QUERY` keeps the findings a query matches. A set is frozen: it holds "
            + "each finding's citation id and a hash of its text, so after `reload` or `load` it means the same findings; "
            + "one that changed or vanished is left out and reported (by `sets`, and once when the set is used). Use "
            + "it in any query as `set:NAME`: `count set:rh by year`, `kwic victim set:rh`, `find set:a set:b` (both), "
            + "`set:a OR set:b`, `set:a -set:b`. `$_` is the last result itself (it expands to `set:_`). Saving over a "
            + "name replaces that set. Sets last for the session; `tag` keeps codes between sessions.",
        examples: ["save rh", "save pdu-rh \"risk of harm\" type:pdu", "count set:rh by year", "find set:rh -set:pdu-rh"],
        arguments: [ArgumentSpec("name", .text, display: "NAME"), ArgumentSpec("query", .query, optional: true)],
        run: { inv, session in
            let nameWord = inv.positional(0)!
            guard let name = WorkspaceName.normalized(nameWord.text), name != "_" else {
                throw CommandError.usage("'\(nameWord.text)' cannot name a set", hint: "a set's name is " + WorkspaceName.rule,
                                         at: nameWord.range)
            }
            let members: [FindingRef]
            let madeBy: String
            if let text = inv.query {
                let search = try session.search
                let segments = try SearchSupport.shifted(inv) { () throws(QueryError) in try search.matchingSegments(try search.parse(text)) }
                members = segments.map { s in
                    let (d, f) = search.finding(ofSegment: s)
                    return FindingRef(search.reports[d], finding: f)
                }
                madeBy = inv.line
            } else {
                guard var last = session.workspace.lastFindings else {
                    throw CommandError("there is no result to save yet", hint: "run find, kwic or count first, or save \(name) QUERY",
                                       at: nameWord.range)
                }
                members = try SearchSupport.shifted(inv) { () throws(QueryError) in try last.members() }
                session.workspace.lastFindings = last
                madeBy = last.command
            }
            let replaced = session.workspace.sets[name] != nil
            session.workspace.save(SavedSet(name: name, members: members, madeBy: madeBy))
            let n = Set(members).count
            return Message("\(replaced ? "replaced" : "saved") set \(name): " + SearchSupport.plural(n, "finding")
                           + " from `\(madeBy)` · use it as set:\(name)")
        })
}
