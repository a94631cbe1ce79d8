// ArgumentSpec: one positional argument of a command — its name, kind and whether it may be left out.

public struct ArgumentSpec: Sendable {
    public var name: String
    public var kind: ArgumentKind
    public var optional: Bool
    /// How the argument is written in the synopsis when its kind's placeholder does not say it ("A vs B").
    public var display: String?
    /// The last argument may be given several times (`import FILE|DIR ...`).
    public var repeats: Bool

    public init(_ name: String, _ kind: ArgumentKind, optional: Bool = false, display: String? = nil, repeats: Bool = false) {
        self.name = name; self.kind = kind; self.optional = optional; self.display = display; self.repeats = repeats
    }

    /// "QUERY", "[PROVIDER|ID]", "FILE|DIR ...".
    var synopsis: String {
        let text = (display ?? kind.placeholder) + (repeats ? " ..." : "")
        return optional ? "[" + text + "]" : text
    }
}
