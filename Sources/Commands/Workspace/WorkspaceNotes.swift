// WorkspaceNotes: what a command is told on standard error before it runs — stale sets and tags, and a scope it meets.
import QueryLanguage
import Workspace

enum WorkspaceNotes {
    /// The lower-cased values of the `field:` filters among `fields`, in order, once each.
    static func names(_ field: String, _ fields: [FieldFilter]) -> [String] {
        var out: [String] = []
        for f in fields where f.name == field {
            if case .text(let t) = f.value, !out.contains(t.lowercased()) { out.append(t.lowercased()) }
        }
        return out
    }

    /// Says once when a set or tag the command uses (in its query or the scope) has findings that changed or
    /// vanished since it was saved or given, and says every time the scope restricts a field the command
    /// filters too (both apply: they are ANDed).
    static func before(_ inv: Invocation, session: Session) throws {
        let query = inv.query.flatMap { try? QueryParser.parse($0) }
        let fields = query.map(Scope.fields(in:)) ?? []
        let used = fields + (session.workspace.scope.map { Scope.fields(in: $0.node) } ?? [])
        for name in names("set", used) {
            if let note = session.workspace.staleNote(forSet: name) { session.sink.writeError("note: " + note + "\n") }
        }
        for name in names("tag", used) {
            if let note = session.workspace.staleNote(forTag: name) { session.sink.writeError("note: " + note + "\n") }
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
