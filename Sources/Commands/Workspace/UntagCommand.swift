// UntagCommand: `untag ITEMS... TAG` — take a tag off findings.
import Rendering
import Workspace

enum UntagCommand {
    static let spec = CommandSpec(
        name: "untag", aliases: ["uncode"], group: .workspace,
        summary: "Take a tag off findings.",
        help: "ITEMS are read as for `tag`: result numbers, citation ids or a query. `untag tag:draft draft` takes the tag "
            + "draft off every finding in scope that has it. The tags file is changed at once, as for `tag`.",
        examples: ["untag 4 assessment", "untag tag:draft draft"],
        arguments: [ArgumentSpec("items", .query, display: "ITEMS... TAG")],
        run: { inv, session in
            let (refs, tag) = try TagCommand.read(inv, session)
            let removed = try TagCommand.change(session) { $0.removing(tag, from: Set(refs.map(\.citation))) }
            return Message("untagged " + SearchSupport.plural(removed, "finding") + " \(tag)"
                           + (removed < refs.count ? " (\(refs.count - removed) did not have it)" : ""))
        })
}
