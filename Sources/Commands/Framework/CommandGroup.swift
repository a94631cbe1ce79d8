// CommandGroup: where a command sits in `help` and in the README's reference.

public enum CommandGroup: String, Sendable, CaseIterable {
    case corpus = "Corpus", search = "Search", statistics = "Word statistics", ratings = "Ratings and charts",
         workspace = "Sets and scripts", shell = "Shell"
}
