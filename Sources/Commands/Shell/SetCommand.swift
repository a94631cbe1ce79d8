// SetCommand: `set [NAME [VALUE]]` — show or change a setting; and the settings table `show options` shares.
import Rendering

enum SetCommand {
    static let spec = CommandSpec(
        name: "set", aliases: ["\\set"], group: .shell,
        summary: "Show or change a setting (format, width, color, charset, pager, timing, context, limit, bail, smallgroups).",
        help: "`set` alone shows every setting with its value. `set NAME VALUE` changes one for the rest of the session; `set NAME` shows one. Settings also come from ~/.proberc, which runs first.",
        examples: ["set format csv", "set width 100", "set context 12w", "set bail off", "set smallgroups hide"],
        arguments: [ArgumentSpec("name", .setting, optional: true), ArgumentSpec("value", .settingValue, optional: true)],
        run: { inv, session in
            guard let nameWord = inv.positional(0) else { return settingsTable(session) }
            guard let spec = SettingCatalog.named(nameWord.text) else {
                throw CommandError.usage("no setting '\(nameWord.text)'",
                                         hint: CommandError.didYouMean(nameWord.text, among: SettingCatalog.all.map(\.name))
                                            ?? "settings: " + SettingCatalog.all.map(\.name).joined(separator: ", "),
                                         at: nameWord.range)
            }
            guard let valueWord = inv.positional(1) else {
                return Message("\(spec.name) = \(spec.get(session.settings))")
            }
            guard spec.set(&session.settings, valueWord.text.lowercased()) else {
                throw CommandError.usage("'\(valueWord.text)' is not a value of \(spec.name)",
                                         hint: "\(spec.help); e.g. " + spec.values.joined(separator: ", "),
                                         at: valueWord.range)
            }
            return nil
        })

    static func settingsTable(_ session: Session) -> DataTable {
        DataTable(columns: [Column("setting"), Column("value"), Column("meaning", kind: .prose(.wrap))],
                  rows: SettingCatalog.all.map { [.text($0.name), .text($0.get(session.settings)), .text($0.help)] })
    }
}
