// QuitCommand: `quit` — leave probe (as Ctrl-D does).

enum QuitCommand {
    static let spec = CommandSpec(
        name: "quit", aliases: ["exit", "\\q"], group: .shell,
        summary: "Leave probe (Ctrl-D does the same).",
        help: "Saves history and exits with status 0.",
        run: { _, session in session.requestQuit(); return nil })
}
