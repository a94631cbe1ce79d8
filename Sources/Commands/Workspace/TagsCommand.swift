// TagsCommand: `tags` — each tag with its findings, and tag lines whose finding changed or vanished since.
import Rendering
import Workspace

enum TagsCommand {
    static let spec = CommandSpec(
        name: "tags", group: .workspace,
        summary: "Each tag with how many findings have it (in the corpus, and in scope), and tags that no longer apply.",
        help: "findings: findings loaded now with the text they had when tagged; in scope: of those, the ones the working "
            + "scope allows. Under the table: the tags file, and its lines whose finding changed or vanished since it was "
            + "tagged (kept in the file, not applied: tag the finding again to renew a changed one), and any line that "
            + "could not be read (kept as it is).",
        examples: ["tags", "tags --format csv"],
        run: { _, session in
            let workspace = session.workspace
            let (byTag, stale) = workspace.tags.resolve(with: workspace.locator)
            let scoped = workspace.scope == nil ? nil : try session.search
            var last: [String: String] = [:]
            for e in workspace.tags.entries where e.taggedAt > (last[e.tag] ?? "") { last[e.tag] = e.taggedAt }
            let rows: [[Cell]] = byTag.keys.sorted().map { tag in
                let segments = byTag[tag]!
                let inScope = scoped.map { s in segments.filter { s.context.restriction?.allows(segment: $0) ?? true }.count }
                return [.text(tag), .int(segments.count), inScope.map { .int($0) } ?? .null, last[tag].map { .text($0) } ?? .null]
            }
            var footer = [workspace.tagPath.map { "tags file: \($0) (\(workspace.tags.entries.count) line\(workspace.tags.entries.count == 1 ? "" : "s"))" }
                          ?? "no corpus loaded: no tags file"]
            if rows.isEmpty { footer.append("no tags yet: tag 1 3 NAME tags findings of the last find") }
            if !stale.isEmpty {
                footer.append("\(stale.count) tag line\(stale.count == 1 ? " is" : "s are") not applied: the finding changed or vanished since it was tagged")
                for s in stale { footer.append("  \(s.entry.citation) \(s.entry.tag): \(s.vanished ? "vanished" : "changed")") }
            }
            for p in workspace.tags.contents.problems { footer.append("line \(p.line): \(p.message)") }
            return DataTable(columns: [Column("tag"), Column("findings", .right), Column("in_scope", .right), Column("last_tagged")],
                             rows: rows, footer: footer, nullText: "")
        })
}
