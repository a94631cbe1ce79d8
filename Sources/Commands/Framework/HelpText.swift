// HelpText: `help`, `help CMD` and the README's command reference, all generated from the command definitions.
import Rendering

public enum HelpText {
    /// Every command by group: its name whole, what it takes, and what it does.
    static func overview() -> any Renderable {
        var rows: [[Cell]] = [], text: [LayoutRow] = []
        for group in CommandGroup.allCases {
            text.append(.heading(group.rawValue))
            for spec in CommandCatalog.all where spec.group == group {
                rows.append([.text(group.rawValue), .text(spec.synopsis), .text(spec.summary)])
                text.append(.cells([LayoutCell(spec.name), LayoutCell(arguments(spec)), LayoutCell(spec.summary)]))
            }
        }
        let footer = ["help COMMAND for details · TAB completes · Ctrl-C cancels · Ctrl-D quits"]
        let columns = [LayoutColumn("command", .identifier, priority: .essential),
                       LayoutColumn("takes", .prose(.wrap), minimum: 10, maximum: nil),
                       LayoutColumn("what it does", .prose(.wrap), priority: .high, minimum: 20)]
        return TableView(text: LayoutTable(columns: columns, rows: text, footer: footer, showsHeader: false, indent: 2,
                                           droppedHint: "help COMMAND shows them"),
                         data: DataTable(columns: [Column("group"), Column("command", kind: .prose(.wrap)),
                                                   Column("what it does", kind: .prose(.wrap))], rows: rows, footer: footer))
    }

    /// What a command takes besides options: its arguments, and the words that choose a form
    /// ("ratings | overall | dispersion QUERY | QUERY by GROUP").
    static func arguments(_ spec: CommandSpec) -> String {
        spec.forms.map { form in
            let word = form.name.split(separator: " ").dropFirst().joined(separator: " ")
            let parts = [word] + form.arguments.map(\.synopsis) + form.options.filter(\.required).map(\.usage)
            return parts.filter { !$0.isEmpty }.joined(separator: " ")
        }.filter { !$0.isEmpty }.joined(separator: " | ")
    }

    /// One command in full.
    static func command(_ spec: CommandSpec) -> any Renderable { HelpPage(spec: spec) }

    /// The forms' usage lines: `chart ratings ...`, `chart overall ...`, then the command's own.
    static func forms(_ spec: CommandSpec) -> [String] { spec.forms.map(\.usage) }

    /// Each option of any form, once, with the forms that take it when not all of them do, and the forms where
    /// its value may stand alone (`crc` for `type crc`: forms without a query).
    static func options(_ spec: CommandSpec) -> [(option: OptionSpec, forms: [String], bare: [String])] {
        var out: [(option: OptionSpec, forms: [String], bare: [String])] = []
        for form in spec.forms {
            let name = formName(form, of: spec)
            for o in form.options {
                let bare = o.bare && !form.takesQuery ? [name] : []
                if let i = out.firstIndex(where: { $0.option.name == o.name }) {
                    out[i].forms.append(name); out[i].bare += bare
                } else {
                    out.append((o, [name], bare))
                }
            }
        }
        let all = spec.forms.count
        return out.map { ($0.option, $0.forms.count == all ? [] : $0.forms, $0.bare.count == all ? ["*"] : $0.bare) }
    }

    /// An option's help, saying which forms take it when not every form does, and where its value may stand alone.
    static func optionHelp(_ o: OptionSpec, forms: [String], bare: [String]) -> String {
        var text = forms.isEmpty ? o.help : o.help + " (" + forms.joined(separator: ", ") + ")"
        if !bare.isEmpty { text += "; the value alone works too" + (bare == ["*"] ? "" : " in " + bare.joined(separator: ", ")) }
        return text
    }

    /// A form as help names it: "chart ratings", or "chart QUERY" for the command's own form.
    static func formName(_ form: CommandSpec, of spec: CommandSpec) -> String {
        guard form.name == spec.name, !spec.subcommands.isEmpty, let first = form.arguments.first else { return form.name }
        return form.name + " " + (first.display ?? first.kind.placeholder)
    }

    /// The examples of every form, each once, in order.
    static func examples(_ spec: CommandSpec) -> [String] {
        var out: [String] = []
        for e in spec.forms.flatMap(\.examples) where !out.contains(e) { out.append(e) }
        return out
    }

    /// Each flag of any form, once.
    static func flags(_ spec: CommandSpec) -> [FlagSpec] {
        var out: [FlagSpec] = []
        for f in spec.forms.flatMap(\.flags) where !out.contains(where: { $0.name == f.name }) { out.append(f) }
        return out
    }

    /// Help text wrapped at `width` columns, long words kept whole.
    static func wrap(_ text: String, width: Int) -> String {
        TextWrap.lines(text, width: width, keepLongWords: true).joined(separator: "\n")
    }

    /// One command as a Markdown section of the README's reference.
    static func markdown(_ spec: CommandSpec) -> String {
        let forms = spec.forms
        var out: String
        if forms.count == 1 {
            out = "#### `\(spec.usage)`\n\n"
        } else {
            out = "#### `\(spec.name)`\n\n" + forms.map { "- `\($0.usage)`: \($0.summary)" }.joined(separator: "\n") + "\n\n"
        }
        if !spec.aliases.isEmpty { out += "Aliases: " + spec.aliases.map { "`\($0)`" }.joined(separator: ", ") + ". " }
        out += spec.summary + " " + spec.help + "\n"
        let options = options(spec)
        if !options.isEmpty {
            out += "\n" + options.map { "- `\($0.option.usage)`: " + optionHelp($0.option, forms: $0.forms, bare: $0.bare) }.joined(separator: "\n") + "\n"
        }
        let flags = flags(spec)
        if !flags.isEmpty { out += "\n" + flags.map { "- `\($0.name)` (flag): \($0.help)" }.joined(separator: "\n") + "\n" }
        let examples = examples(spec)
        if !examples.isEmpty {
            out += "\n```\n" + examples.joined(separator: "\n") + "\n```\n"
        }
        return out
    }

    /// The README's command reference: every command, by group.
    public static func reference() -> String {
        var out = ""
        for group in CommandGroup.allCases {
            let specs = CommandCatalog.all.filter { $0.group == group }
            guard !specs.isEmpty else { continue }
            out += "### \(group.rawValue)\n\n" + specs.map(markdown).joined(separator: "\n") + "\n"
        }
        out += "### Settings\n\n| setting | values | meaning |\n| --- | --- | --- |\n"
        for s in SettingCatalog.all {
            out += "| `\(s.name)` | " + s.values.joined(separator: ", ") + " | \(s.help) |\n"
        }
        return out
    }
}
