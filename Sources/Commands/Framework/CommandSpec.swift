// CommandSpec: the one definition of a command, which drives parsing, help, completion and the README reference.
import Rendering

public struct CommandSpec: Sendable {
    /// "chart", or "chart ratings" for a subcommand (its last word is what selects it).
    public var name: String
    public var aliases: [String]
    public var group: CommandGroup
    /// One sentence for the command list.
    public var summary: String
    /// A paragraph or two for `help CMD`.
    public var help: String
    public var examples: [String]
    public var arguments: [ArgumentSpec]
    public var options: [OptionSpec]
    public var flags: [FlagSpec]
    /// Forms chosen by their first word (`chart ratings`, `chart overall`); the command's own arguments
    /// are the form taken when no subcommand word comes first (`chart QUERY by GROUP`).
    public var subcommands: [CommandSpec]
    public var run: @Sendable (Invocation, Session) throws -> (any Renderable)?

    public init(name: String, aliases: [String] = [], group: CommandGroup, summary: String, help: String,
                examples: [String] = [], arguments: [ArgumentSpec] = [], options: [OptionSpec] = [],
                flags: [FlagSpec] = [], subcommands: [CommandSpec] = [],
                run: @escaping @Sendable (Invocation, Session) throws -> (any Renderable)?) {
        self.name = name; self.aliases = aliases; self.group = group; self.summary = summary; self.help = help
        self.examples = examples; self.arguments = arguments; self.options = options; self.flags = flags
        self.subcommands = subcommands; self.run = run
    }

    /// True when the last positional argument takes the rest of the line as a query.
    var takesQuery: Bool { arguments.last?.kind == .query }

    /// This form in one line, generated from its arguments, flags and options:
    /// `count QUERY [by provider|owner|...] [sort hits|rate|name]`.
    public var usage: String {
        ([name] + arguments.map(\.synopsis) + flags.map { "[" + $0.name + "]" } + options.map(\.synopsis))
            .joined(separator: " ")
    }

    /// Every form: each subcommand's, then the command's own.
    public var forms: [CommandSpec] { subcommands + [self] }

    /// All forms in one line, joined by " | ".
    public var synopsis: String { forms.map(\.usage).joined(separator: " | ") }

    func option(named name: String) -> OptionSpec? {
        let n = name.lowercased()
        return options.first { $0.name == n }
    }

    func flag(named name: String) -> FlagSpec? {
        let n = name.lowercased()
        return flags.first { $0.name == n }
    }

    /// The subcommand a word selects ("ratings", "heatmap"), if any.
    func subcommand(named word: String) -> CommandSpec? {
        let w = word.lowercased()
        return subcommands.first { sub in ([sub.name] + sub.aliases).contains { $0.split(separator: " ").last.map(String.init) == w } }
    }

    /// The words that select subcommands, for completion.
    var subcommandWords: [String] {
        subcommands.flatMap { ([$0.name] + $0.aliases).compactMap { $0.split(separator: " ").last.map(String.init) } }
    }
}
