// ReloadCommand: `reload` — the same files loaded again, picking up edits.

enum ReloadCommand {
    static let spec = CommandSpec(
        name: "reload", group: .corpus,
        summary: "Load the same files again, picking up edits.",
        help: "Rebuilds the corpus and its index from the paths last loaded and swaps them in when ready.",
        run: { _, session in try LoadCommand.replaceCorpus(session, paths: session.corpus.paths) })
}
