// HelpCommand: `help [COMMAND]` — the command list, or one command's forms, options, flags and examples.
import Rendering

enum HelpCommand {
    static let spec = CommandSpec(
        name: "help", aliases: ["?", "\\h"], group: .shell,
        summary: "List the commands, or explain one.",
        help: "Without an argument, lists every command by group with its synopsis. With a command name, shows its synopsis, what it does, its options and examples.",
        examples: ["help", "help count"],
        arguments: [ArgumentSpec("command", .command, optional: true)],
        run: { inv, _ in
            guard let w = inv.positional(0) else { return HelpText.overview() }
            guard let spec = CommandCatalog.lookup(w.text) else {
                throw CommandError.usage("no command '\(w.text)'",
                                         hint: CommandCatalog.didYouMean(w.text) ?? "type help for the list",
                                         at: w.range)
            }
            return HelpText.command(spec)
        })
}
