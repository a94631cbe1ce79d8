// DropCommand: `drop NAME...` — forget saved sets.
import Rendering
import Workspace

enum DropCommand {
    static let spec = CommandSpec(
        name: "drop", group: .workspace,
        summary: "Forget saved sets.",
        help: "A set the working scope uses cannot be dropped until the scope changes (`use all`).",
        examples: ["drop rh", "drop a b"],
        arguments: [ArgumentSpec("name", .query, display: "NAME...")],
        run: { inv, session in
            let workspace = session.workspace
            var dropped: [String] = []
            for w in inv.queryWords {
                let name = w.text.lowercased()
                guard workspace.sets[name] != nil else {
                    throw CommandError("no set '\(w.text)'", hint: CommandError.didYouMean(name, among: workspace.sets.keys.sorted())
                                        ?? "sets lists the saved sets", at: w.range)
                }
                if let scope = workspace.scope, Scope.fields(in: scope.node).contains(where: {
                    if case .text(let t) = $0.value { return $0.name == "set" && t.lowercased() == name }
                    return false
                }) {
                    throw CommandError("the scope (\(scope.text)) uses set \(name)", hint: "use all (or another scope) first", at: w.range)
                }
                workspace.drop(name)
                dropped.append(name)
            }
            return Message("dropped " + dropped.joined(separator: ", "))
        })
}
