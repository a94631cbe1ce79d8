// HelpPage: `help CMD` — a command's forms, what it does, its options and flags, and examples, fitted to the width.
import Rendering

struct HelpPage: Renderable {
    let spec: CommandSpec

    func render(in context: RenderContext) -> String {
        if context.format == .markdown { return HelpText.markdown(spec) }
        if context.format != .table {
            let rows: [[Cell]] = [[.text(spec.name), .text(spec.aliases.joined(separator: " ")), .text(spec.synopsis),
                                   .text(spec.summary), .text(spec.help), .text(HelpText.examples(spec).joined(separator: "; "))]]
            return DataTable(columns: ["name", "aliases", "synopsis", "summary", "help", "examples"].map { Column($0) },
                             rows: rows).render(in: context)
        }
        // One line per form (`chart ratings ...`, `chart overall ...`); a form that wraps goes on indented further.
        let forms = HelpText.forms(spec)
        let indent = forms.count > 1 ? 9 : 7
        let usage = forms.map { form in
            HelpPage.wrapUsage(form, width: context.width - indent).joined(separator: "\n" + String(repeating: " ", count: indent))
        }.joined(separator: "\n       ")
        var out = context.styled("usage: ", .bold) + usage + "\n"
        if !spec.aliases.isEmpty { out += "aliases: " + spec.aliases.joined(separator: ", ") + "\n" }
        out += "\n" + HelpText.wrap(spec.summary + " " + spec.help, width: context.width) + "\n"
        let options = HelpText.options(spec).map { ($0.option.usage, HelpText.optionHelp($0.option, forms: $0.forms, bare: $0.bare)) }
        if !options.isEmpty { out += "\noptions:\n" + items(options, context) }
        let flags = HelpText.flags(spec).map { ($0.name, $0.help) }
        if !flags.isEmpty { out += "\nflags:\n" + items(flags, context) }
        let examples = HelpText.examples(spec)
        if !examples.isEmpty {
            // An example is a command to copy: wrapped between words if it must be, never cut.
            out += "\nexamples:\n" + examples.flatMap { e in
                ProseFit.wrap(e, width: context.width - 4).enumerated().map { ($0.offset == 0 ? "  " : "    ") + $0.element }
            }.joined(separator: "\n") + "\n"
        }
        return out
    }

    /// A usage line wrapped between its parts, never inside one: `[by provider|owner]` stays whole.
    static func wrapUsage(_ form: String, width: Int) -> [String] {
        var parts: [String] = [], part = "", depth = 0
        for ch in form {
            if ch == "[" { depth += 1 } else if ch == "]" { depth -= 1 }
            if ch == " " && depth == 0 { parts.append(part); part = "" } else { part.append(ch) }
        }
        if !part.isEmpty { parts.append(part) }
        var lines: [String] = [], line = ""
        // A part wider than the line (a long list of choices) breaks after a bar.
        for p in parts.flatMap({ DisplayWidth.of($0) > width ? ProseFit.breakWord($0, width: width) : [$0] }) {
            if !line.isEmpty && DisplayWidth.of(line) + 1 + DisplayWidth.of(p) > width { lines.append(line); line = p } else {
                line += (line.isEmpty ? "" : " ") + p
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// Name and help pairs: the name whole, its help wrapped beside it, or under it when the name is too long.
    func items(_ pairs: [(String, String)], _ context: RenderContext) -> String {
        LayoutTable(columns: [LayoutColumn("name", .identifier, priority: .essential),
                              LayoutColumn("help", .prose(.wrap), priority: .essential, minimum: 24)],
                    rows: pairs.map { .cells([LayoutCell($0.0), LayoutCell($0.1)]) }, showsHeader: false, indent: 2)
            .render(in: context)
    }
}
