// Provenance: how an exported table was made — command, query, scope, sets and tags, corpus, probe version, time.
import Rendering

/// What goes with every export: as a JSON object (in a `.json` file, and in the `.meta.json` beside a CSV or
/// TSV file), as a Markdown caption, or as closing lines of a text file.
public struct Provenance: Sendable, Equatable {
    /// A saved set or tag a command used, with its size then.
    public struct Named: Sendable, Equatable {
        public var name: String
        public var findings: Int
        /// For a set: the command that made it.
        public var madeBy: String?
        public init(name: String, findings: Int, madeBy: String? = nil) {
            self.name = name; self.findings = findings; self.madeBy = madeBy
        }
    }

    /// The command as run (variables expanded), and as written when that differs.
    public var command: String
    public var written: String?
    public var query: String?
    public var scope: String?
    public var sets: [Named]
    public var tags: [Named]
    public var corpus: CorpusStamp
    public var version: String
    /// ISO 8601, UTC.
    public var time: String
    public var format: String
    /// Rows the result leaves out by a setting ("groups of fewer than 5 write-ups"); nil when it keeps every row.
    public var hidden: String?

    public init(command: String, written: String? = nil, query: String? = nil, scope: String? = nil, sets: [Named] = [],
                tags: [Named] = [], corpus: CorpusStamp, version: String, time: String, format: String) {
        self.command = command; self.written = written; self.query = query; self.scope = scope; self.sets = sets
        self.tags = tags; self.corpus = corpus; self.version = version; self.time = time; self.format = format
    }

    /// A JSON object, keys in a fixed order, indented by `indent` spaces after its first line.
    public func json(indent: Int = 0) -> String {
        let pad = String(repeating: " ", count: indent + 2), end = String(repeating: " ", count: indent)
        func s(_ t: String?) -> String { t.map(JSONWriter.string) ?? "null" }
        func named(_ xs: [Named]) -> String {
            "[" + xs.map { n in
                "{\"name\": \(s(n.name)), \"findings\": \(n.findings)" + (n.madeBy.map { ", \"made_by\": " + s($0) } ?? "") + "}"
            }.joined(separator: ", ") + "]"
        }
        let fields = [
            ("command", s(command)), ("written", s(written)), ("query", s(query)), ("scope", s(scope)),
            ("sets", named(sets)), ("tags", named(tags)),
            ("corpus", "{\"paths\": [" + corpus.paths.map(JSONWriter.string).joined(separator: ", ") + "], \"files\": \(corpus.files), "
                + "\"write_ups\": \(corpus.writeUps), \"fingerprint\": \(s(corpus.fingerprint))}"),
            ("probe", s(version)), ("time", s(time)), ("format", s(format)),
        ] + (hidden.map { [("hidden", s($0))] } ?? [])
        return "{\n" + fields.map { pad + JSONWriter.string($0.0) + ": " + $0.1 }.joined(separator: ",\n") + "\n" + end + "}"
    }

    /// The facts in reading order, for a caption or a text file's closing lines.
    public var summary: [String] {
        var parts = ["made by `\(command)`" + (written.map { " (written `\($0)`)" } ?? "")]
        if let scope { parts.append("scope \(scope)") }
        if !sets.isEmpty { parts.append("sets " + sets.map { "\($0.name) (\($0.findings))" }.joined(separator: ", ")) }
        if !tags.isEmpty { parts.append("tags " + tags.map { "\($0.name) (\($0.findings))" }.joined(separator: ", ")) }
        parts.append("corpus " + corpus.paths.joined(separator: ", ") + ": \(corpus.files) files, \(corpus.writeUps) write-ups, "
                     + "fingerprint \(corpus.fingerprint)")
        if let hidden { parts.append("hidden: " + hidden) }
        parts.append("probe \(version)")
        parts.append(time)
        return parts
    }

    /// A pandoc-style table caption (`Table: ...`), the line after a Markdown table.
    public var caption: String { "Table: " + summary.joined(separator: " · ") }
}
