// CorpusCommands: list, show, load, reload, check and export — what is loaded, and each report card.
import Foundation
import Inspections
import Rendering

enum CorpusCommands {
    static let list = CommandSpec(
        name: "list", aliases: ["ls", "\\d"], group: .corpus,
        synopsis: "list [type crc|nps|pdu|region] [year YYYY] [sort date|provider|overall]",
        summary: "List the inspections loaded: id, provider, type, date, overall rating.",
        help: "One row per inspection, sorted by provider then date unless told otherwise. Unknown ratings show as ?.",
        examples: ["list", "list type crc", "list year 2023 sort overall"],
        options: [OptionSpec("type", .choice(["crc", "nps", "pdu", "region"]), "only this kind of provider"),
                  OptionSpec("year", .integer, "only inspections published in this year"),
                  OptionSpec("sort", .choice(["date", "provider", "overall", "id"]), "order of rows")],
        run: { inv, session in
            var reports = try filtered(session.corpus.reports, inv)
            switch inv.option("sort")?.lowercased() ?? "provider" {
            case "date": reports.sort(by: ReportDate.precedes)
            case "overall": reports.sort { ($0.overall?.rawValue ?? -1, $0.id) > ($1.overall?.rawValue ?? -1, $1.id) }
            case "id": reports.sort { $0.id < $1.id }
            default: reports.sort { ($0.provider.shortName.lowercased(), $0.id) < ($1.provider.shortName.lowercased(), $1.id) }
            }
            let rows: [[Cell]] = reports.map { r in
                [.text(r.id), .text(r.provider.shortName), .text(r.type.rawValue), r.reportDate.map { .text($0.description) } ?? .null,
                 r.overall.map { .text($0.label) } ?? .null, .int(r.ratings.count), .int(r.findings.filter { !$0.isNote }.count)]
            }
            return DataTable(columns: [Column("id"), Column("provider", flexible: true), Column("type"), Column("published"),
                                       Column("overall"), Column("known", .right), Column("findings", .right)],
                             rows: rows, footer: ["\(rows.count) inspection\(rows.count == 1 ? "" : "s") · known: standards with a confirmed rating"]
                                + [ReportDate.footnote(datedByID: reports.filter { $0.reportDate?.fromID == true }.count)].compactMap { $0 })
        })

    static func filtered(_ reports: [InspectionReport], _ inv: Invocation) throws -> [InspectionReport] {
        var out = reports
        if let t = inv.option("type"), let type = ProviderType.read(t) { out = out.filter { $0.type == type } }
        if let y = try inv.intOption("year", range: 1990...2100) { out = out.filter { $0.year == y } }
        return out
    }

    static let show = CommandSpec(
        name: "show", aliases: ["card"], group: .corpus,
        synopsis: "show PROVIDER|ID",
        summary: "A report card: facts, overall and standard ratings, score, sections and sources.",
        help: "Names a provider by id, alias or a unique word of its name (its latest inspection is shown and the choice is said), or an inspection by id or PROVIDER@YEAR. `show options` lists the settings.",
        examples: ["show hlny", "show \"Dorset, Devon and Cornwall\"", "show hlny@2019", "show options"],
        arguments: [ArgumentSpec("provider", .inspection)],
        run: { inv, session in
            let w = inv.positional(0)!
            if w.text.lowercased() == "options" && !w.quoted { return ShellCommands.settingsTable(session) }
            let (report, note) = try ReportResolver.inspection(w, in: session.corpus)
            return ReportCard(report: report, note: note)
        })

