// WorkspaceNotes: what a command is told on standard error before it runs — stale sets, and a scope it meets.
import QueryLanguage
import Workspace

enum WorkspaceNotes {
    /// Says once when a set the command uses has findings that changed or vanished since it was saved, and
    /// says every time the scope restricts a field the command filters too (both apply: they are ANDed).
    static func before(_ inv: Invocation, session: Session) throws {
        let query = inv.query.flatMap { try? QueryParser.parse($0) }
        let fields = query.map(Scope.fields(in:)) ?? []
        var sets = fields.filter { $0.name == "set" }.compactMap { f -> String? in
            if case .text(let t) = f.value { return t.lowercased() }
            return nil
        }
        if let scope = session.workspace.scope {
            sets += Scope.fields(in: scope.node).filter { $0.name == "set" }.compactMap { f -> String? in
                if case .text(let t) = f.value { return t.lowercased() }
                return nil
            }
        }
        for name in sets {
            if let note = session.workspace.staleNote(forSet: name) { session.sink.writeError("note: " + note + "\n") }
        }
        guard let scope = session.workspace.scope, inv.spec.group != .shell, inv.spec.group != .workspace else { return }
        var own = Set(fields.map(\.name))
        for option in ["type", "year"] where inv.options[option] != nil { own.insert(option) }
        let shared = own.intersection(scope.fieldNames).subtracting(["scope"]).sorted()
        guard !shared.isEmpty else { return }
        session.sink.writeError("note: the scope (\(scope.text)) applies too: this command's "
                                + shared.map { $0 + ":" }.joined(separator: ", ")
                                + " is ANDed with it, so a value outside the scope matches nothing (use all clears the scope)\n")
    }
}
