// CommandCatalog: every command the shell knows, in help order; the single list parsing, help and completion read.

public enum CommandCatalog {
    public static let all: [CommandSpec] = [
        // Corpus
        CorpusCommands.list, CorpusCommands.show, CorpusCommands.load, CorpusCommands.reload,
        CorpusCommands.check, CorpusCommands.export, BenchCommand.spec,
        // Shell
        ShellCommands.help, ShellCommands.set, ShellCommands.source, ShellCommands.history, ShellCommands.quit,
    ] + extensions

    /// Commands defined by the search and ratings modules, appended in help order.
    static var extensions: [CommandSpec] { SearchCommandSet.all + RatingsCommandSet.all }

    /// Finds a command by name or alias (case-insensitive).
    public static func lookup(_ name: String) -> CommandSpec? {
        let n = name.lowercased()
        return all.first { $0.name == n || $0.aliases.contains(n) }
    }

    /// Names and aliases, for "did you mean" and completion.
    public static var allNames: [String] { all.flatMap { [$0.name] + $0.aliases } }
}
