// CheckCommand: `check [DIR|FILE]` — every problem found loading the corpus (or another folder), with a totals line.
import Foundation
import Inspections

enum CheckCommand {
    static let spec = CommandSpec(
        name: "check", aliases: ["lint"], group: .corpus,
        summary: "List every problem found loading the corpus (or another folder), with file, line and a hint.",
        help: "Errors made a file be skipped; warnings loaded it with something left unknown (or, in providers.yaml, two "
            + "providers answering to one name); notes say how a word was read. `probe --check DIR` does the same from "
            + "the command line and exits 1 on errors.",
        examples: ["check", "check ~/drafts"],
        arguments: [ArgumentSpec("path", .path, optional: true, display: "DIR|FILE")],
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
}
