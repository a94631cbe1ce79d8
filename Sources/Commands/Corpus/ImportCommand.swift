// ImportCommand: `import FILE|DIR ... [to DIR] [overwrite]` — report PDFs, web pages and text written as write-ups to review.
import Foundation
import Rendering

enum ImportCommand {
    static let spec = CommandSpec(
        name: "import", group: .corpus,
        summary: "Write each report PDF, web page or text without front matter as a write-up to review and keep.",
        help: "Each document (a file named, or every .pdf, .html, .htm, .txt and .md without front matter in a folder) is read "
            + "and recognised as `load` reads it, with the loaded corpus's providers, and written as `<its id>.md` in the "
            + "corpus format: front matter with the facts and ratings found, `inferred:` saying where each was read (page, "
            + "line, sentence or table row) and `sources:`; the document's text as sections and findings; and a `## Notes` "
            + "section saying what was imported from where and what to review. Write-ups go to the folder after `to`, or "
            + "beside each document. An existing file is never replaced unless `overwrite` is given; each write-up is "
            + "written whole or not at all. Write-ups already in a folder are left as they are. `probe --import FILE|DIR "
            + "... --to DIR [--force]` does the same from the command line.",
        examples: ["import ~/Downloads/hlny-crc-2019.pdf to ~/write-ups", "import ~/reports to ~/write-ups",
                   "import ~/reports to ~/write-ups overwrite"],
        arguments: [ArgumentSpec("path", .path, display: "FILE|DIR", repeats: true)],
        options: [OptionSpec("to", .path, "the folder write-ups are written to (created if missing; default: beside each document)",
                             valueName: "DIR")],
        flags: [FlagSpec("overwrite", "replace write-ups that exist (otherwise they are skipped)")],
        run: { inv, session in
            try perform(paths: inv.positionals, folder: inv.options["to"], replace: inv.has("overwrite"), session: session)
        })

    /// Checks the paths (an error points at the word at fault), makes the target folder, and imports.
    static func perform(paths words: [Word], folder word: Word?, replace: Bool, session: Session) throws -> ImportView {
        var paths: [String] = []
        for w in words {
            let path = expandHome(w.text)
            guard FileManager.default.fileExists(atPath: path) else {
                throw CommandError("no such file or folder '\(w.text)'", hint: "check the path", at: w.range)
            }
            paths.append(path)
        }
        var folder: String?
        if let w = word {
            let path = expandHome(w.text)
            try prepare(folder: path, word: w)
            folder = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        }
        return ImportView(result: try Importer.run(paths: paths, folder: folder, replace: replace, session: session), folder: folder)
    }

    /// The target folder exists (made, with its parents, when missing) and is a folder.
    static func prepare(folder path: String, word: Word) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw CommandError("'\(word.text)' is a file, not a folder", hint: "name a folder for the write-ups", at: word.range)
            }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw CommandError("cannot make the folder '\(word.text)': \(error.localizedDescription)",
                               hint: "check the path and its permissions", at: word.range)
        }
    }
}

/// `probe --import FILE|DIR ... [--to DIR] [--force]`: the command run from the command line.
public enum CommandLineImport {
    /// Imports on `session` and renders the report. Exit status 0 when every document was written or skipped
    /// with its reason, 1 when one could not be read or written, or a path is wrong.
    public static func run(paths: [String], folder: String?, replace: Bool, session: Session) -> (output: String, error: String, status: Int32) {
        func word(_ text: String) -> Word { Word(text: text, range: 0..<0, quoted: true) }
        do {
            let view = try ImportCommand.perform(paths: paths.map(word), folder: folder.map(word), replace: replace, session: session)
            let failed = view.result.outcomes.contains { $0.status == .failed }
            return (view.render(in: session.renderContext()), "", failed ? 1 : 0)
        } catch let e as CommandError {
            return ("", "probe: error: \(e.message)" + (e.hint.map { "\nhint: \($0)" } ?? "") + "\n", 1)
        } catch {
            return ("", "probe: error: \(error)\n", 1)
        }
    }
}

