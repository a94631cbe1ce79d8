// HelpCommand: `help [COMMAND]` — the command list, or one command's forms, options, flags and examples.
import Rendering

enum HelpCommand {
    static let spec = CommandSpec(
        name: "help", aliases: ["?", "\\h"], group: .shell,
        summary: "List the commands, or explain one.",
        help: "Without an argument, lists every command by group with its synopsis. With a command name, shows its synopsis, what it does, its options and examples; a form's word after it (`help chart ratings`) shows the same page, which covers every form.",
        examples: ["help", "help count", "help chart ratings"],
        arguments: [ArgumentSpec("command", .command, optional: true), ArgumentSpec("form", .text, optional: true, display: "FORM")],
        run: { inv, _ in
            guard let w = inv.positional(0) else { return HelpText.overview() }
            guard let spec = CommandCatalog.lookup(w.text) else {
                throw CommandError.usage("no command '\(w.text)'",
                                         hint: CommandCatalog.didYouMean(w.text) ?? "type help for the list",
                                         at: w.range)
            }
            if let form = inv.positional(1), spec.subcommand(named: form.text) == nil {
                let words = spec.subcommandWords
                throw CommandError.usage("\(spec.name) has no form '\(form.text)'",
                                         hint: words.isEmpty ? "help \(spec.name) shows its one form"
                                            : CommandError.didYouMean(form.text, among: words) ?? "its forms: " + words.joined(separator: ", "),
                                         at: form.range)
            }
            return HelpText.command(spec)
        })
}
