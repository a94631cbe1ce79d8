// CorpusSnapshot: finds, checks, maps or rewrites the index snapshot of the folders a load read.
import Foundation
import Inspections
import PhraseIndex
import Search

/// Where a load keeps its index between runs: one file per set of loaded paths in the cache folder,
/// stamped with the key of the files it was built from. A snapshot that is missing, stale or fails any
/// check is never used: the index is built from the files and the snapshot written again; the reason,
/// when there is one worth saying, is one warning line.
public enum CorpusSnapshot {
    /// How the index of a load was obtained.
    public enum Use: String, Sendable {
        /// Snapshots were not asked for (`--no-snapshot`, `set snapshot off`, or no cache folder).
        case off
        /// Mapped from a valid snapshot: nothing was tokenised.
        case mapped
        /// Built from the files (and written as a snapshot unless a warning says it could not be).
        case built
    }

    /// `$XDG_CACHE_HOME/probe`, else `~/.cache/probe`; nil when neither is set.
    public static func standardDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/probe" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.cache/probe" }
        return nil
    }

    /// The snapshot file of a load of `paths`: named from their absolute, resolved paths, so `Corpus` and
    /// `./Corpus/` share one and two folders never do.
    public static func path(in directory: String, for paths: [String]) -> String {
        let roots = paths.map(absolute).joined(separator: "\u{0}")
        let hash = Array(roots.utf8).withUnsafeBytes { IndexSnapshot.key(bytes: $0) }
        return directory + "/index-" + String(hash, radix: 16).leftPadded(to: 16) + ".snapshot"
    }

    /// The key of what a load read: every file's path (relative to the loaded path it came from), size and
    /// modification time in path order, then the snapshot format and probe version, whose parser decides
    /// what the index is built from.
    public static func key(_ sources: [SourceStamp], paths: [String]) -> UInt64 {
        // The loader names a folder's files from the path as given, so stripping that path (not a resolved
        // one, which would cost a realpath per file) leaves the file's path inside it.
        let roots = paths.map { $0.count > 1 && $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        var files: [(path: String, size: Int, modified: Int64)] = sources.map { s in
            let root = roots.enumerated().first { s.path.hasPrefix($0.element + "/") || s.path == $0.element }
            let relative = root.map { "\($0.offset):" + s.path.dropFirst($0.element.count) } ?? s.path
            return (relative, s.size, s.modified)
        }
        files.sort { $0.path < $1.path }
        files.append(("probe \(ProbeVersion.number) index", 0, Int64(IndexSnapshot.formatVersion)))
        return IndexSnapshot.key(files: files)
    }

    /// The index of `reports`: mapped from the snapshot in `directory` when it is valid for `sources`,
    /// otherwise built and saved there. Never fails: what went wrong is the warning.
    static func index(reports: [InspectionReport], sources: [SourceStamp], paths: [String], directory: String,
                      options: IndexBuildOptions) -> (index: InvertedIndex, use: Use, warning: LoadDiagnostic?) {
        let file = path(in: directory, for: paths)
        let key = key(sources, paths: paths)
        let documents = SearchCorpus.documents(reports)
        var warning: LoadDiagnostic?
        do {
            let mapped = try IndexSnapshot.read(file, key: key, texts: documents.map(\.text))
            if SearchCorpus.index(mapped, fits: reports) { return (mapped, .mapped, nil) }
            warning = refused(file, .stale)
        } catch {
            if error.reason != .unreadable(errno: ENOENT) { warning = refused(file, error.reason) }
        }
        let index = InvertedIndex(documents: documents, options: options)
        // One line only: a snapshot that could not be saved is the news when reading it failed too.
        if let code = makeFolder(directory) {
            warning = notSaved(file, errno: code)
        } else {
            do { try IndexSnapshot.write(index, to: file, key: key) } catch {
                let code: Int32 = switch error.reason { case .unwritable(let e), .unreadable(let e): e; default: EIO }
                warning = notSaved(file, errno: code)
            }
        }
        return (index, .built, warning)
    }

    /// The warning for a snapshot that was found and not used.
    static func refused(_ file: String, _ reason: IndexSnapshotError.Reason) -> LoadDiagnostic {
        let at = SourceLocation(file: file)
        switch reason {
        case .stale:
            return LoadDiagnostic(.warning, at, "index snapshot made from other files (one was added, removed or changed); rebuilt")
        case .truncated(let bytes, let expected):
            return LoadDiagnostic(.warning, at, "index snapshot truncated (\(bytes) of \(expected) bytes); rebuilt")
        case .foreign:
            return LoadDiagnostic(.warning, at, "not a probe index snapshot; rebuilt")
        case .version(let found):
            return LoadDiagnostic(.warning, at, "index snapshot of format version \(found), this probe reads version \(IndexSnapshot.formatVersion); rebuilt")
        case .corrupt(let part):
            return LoadDiagnostic(.warning, at, "index snapshot damaged (checksum of the \(part) does not match); rebuilt")
        case .malformed(let what):
            return LoadDiagnostic(.warning, at, "index snapshot damaged (inconsistent \(what)); rebuilt")
        case .unreadable(let code), .unwritable(let code):
            return LoadDiagnostic(.warning, at, "index snapshot cannot be read (\(String(cString: strerror(code)).lowercased())); rebuilt")
        }
    }

    /// The warning for a snapshot that could not be written.
    static func notSaved(_ file: String, errno code: Int32) -> LoadDiagnostic {
        LoadDiagnostic(.warning, SourceLocation(file: file),
                              "index snapshot not saved (\(String(cString: strerror(code)).lowercased())); the next load builds the index again")
    }

    /// Creates `directory` and its parents as needed; the errno when that fails.
    private static func makeFolder(_ directory: String) -> Int32? {
        var st = stat()
        if stat(directory, &st) == 0 { return (st.st_mode & S_IFMT) == S_IFDIR ? nil : ENOTDIR }
        let parent = (directory as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != directory, let code = makeFolder(parent) { return code }
        return mkdir(directory, 0o755) == 0 || errno == EEXIST ? nil : errno
    }

    private static func absolute(_ path: String) -> String {
        if let resolved = realpath(path, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        return path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }
}

private extension String {
    func leftPadded(to n: Int) -> String { count >= n ? self : String(repeating: "0", count: n - count) + self }
}
