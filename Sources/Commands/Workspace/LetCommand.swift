// LetCommand: `let NAME = VALUE` — a variable for later lines ($NAME, ${NAME}); `let` alone lists them.
import Foundation
import Rendering
import Workspace

enum LetCommand {
    static let spec = CommandSpec(
        name: "let", aliases: ["\\let"], group: .workspace,
        summary: "Set a variable that later lines use as $NAME or ${NAME}; `let` alone lists them.",
        help: "VALUE is the rest of the line after `=`, as written (one pair of quotes around all of it is removed). "
            + "Before a line runs, `$NAME` and `${NAME}` are replaced by the value as text, inside double quotes too "
            + "but not inside single quotes; `\\$` is a dollar sign. So `let q = risk of harm` then `count \"$q\" by year` "
            + "counts the phrase. `${NAME:-DEFAULT}` gives DEFAULT when NAME is unset or empty. A script's arguments "
            + "are `$1`, `$2`, ... (`probe script.probe ddc`), `$#` their number, `$@` all of them, `$0` the script; "
            + "`probe -v NAME=VALUE script.probe` sets NAME before the script runs. `$_` is the last result (`set:_`). "
            + "Using a variable that is not set is an error at its line and column. NAME is a letter or _, then "
            + "letters, digits or _.",
        examples: ["let provider = hlny", "let q = \"risk of harm\"", "count \"$q\" provider:$provider by year", "let"],
        arguments: [ArgumentSpec("assignment", .query, optional: true, display: "NAME = VALUE")],
        run: { inv, session in
            var variables = session.workspace.variables
            guard let text = inv.query else { return table(variables) }
            let nameEnd = text.firstIndex(of: "=") ?? text.endIndex
            let name = text[..<nameEnd].trimmingCharacters(in: .whitespaces)
            let nameRange = inv.queryOffset..<(inv.queryOffset + name.utf8.count)
            guard Variables.isName(name), name != "_" else {
                throw CommandError.usage("'\(name)' cannot name a variable",
                                         hint: "a letter or _, then letters, digits or _ (e.g. let provider = hlny); $_ is built in",
                                         at: nameRange)
            }
            guard nameEnd < text.endIndex else {
                guard let value = variables.value(of: name) else {
                    throw CommandError("unset variable '\(name)'", hint: "let \(name) = VALUE sets it", at: nameRange)
                }
                return Message("\(name) = \(value)")
            }
            var value = String(text[text.index(after: nameEnd)...]).trimmingCharacters(in: .whitespaces)
            let words = LineSplitter.split(value)
            if words.count == 1, words[0].quoted, words[0].range == 0..<value.utf8.count { value = words[0].text }
            variables.set(name, value)
            session.workspace.variables = variables
            return nil
        })

    static func table(_ variables: Variables) -> DataTable {
        var rows: [[Cell]] = variables.names.map { [.text($0), .text(variables.value(of: $0) ?? "")] }
        for (i, v) in variables.positional.enumerated() { rows.append([.text("\(i + 1)"), .text(v)]) }
        return DataTable(columns: [Column("variable"), Column("value", kind: .prose(.wrap))], rows: rows,
                         footer: rows.isEmpty ? ["no variables: let NAME = VALUE sets one; $_ is always the last result"] : [])
    }
}
