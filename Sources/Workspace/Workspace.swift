// Workspace: a session's research state — saved sets, tags, scope, variables, last results — over the loaded corpus.
import Foundation
import Inspections
import QueryLanguage
import Search

/// Everything a researcher builds up in a session, kept apart from the corpus: a reload or a load swaps the
/// corpus underneath and the workspace finds its sets and tags again in the new one (by citation id and
/// text hash), saying what changed or vanished. `search` is the corpus every command sees: the sets and
/// tags as query fields, the scope as a restriction, worked out once per change and cached.
public final class Workspace {
    public private(set) var sets: [String: SavedSet] = [:]
    public private(set) var scope: Scope?
    public var variables = Variables()
    public private(set) var tags = TagStore(path: nil)
    public var lastFindings: LastFindings? { didSet { changed() } }
    public var lastTable: LastTable?
    public var listed: NumberedList?
    /// A tags file named by the environment (`PROBE_TAGS`), used instead of the one beside the corpus.
    public var tagFileOverride: String?
    /// The time now, ISO 8601 UTC (the Shell gives the clock; `PROBE_FIXED_TIME` fixes it for tests).
    public var now: () -> String = { Workspace.iso8601(Date()) }
    /// A fingerprint shown instead of the corpus's (`PROBE_FIXED_FINGERPRINT`, for tests of saved scripts).
    public var fixedFingerprint: String?
    /// Corpus paths shown instead of the real ones (`PROBE_FIXED_CORPUS`, for tests: absolute paths differ by machine).
    public var fixedCorpusPaths: [String]?

    private var base = SearchCorpus(reports: [])
    private var paths: [String] = []
    private var generation = 0
    private var cache: (generation: Int, search: SearchCorpus)?
    private var locatorCache: FindingLocator?
    private var fingerprintCache: String?
    /// Sets whose changed or vanished findings were already reported for this corpus.
    private var reported = Set<String>()

    public init() {}

    private func changed() { generation += 1 }

    // MARK: the corpus

    /// Takes a newly loaded corpus: reads its tags file, and forgets what was worked out for the old one.
    /// Sets and the scope stay (a set is found again by citation and hash); the last results point into the
    /// old corpus, so `open N` and `lines N` are dropped.
    public func bind(_ corpus: SearchCorpus, paths: [String]) {
        base = corpus
        self.paths = paths
        locatorCache = nil
        fingerprintCache = nil
        reported = []
        lastTable = nil
        lastFindings = nil
        listed = nil
        tags = TagStore.read(path: tagPath)
        changed()
    }

    /// `CORPUS/.probe-tags.tsv` beside the first corpus folder (or file), unless overridden.
    public var tagPath: String? {
        if let tagFileOverride { return tagFileOverride }
        return Workspace.tagPath(for: paths)
    }

    public static let tagFileName = ".probe-tags.tsv"

