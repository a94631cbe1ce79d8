// CommandSpec: the one definition of a command, which drives parsing, help, completion and the README reference.
import Rendering

/// What an argument or option value is, so completion can offer the right words.
public enum ArgumentKind: Sendable, Equatable {
    case provider        // a provider id, alias or name; `provider@2019` picks an inspection
    case inspection      // an inspection id or a provider (its latest inspection)
    case standard        // a standard name or number
    case query           // the rest of the line, read by the query language
    case path            // a file or directory
    case command         // a command name
    case setting         // a setting name
    case settingValue    // a value for the setting named before it
    case choice([String]) // one of these words
    case integer
    case text
    case finding         // a finding's citation id
}

public struct ArgumentSpec: Sendable {
    public var name: String
    public var kind: ArgumentKind
    public var optional: Bool
    /// Words with a meaning of their own as this argument's first word, completed besides the kind's values:
    /// `chart` reads `ratings`, `overall` and `dispersion` there, and anything else as a query.
    public var keywords: [String]
    public init(_ name: String, _ kind: ArgumentKind, optional: Bool = false, keywords: [String] = []) {
        self.name = name; self.kind = kind; self.optional = optional; self.keywords = keywords
    }
}

/// A keyword option written as `NAME VALUE` (`limit 20`, `sort date`, `by owner`), the way CQP and psql read.
public struct OptionSpec: Sendable {
    public var name: String
    public var value: ArgumentKind
    public var help: String
    public init(_ name: String, _ value: ArgumentKind, _ help: String) { self.name = name; self.value = value; self.help = help }
}

/// Where a command sits in `help`.
public enum CommandGroup: String, Sendable, CaseIterable {
    case corpus = "Corpus", search = "Search", ratings = "Ratings and charts", shell = "Shell"
}

public struct CommandSpec: Sendable {
    public var name: String
    public var aliases: [String]
    public var group: CommandGroup
    /// One line: `count QUERY [by provider|owner|type|year|section]`.
    public var synopsis: String
    /// One sentence for the command list.
    public var summary: String
    /// A paragraph or two for `help CMD`.
    public var help: String
    public var examples: [String]
    public var arguments: [ArgumentSpec]
    public var options: [OptionSpec]
    public var run: @Sendable (Invocation, Session) throws -> (any Renderable)?

    public init(name: String, aliases: [String] = [], group: CommandGroup, synopsis: String, summary: String,
                help: String, examples: [String] = [], arguments: [ArgumentSpec] = [], options: [OptionSpec] = [],
                run: @escaping @Sendable (Invocation, Session) throws -> (any Renderable)?) {
        self.name = name; self.aliases = aliases; self.group = group; self.synopsis = synopsis
        self.summary = summary; self.help = help; self.examples = examples; self.arguments = arguments
        self.options = options; self.run = run
    }

    /// True when the last positional argument takes the rest of the line as a query.
    var takesQuery: Bool { arguments.last?.kind == .query }

    func option(named name: String) -> OptionSpec? {
        let n = name.lowercased()
        return options.first { $0.name == n }
    }
}
