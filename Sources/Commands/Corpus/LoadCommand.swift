// LoadCommand: `load DIR|FILE` — a folder of write-ups in place of the current corpus, swapped in when ready.
import Foundation
import Inspections
import Rendering

enum LoadCommand {
    static let spec = CommandSpec(
        name: "load", aliases: ["open-corpus"], group: .corpus,
        summary: "Load a folder of write-ups (or one file) in place of the current corpus, or with --add beside it.",
        help: "Folders load recursively: write-ups (.md, .markdown), text (.txt), report PDFs (.pdf) and web pages (.html, .htm). Bad files are skipped and reported; the good ones load. "
            + "The current corpus stays until the new one is ready. A folder's providers.yaml, if any, names its providers; "
            + "without one, the providers its write-ups name are the ones `list` shows and `show` finds. "
            + "`--add` loads the folder together with what is loaded (as a second `--corpus` does), and `reload` reloads all of "
            + "them. Files about one inspection (the same id, or the same provider and publication month) are shown as one: "
            + "the leading file's values are kept (a write-up before an imported write-up before a document), the others "
            + "fill its unknowns, a disagreement is a warning naming both files, and `show` says which file gave each rating.",
        examples: ["load Corpus", "load ~/notes/press-releases", "load --add ~/reports"],
        arguments: [ArgumentSpec("path", .path, display: "DIR|FILE")],
        flags: [FlagSpec("--add", "load beside the current corpus instead of in its place")],
        run: { inv, session in
            let w = inv.positional(0)!
            let path = expandHome(w.text)
            guard FileManager.default.fileExists(atPath: path) else {
                throw CommandError("no such file or folder '\(w.text)'", hint: "check the path", at: w.range)
            }
            guard inv.has("--add") else { return try replaceCorpus(session, paths: [path]) }
            if session.corpus.paths.contains(where: { Importer.sameFile($0, path) }) {
                throw CommandError("'\(w.text)' is already loaded", hint: "reload reads it again, picking up edits", at: w.range)
            }
            return try replaceCorpus(session, paths: session.corpus.paths + [path])
        })

    /// Loads `paths` and swaps the result in; the summary line and the first errors say how it went.
    static func replaceCorpus(_ session: Session, paths: [String]) throws -> any Renderable {
        let fresh = LoadedCorpus.load(paths: paths, isCancelled: session.isCancelled, progress: session.loadProgress,
                                      documentRegistry: session.documentRegistry, snapshotDirectory: session.loadSnapshotDirectory)
        // An interrupted load changes nothing: the corpus in use stays as it was.
        if fresh.result.cancelled {
            throw CommandError("loading interrupted; the corpus is unchanged", hint: "run the command again to load it")
        }
        session.replaceCorpus(fresh)
        let errors = fresh.diagnostics.filter { $0.severity == .error }
        var text = fresh.summary + " in " + formatFixed(fresh.loadMilliseconds + fresh.indexMilliseconds, digits: 0) + " ms"
        if let warning = fresh.snapshotWarning { text += "\n" + warning.rendered }
        if !errors.isEmpty { text += "\n" + errors.prefix(5).map(\.rendered).joined(separator: "\n") }
        if errors.count > 5 { text += "\n(\(errors.count - 5) more: check lists them all)" }
        return Message(text)
    }
}
