// CommandCatalog: every command the shell knows, in help order; the single list parsing, help and completion read.
import Inspections

public enum CommandCatalog {
    public static let all: [CommandSpec] = [
        // Corpus
        ListCommand.spec, ShowCommand.spec, LoadCommand.spec, ReloadCommand.spec, ImportCommand.spec, CheckCommand.spec,
        ExportCommand.spec, BenchCommand.spec,
        // Shell
        HelpCommand.spec, SetCommand.spec, SourceCommand.spec, HistoryCommand.spec, QuitCommand.spec,
        // Search
        FindCommand.spec, KwicCommand.spec, CountCommand.spec, LinesCommand.spec, OpenCommand.spec, CiteCommand.spec,
        ExplainCommand.spec,
        // Word statistics
        FreqCommand.spec, NgramsCommand.spec, CollocatesCommand.spec, KeywordsCommand.spec,
        // Ratings and charts
        CompareCommand.spec, LeagueCommand.spec, ChartCommand.spec, TrackCommand.spec, TransitionsCommand.spec,
        // Sets and scripts: saved sets, scope, tags, variables, foreach
        SaveCommand.spec, SetsCommand.spec, DropCommand.spec, UseCommand.spec, TagCommand.spec, UntagCommand.spec,
        TagsCommand.spec, LetCommand.spec, ForeachCommand.spec,
    ]

    /// Finds a command by name or alias (case-insensitive).
    public static func lookup(_ name: String) -> CommandSpec? {
        let n = name.lowercased()
        return all.first { $0.name == n || $0.aliases.contains(n) }
    }

    /// "did you mean 'list'?" for a mistyped command: aliases are matched too, but named by their command.
    public static func didYouMean(_ word: String) -> String? {
        var names: [String] = []
        for n in EditDistance.suggestions(for: word, among: allNames.sorted(), max: 6) {
            if let spec = lookup(n), !names.contains(spec.name) { names.append(spec.name) }
        }
        return EditDistance.didYouMean(Array(names.prefix(3)))
    }

    /// Names and aliases, for "did you mean" and completion.
    public static var allNames: [String] { all.flatMap { [$0.name] + $0.aliases } }
}