    static let load = CommandSpec(
        name: "load", aliases: ["open-corpus"], group: .corpus,
        synopsis: "load DIR|FILE",
        summary: "Load a folder of write-ups (or one file) in place of the current corpus.",
        help: "Folders load recursively (.md, .markdown, .txt). Bad files are skipped and reported; the good ones load. The current corpus stays until the new one is ready. A folder's providers.yaml, if any, names its providers.",
        examples: ["load Corpus", "load ~/notes/press-releases"],
        arguments: [ArgumentSpec("path", .path)],
        run: { inv, session in
            let w = inv.positional(0)!
            let path = expandHome(w.text)
            guard FileManager.default.fileExists(atPath: path) else {
                throw CommandError("no such file or folder '\(w.text)'", hint: "check the path", at: w.range)
            }
            return try replaceCorpus(session, paths: [path])
        })

    static let reload = CommandSpec(
        name: "reload", group: .corpus,
        synopsis: "reload",
        summary: "Load the same files again, picking up edits.",
        help: "Rebuilds the corpus and its index from the paths last loaded and swaps them in when ready.",
        run: { _, session in try replaceCorpus(session, paths: session.corpus.paths) })

    static func replaceCorpus(_ session: Session, paths: [String]) throws -> any Renderable {
        let fresh = LoadedCorpus.load(paths: paths, isCancelled: session.isCancelled, progress: session.loadProgress)
        // An interrupted load changes nothing: the corpus in use stays as it was.
        if fresh.result.cancelled {
            throw CommandError("loading interrupted; the corpus is unchanged", hint: "run the command again to load it")
        }
        session.replaceCorpus(fresh)
        let errors = fresh.diagnostics.filter { $0.severity == .error }
        var text = fresh.summary + " in " + formatFixed(fresh.loadMilliseconds + fresh.indexMilliseconds, digits: 0) + " ms"
        if !errors.isEmpty { text += "\n" + errors.prefix(5).map(\.rendered).joined(separator: "\n") }
        if errors.count > 5 { text += "\n(\(errors.count - 5) more: check lists them all)" }
        return Message(text)
    }

    static let check = CommandSpec(
        name: "check", aliases: ["lint"], group: .corpus,
        synopsis: "check [DIR|FILE]",
        summary: "List every problem found loading the corpus (or another folder), with file, line and a hint.",
        help: "Errors made a file be skipped; warnings loaded it with something left unknown; notes say how a word was read. `probe --check DIR` does the same from the command line and exits 1 on errors.",
        examples: ["check", "check ~/drafts"],
        arguments: [ArgumentSpec("path", .path, optional: true)],
        run: { inv, session in
            if let w = inv.positional(0) {
                let path = expandHome(w.text)
                guard FileManager.default.fileExists(atPath: path) else {
                    throw CommandError("no such file or folder '\(w.text)'", hint: "check the path", at: w.range)
                }
                return CheckReport(CorpusLoader.load(paths: [path]))
            }
            return CheckReport(session.corpus.result)
        })

    static let export = CommandSpec(
        name: "export", group: .corpus,
        synopsis: "export ratings|reports|findings [type crc|nps|pdu|region]",
        summary: "The data behind the corpus as a table: one row per inspection and standard, per report, or per finding.",
        help: "`export ratings` gives one row per inspection and standard of its framework (unknown ratings empty), plus one for the overall rating. `> file.csv` saves it as CSV (the extension picks csv, tsv, json or markdown unless --format names one).",
        examples: ["export ratings --format tsv", "export reports > reports.csv", "export findings type crc --format json"],
        arguments: [ArgumentSpec("what", .choice(["ratings", "reports", "findings"]))],
        options: [OptionSpec("type", .choice(["crc", "nps", "pdu", "region"]), "only this kind of provider")],
        run: { inv, session in
            let w = inv.positional(0)!
            let reports = try filtered(session.corpus.reports, inv).sorted { $0.id < $1.id }
            switch w.text.lowercased() {
            case "ratings": return Exports.ratings(reports)
            case "reports": return Exports.reports(reports)
            case "findings": return Exports.findings(reports)
            default:
                throw CommandError.usage("cannot export '\(w.text)'",
                                         hint: CommandError.didYouMean(w.text, among: ["ratings", "reports", "findings"]) ?? "export ratings, reports or findings",
                                         at: w.range)
            }
        })
}
