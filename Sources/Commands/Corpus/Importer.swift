// Importer: documents read and recognised, each written as a write-up to review, never over a file unless asked.
import Foundation
import Inspections

/// What `import` did: one outcome per document (and per write-up named on its own), and how many write-ups
/// found in the folders were left as they are.
struct ImportResult: Sendable {
    var outcomes: [ImportOutcome]
    var writeUpsLeft: Int
}

/// What `import` did with one file.
struct ImportOutcome: Sendable {
    enum Status: String, Sendable { case written, replaced, skipped, failed }
    /// The document, as the loader was given or found it.
    var source: String
    /// The write-up's path, when one was (or would have been) written.
    var target: String?
    var status: Status
    /// Why it was skipped or failed; for a written write-up, what it holds.
    var detail: String
    var hint: String?
}

enum Importer {
    /// Reads `paths` (files and folders) with the session's providers, then writes one write-up per document
    /// into `folder` (or beside the document when nil). A write-up that exists is skipped unless `replace`.
    /// Throws only when the reading was interrupted (nothing is written then).
    static func run(paths: [String], folder: String?, replace: Bool, session: Session) throws -> ImportResult {
        var loader = CorpusLoader(registry: session.corpus.result.registry)
        loader.combinesSameInspection = false
        loader.documentRegistry = session.documentRegistry
        loader.isCancelled = session.isCancelled
        if let progress = session.loadProgress { loader.progress = { progress(.reading($0)) } }
        let result = loader.load(paths: paths)
        session.loadProgress?(.done)
        if result.cancelled {
            throw CommandError("import interrupted; nothing was written", hint: "run the command again to import")
        }

        var outcomes: [ImportOutcome] = []
        var failedFiles = Set<String>()
        for d in result.diagnostics where d.severity == .error && !failedFiles.contains(d.location.file) {
            failedFiles.insert(d.location.file)
            outcomes.append(ImportOutcome(source: d.location.file, status: .failed, detail: d.message, hint: d.hint))
        }
        var claimed: [String: String] = [:]     // write-up path -> the document it is written from
        var writeUpsLeft = 0
        for r in result.reports.sorted(by: { $0.path < $1.path }) {
            guard r.fromDocument else {
                // A write-up met in a folder (perhaps one imported before) is only counted.
                if paths.contains(r.path) {
                    outcomes.append(ImportOutcome(source: r.path, status: .skipped, detail: "already a write-up: it has front matter"))
                } else {
                    writeUpsLeft += 1
                }
                continue
            }
            let directory = folder ?? directoryOf(r.path)
            let target = (directory == "." && folder == nil ? "" : directory + "/") + r.id + ".md"
            if let other = claimed[target] {
                outcomes.append(ImportOutcome(source: r.path, target: target, status: .skipped,
                    detail: "\(other) is written to the same write-up", hint: "import one of them to another folder (to DIR)"))
                continue
            }
            claimed[target] = r.path
            if sameFile(target, r.path) {
                outcomes.append(ImportOutcome(source: r.path, target: target, status: .skipped,
                    detail: "the write-up would replace the document itself", hint: "import it to another folder (to DIR)"))
                continue
            }
            let exists = FileManager.default.fileExists(atPath: target)
            if exists && !replace {
                outcomes.append(ImportOutcome(source: r.path, target: target, status: .skipped,
                    detail: "\(target) exists", hint: "add overwrite to replace it (--force with probe --import)"))
                continue
            }
            let notes = result.diagnostics.filter { $0.location.file == r.path }
            do {
                try session.createFile(target, WriteUp.markdown(for: r, diagnostics: notes), replace)
                outcomes.append(ImportOutcome(source: r.path, target: target, status: exists ? .replaced : .written,
                                              detail: summary(r)))
            } catch {
                // A file that appeared meanwhile is not replaced: the write fails and the file is kept.
                let exists = !replace && FileManager.default.fileExists(atPath: target)
                outcomes.append(ImportOutcome(source: r.path, target: target, status: exists ? .skipped : .failed,
                    detail: exists ? "\(target) exists" : "could not write \(target): \(error)",
                    hint: exists ? "add overwrite to replace it" : "check the folder's permissions and free space"))
            }
        }
        return ImportResult(outcomes: outcomes.sorted { ($0.source, $0.target ?? "") < ($1.source, $1.target ?? "") },
                            writeUpsLeft: writeUpsLeft)
    }

    /// "hlny-crc, published 2019-02-21, overall Requires improvement, 2 standard ratings; 9 values to review".
    static func summary(_ r: InspectionReport) -> String {
        var parts = [r.provider.id == "unknown" ? "provider not recognised" : r.provider.id]
        if let p = r.published { parts.append("published \(p)") }
        parts.append(r.overall.map { "overall \($0.label)" } ?? "overall unknown")
        parts.append("\(r.ratings.count) standard rating\(r.ratings.count == 1 ? "" : "s")")
        let review = r.inferred.filter { $0.field != "title" }.count
        return parts.joined(separator: ", ") + "; \(review) value\(review == 1 ? "" : "s") to review"
    }

    static func directoryOf(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// True when both paths name one file (the write-up would overwrite its own document).
    static func sameFile(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let ra = URL(fileURLWithPath: a).standardizedFileURL.resolvingSymlinksInPath().path
        let rb = URL(fileURLWithPath: b).standardizedFileURL.resolvingSymlinksInPath().path
        return ra == rb
    }
}
