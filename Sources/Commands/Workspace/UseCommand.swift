// UseCommand: `use FILTERS` — a working scope every later command obeys, shown in the prompt; `use all` clears it.
import QueryLanguage
import Rendering
import Search
import Workspace

enum UseCommand {
    static let spec = CommandSpec(
        name: "use", group: .workspace,
        summary: "Set a working scope (e.g. type:pdu year:2022..) that every later command obeys; `use all` clears it.",
        help: "FILTERS are field filters, combined as in a query: `type:pdu year:2022..`, `region:\"North East\" OR "
            + "region:London`, `-provider:hlny`, `set:rh`, `tag:assessment`, `section:case`. Until `use all`, every "
            + "command sees only what they allow: find, kwic, count and lines search only the findings in scope, and "
            + "rates are per 10,000 words of those findings; chart, track and compare's query likewise; freq, ngrams, "
            + "collocates and keywords count words only there; list, league, chart ratings, chart overall, export and "
            + "foreach start from the write-ups in scope (a set, tag or section in the scope keeps the write-ups with "
            + "a finding in it). A command's own filters are ANDed with the scope: `use type:pdu` then `count harm "
            + "year:2023` counts PDU findings of 2023. When a command filters a field the scope also restricts "
            + "(`type:crc` under `use type:pdu`), both apply, so it matches nothing: probe says so on standard error "
            + "rather than pick one. `open`, `cite` and `show` take any id you name. The prompt shows the scope "
            + "(`probe[type:pdu year:2022..]>`); `use` alone says what it allows; a new `use` replaces the old scope. "
            + "Words are not filters: to scope to the findings of a search, `save` them and `use set:NAME`.",
        examples: ["use type:pdu year:2022..", "use region:\"North East\"", "use set:rh", "use", "use all"],
        arguments: [ArgumentSpec("filters", .query, optional: true, display: "FILTERS|all")],
        run: { inv, session in
            let workspace = session.workspace
            guard let text = inv.query else { return try describe(session) }
            if text.lowercased() == "all" {
                let had = workspace.scope?.text
                workspace.use(nil)
                return Message(had.map { "scope \($0) cleared: every command sees the whole corpus" } ?? "no scope was set")
            }
            let node = try SearchSupport.shifted(inv) { () throws(QueryError) in try QueryParser.parse(text) }
            guard Scope.isFiltersOnly(node) else {
                throw CommandError.usage("use takes field filters, not words",
                                         hint: "e.g. use type:pdu year:2022..; for the findings of a search: find ..., save NAME, use set:NAME",
                                         at: inv.queryOffset..<inv.line.utf8.count)
            }
            if Scope.fields(in: node).contains(where: { f in
                if case .text(let t) = f.value { return f.name == "set" && t == "_" }
                return false
            }) {
                throw CommandError.usage("the scope cannot be the last result, which the next search replaces",
                                         hint: "save it first: save NAME, then use set:NAME", at: inv.queryOffset..<inv.line.utf8.count)
            }
            let previous = workspace.scope
            workspace.use(Scope(text: text, node: node))
            do throws(QueryError) {
                _ = try workspace.search()
            } catch {
                workspace.use(previous)
                throw CommandError(error, queryOffset: inv.queryOffset)
            }
            return try describe(session)
        })

    /// "scope type:pdu: 77 of 119 write-ups, 700 of 1,081 findings".
    static func describe(_ session: Session) throws -> Message {
        let workspace = session.workspace
        guard let scope = workspace.scope else {
            return Message("no scope: every command sees the whole corpus (" + SearchSupport.plural(session.corpus.reports.count, "write-up")
                           + ") · use FILTERS sets one")
        }
        let search = try session.search
        let findings = search.segments().count, all = session.corpus.search.segments().count
        return Message("scope \(scope.text): \(formatGrouped(search.allowedDocuments.count)) of "
                       + SearchSupport.plural(session.corpus.reports.count, "write-up") + ", \(formatGrouped(findings)) of "
                       + SearchSupport.plural(all, "finding") + " · every command obeys it; use all clears it")
    }
}
