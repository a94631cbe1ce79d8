// DocumentCache: extracted documents kept on disk, keyed by a hash of the file's content and the format
// version, written atomically; an entry that fails its check is rebuilt.
import Foundation

/// A folder of cache entries, one file per document content.
public struct DocumentCache: Sendable {
    /// Bumped whenever extraction would give different blocks for the same bytes.
    public static let formatVersion = 1
    public let store: CacheStore
    public var directory: String { store.directory }

    public init(directory: String) { store = CacheStore(directory: directory, tag: "probe-document", version: Self.formatVersion) }

    /// `$XDG_CACHE_HOME/probe/documents`, else `~/.cache/probe/documents`; nil when neither is set.
    public static func standardDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        CacheStore.standardDirectory("documents", environment: environment)
    }

    public static var standard: DocumentCache? { standardDirectory().map(DocumentCache.init(directory:)) }

    public enum Lookup: Sendable {
        case hit(Result<Document, DocumentError>)
        case miss
        /// An entry exists but fails its check; the reason.
        case corrupt(String)
    }

    public func path(for key: String) -> String { store.path(for: key) }

    public static func key(for bytes: [UInt8], format: DocumentFormat) -> String {
        format.rawValue + "-" + ContentHash.hex(bytes)
    }

    public func lookup(_ key: String) -> Lookup {
        switch store.read(key) {
        case .miss: return .miss
        case .corrupt(let why): return .corrupt(why)
        case .hit(let payload):
            guard let decoded = DocumentCodec.decode(payload) else { return .corrupt("unreadable entry") }
            return .hit(decoded)
        }
    }

    /// Keeps an extraction (or a failure that depends on the file alone).
    public func store(_ result: Result<Document, DocumentError>, key: String) {
        if case .failure(let e) = result, !DocumentCodec.isCacheable(e) { return }
        store.write(DocumentCodec.encode(result), key: key)
    }
}
