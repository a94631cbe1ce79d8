// TagStore: the tags of one corpus — read from its tags file, changed by `tag` and `untag`, written whole each time.
import Foundation

/// The tags beside one corpus. Each change re-reads the file first (another session, or a spreadsheet, may
/// have changed it), applies itself, and hands the whole new text to a writer that replaces the file
/// atomically; only when that succeeds does the store change, so a failed write leaves both file and
/// session as they were.
public struct TagStore: Sendable, Equatable {
    /// Where the file is; nil when no corpus is loaded (then nothing can be tagged).
    public let path: String?
    public private(set) var contents = TagFile.Contents()
    /// Why the file could not be read at all (not "missing": a missing file is an empty store).
    public private(set) var readFailure: String?

    public init(path: String?) { self.path = path }

    public var entries: [TagEntry] { contents.entries }

    /// The store as the file now reads.
    public static func read(path: String?) -> TagStore {
        var store = TagStore(path: path)
        guard let path, FileManager.default.fileExists(atPath: path) else { return store }
        guard let data = FileManager.default.contents(atPath: path) else {
            store.readFailure = "cannot read '\(path)'"
            return store
        }
        store.contents = TagFile.parse(String(decoding: data, as: UTF8.self))
        return store
    }

    /// The file's text for this store.
    public var text: String { TagFile.render(contents) }

    /// Adds `tag` to each finding; returns the new store and how many findings newly got it. A finding already
    /// tagged so keeps its first line, unless its text changed since: then the line is renewed.
    public func adding(_ tag: String, to refs: [FindingRef], at time: String) -> (TagStore, added: Int) {
        var copy = self
        var added = 0
        for ref in Array(Set(refs)).sorted() {
            if let i = copy.contents.entries.firstIndex(where: { $0.citation == ref.citation && $0.tag == tag }) {
                let old = copy.contents.entries[i]
                if old.textHash == ref.textHash { continue }
                copy.contents.entries[i] = TagEntry(citation: ref.citation, tag: tag, textHash: ref.textHash, taggedAt: time)
                added += 1
            } else {
                copy.contents.entries.append(TagEntry(citation: ref.citation, tag: tag, textHash: ref.textHash, taggedAt: time))
                added += 1
            }
        }
        copy.contents.entries.sort(by: TagEntry.fileOrder)
        return (copy, added)
    }

    /// Takes `tag` off the findings with these citation ids; returns the new store and how many lost it.
    public func removing(_ tag: String, from citations: Set<String>) -> (TagStore, removed: Int) {
        var copy = self
        let before = copy.contents.entries.count
        copy.contents.entries.removeAll { $0.tag == tag && citations.contains($0.citation) }
        return (copy, before - copy.contents.entries.count)
    }

    /// Every tag's findings in a corpus: those whose text is as tagged, by tag; and the lines whose finding
    /// changed or vanished since, which are kept in the file but not applied.
    public func resolve(with locator: FindingLocator) -> (byTag: [String: [Int]], stale: [Stale]) {
        var byTag: [String: [Int]] = [:]
        var stale: [Stale] = []
        for e in entries {
            // A hand-written line without a hash takes the finding as it is now.
            let ref = e.textHash.isEmpty ? nil : e.ref
            if let ref {
                let r = locator.resolve([ref])
                if let s = r.segments.first { byTag[e.tag, default: []].append(s); continue }
                stale.append(Stale(entry: e, vanished: !r.vanished.isEmpty))
            } else if let s = locator.segment(of: e.citation) {
                byTag[e.tag, default: []].append(s)
            } else {
                stale.append(Stale(entry: e, vanished: true))
            }
        }
        return (byTag.mapValues { Array(Set($0)).sorted() }, stale)
    }

    /// A tag line whose finding is not loaded as it was tagged.
    public struct Stale: Sendable, Equatable {
        public var entry: TagEntry
        /// True when no finding has the citation id; false when its text changed.
        public var vanished: Bool
    }
}