    public static func tagPath(for paths: [String]) -> String? {
        guard let first = paths.first else { return nil }
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: first, isDirectory: &isDirectory)
        let folder = exists && isDirectory.boolValue ? first : (first as NSString).deletingLastPathComponent
        return (folder.isEmpty ? "." : folder) + "/" + tagFileName
    }

    public var locator: FindingLocator {
        if let locatorCache { return locatorCache }
        let l = FindingLocator(base)
        locatorCache = l
        return l
    }

    /// The corpus as commands see it: sets and tags named, the scope applied. Throws when the scope no
    /// longer resolves (a tag it names is gone).
    public func search() throws(QueryError) -> SearchCorpus {
        if let cache, cache.generation == generation { return cache.search }
        var named: [String: [String: [Int]]] = ["set": [:], "tag": [:]]
        for (name, set) in sets { named["set"]![name] = locator.resolve(set.members).segments }
        if let frozen = lastFindings?.frozen { named["set"]!["_"] = locator.resolve(frozen).segments }
        named["tag"] = tags.resolve(with: locator).byTag
        let hints = ["set": "sets lists the saved sets; save NAME keeps the last result as one",
                     "set:_": "no result yet: $_ (set:_) is the findings of the last find, kwic or count",
                     "tag": "tags lists the tags; tag ID... TAG gives one"]
        var corpus = base.naming(named, hints: hints)
        if let scope { corpus = try corpus.restricted(to: scope.node) }
        cache = (generation, corpus)
        return corpus
    }

    /// The write-ups the scope allows, in corpus order.
    public func reports() throws(QueryError) -> [InspectionReport] {
        let s = try search()
        guard s.context.restriction != nil else { return s.reports }
        return s.allowedDocuments.map { s.reports[$0] }
    }

    // MARK: sets

    public func save(_ set: SavedSet) { sets[set.name] = set; changed() }

    @discardableResult
    public func drop(_ name: String) -> SavedSet? {
        defer { changed() }
        return sets.removeValue(forKey: name)
    }

    /// Works out the last result's members once, so `set:_` can name them.
    public func freezeLast() throws(QueryError) {
        guard var last = lastFindings, last.frozen == nil else { return }
        _ = try last.members()
        lastFindings = last
    }

    /// "set rh: 2 of its 40 findings changed since it was saved, 1 vanished; they are left out", once per
    /// set and corpus.
    public func staleNote(forSet name: String) -> String? {
        guard let set = sets[name], !reported.contains(name) else { return nil }
        let r = locator.resolve(set.members)
        guard !r.isIntact else { return nil }
        reported.insert(name)
        return "set \(name): " + Workspace.staleText(changed: r.changed.count, vanished: r.vanished.count, of: set.members.count)
            + " since it was saved; left out (sets lists them)"
    }

    /// "tag rosh: 1 of its 2 findings changed since it was given; left out (tags lists them)", once per tag and
    /// corpus, so a count over a tag does not silently shrink after a reload.
    public func staleNote(forTag name: String) -> String? {
        let key = "tag:" + name  // set names cannot hold ':', so this never meets a set's
        guard !reported.contains(key) else { return nil }
        let stale = tags.resolve(with: locator).stale.filter { $0.entry.tag == name }
        guard !stale.isEmpty else { return nil }
        reported.insert(key)
        let vanished = stale.filter(\.vanished).count
        let total = tags.entries.filter { $0.tag == name }.count
        return "tag \(name): " + Workspace.staleText(changed: stale.count - vanished, vanished: vanished, of: total)
            + " since it was given; left out (tags lists them)"
    }

    static func staleText(changed: Int, vanished: Int, of total: Int) -> String {
        var parts: [String] = []
        if changed > 0 { parts.append("\(changed) of its \(total) findings changed") }
        if vanished > 0 { parts.append("\(vanished)\(changed > 0 ? "" : " of its \(total) findings") vanished") }
        return parts.joined(separator: ", ")
    }

    // MARK: scope

    public func use(_ scope: Scope?) { self.scope = scope; changed() }

    // MARK: tags

    /// Re-reads the tags file, applies `change` to what it holds, writes the result with `write` (atomic), and
    /// only then keeps it. Returns what `change` returned.
    public func changeTags<T>(_ write: (String, String) throws -> Void,
                              _ change: (TagStore) -> (TagStore, T)) throws -> T {
        guard let path = tagPath else { throw TagFileError.noCorpus }
        let fresh = TagStore.read(path: path)
        if let failure = fresh.readFailure { throw TagFileError.unreadable(failure) }
        let (next, result) = change(fresh)
        try write(path, next.text)
        tags = next
        changed()
        return result
    }

    /// Re-reads the tags file (after a reload, or to see another session's changes).
    public func rereadTags() { tags = TagStore.read(path: tagPath); changed() }

    // MARK: provenance

    public func corpusStamp(files: Int) -> CorpusStamp {
        let fingerprint = fixedFingerprint ?? fingerprintCache ?? CorpusStamp.fingerprint(base.reports)
        if fixedFingerprint == nil { fingerprintCache = fingerprint }
        return CorpusStamp(paths: fixedCorpusPaths ?? paths, files: files, writeUps: base.reports.count, fingerprint: fingerprint)
    }

    public static func iso8601(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: date)
    }
}

/// Why the tags file could not be changed.
public enum TagFileError: Error, Equatable {
    case noCorpus
    case unreadable(String)
}
