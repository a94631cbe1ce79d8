// HelpText: `help`, `help CMD` and the README's command reference, all generated from the command definitions.
import Rendering

public enum HelpText {
    /// Every command by group: synopsis and summary.
    static func overview() -> any Renderable {
        var rows: [[Cell]] = []
        for group in CommandGroup.allCases {
            for spec in CommandCatalog.all where spec.group == group {
                rows.append([.text(group.rawValue), .text(spec.synopsis), .text(spec.summary)])
            }
        }
        return DataTable(columns: [Column("group"), Column("command", flexible: true), Column("what it does", flexible: true)],
                         rows: rows, footer: ["help COMMAND for details · TAB completes · Ctrl-C cancels · Ctrl-D quits"])
    }

    /// One command in full.
    static func command(_ spec: CommandSpec) -> any Renderable {
        HelpPage(spec: spec)
    }

    struct HelpPage: Renderable {
        let spec: CommandSpec
        func render(in context: RenderContext) -> String {
            if context.format == .markdown { return HelpText.markdown(spec) }
            if context.format != .table {
                let rows: [[Cell]] = [[.text(spec.name), .text(spec.aliases.joined(separator: " ")), .text(spec.synopsis),
                                       .text(spec.summary), .text(spec.help), .text(spec.examples.joined(separator: "; "))]]
                return DataTable(columns: ["name", "aliases", "synopsis", "summary", "help", "examples"].map { Column($0) },
                                 rows: rows).render(in: context)
            }
            // One line per form (`chart ratings ...`, `chart overall ...`); a form that wraps goes on indented further.
            let forms = HelpText.forms(spec)
            let indent = forms.count > 1 ? 9 : 7
            let usage = forms.map { form in
                wrap(form, width: context.width - indent).replacingAll("\n", with: "\n" + String(repeating: " ", count: indent))
            }.joined(separator: "\n       ")
            var out = context.styled("usage: ", .bold) + usage + "\n"
            if !spec.aliases.isEmpty { out += "aliases: " + spec.aliases.joined(separator: ", ") + "\n" }
            out += "\n" + wrap(spec.summary + " " + spec.help, width: context.width) + "\n"
            if !spec.options.isEmpty {
                out += "\noptions:\n"
                let w = spec.options.map { $0.name.count + valueName($0.value).count + 1 }.max() ?? 0
                for o in spec.options {
                    let head = o.name + " " + valueName(o.value)
                    if w + 4 + 20 <= context.width {
                        // Help wraps in its own column, so every line fits the width.
                        let body = wrap(o.help, width: context.width - w - 4).split(separator: "\n")
                        out += "  " + DisplayWidth.pad(head, to: w) + "  " + (body.first.map(String.init) ?? "") + "\n"
                        for more in body.dropFirst() { out += String(repeating: " ", count: w + 4) + more + "\n" }
                    } else {
                        out += "  " + DisplayWidth.truncate(head, to: context.width - 2) + "\n"
                        out += wrap(o.help, width: context.width - 4).split(separator: "\n").map { "    " + $0 }.joined(separator: "\n") + "\n"
                    }
                }
            }
            if !spec.examples.isEmpty {
                out += "\nexamples:\n" + spec.examples.map { "  " + DisplayWidth.truncate($0, to: context.width - 2) }.joined(separator: "\n") + "\n"
            }
            return out
        }
    }

    static func valueName(_ kind: ArgumentKind) -> String {
        switch kind {
        case .choice(let values): values.joined(separator: "|")
        case .integer: "N"
        case .provider: "PROVIDER"
        case .standard: "STANDARD"
        case .path: "FILE"
        default: "VALUE"
        }
    }

    /// The forms a synopsis lists as `NAME ... | NAME ...`; a `|` between values (`by year|owner`) stays inside its form.
    static func forms(_ spec: CommandSpec) -> [String] {
        spec.synopsis.split(separator: " | " + spec.name + " ").enumerated()
            .map { i, form in i == 0 ? String(form) : spec.name + " " + form }
    }

    /// Help text wrapped at `width` columns, long words kept whole.
    static func wrap(_ text: String, width: Int) -> String {
        TextWrap.lines(text, width: width, keepLongWords: true).joined(separator: "\n")
    }

    /// One command as a Markdown section of the README's reference.
    static func markdown(_ spec: CommandSpec) -> String {
        var out = "#### `\(spec.synopsis)`\n\n"
        if !spec.aliases.isEmpty { out += "Aliases: " + spec.aliases.map { "`\($0)`" }.joined(separator: ", ") + ". " }
        out += spec.summary + " " + spec.help + "\n"
        if !spec.options.isEmpty {
            out += "\n" + spec.options.map { "- `\($0.name) \(valueName($0.value))`: \($0.help)" }.joined(separator: "\n") + "\n"
        }
        if !spec.examples.isEmpty {
            out += "\n```\n" + spec.examples.joined(separator: "\n") + "\n```\n"
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
