// RecognitionCache: recognised reports kept beside the extracted documents, keyed by the document's content,
// the provider registry and the recogniser's version, so a second load of a document skips recognition too.
import Documents
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Entries live in the document cache's folder under their own tag and keys. An entry is used only by the
/// same build of probe (its stamp: the executable's size and modification time), so a changed recogniser
/// never serves an old answer even when `version` was not bumped.
struct RecognitionCache: Sendable {
    /// Bumped whenever recognition or the rendered body would differ for the same document and registry.
    static let version = 1
    let store: CacheStore

    init(directory: String) {
        store = CacheStore(directory: directory, tag: "probe-report", version: Self.version)
    }

    /// The document's content hash, its format and the registry's fingerprint.
    func key(for bytes: [UInt8], format: DocumentFormat, registry fingerprint: String) -> String {
        ContentHash.hex(bytes) + "-" + format.rawValue + "-report-" + fingerprint
    }

    enum Lookup {
        case hit(RecognitionRecord)
        case miss
        case corrupt(String)
    }

    func lookup(_ key: String, path: String) -> Lookup {
        switch store.read(key, stamp: Self.stamp) {
        case .miss: return .miss
        case .corrupt(let why): return .corrupt(why)
        case .hit(let payload):
            guard let record = RecognitionCodec.decode(payload, path: path) else { return .corrupt("unreadable entry") }
            return .hit(record)
        }
    }

    func store(_ record: RecognitionRecord, key: String, path: String) {
        store.write(RecognitionCodec.encode(record, path: path), key: key, stamp: Self.stamp)
    }

    /// The warning for an entry that failed its check (it is rebuilt).
    func corruptionWarning(_ key: String, _ why: String) -> String {
        "cache entry \(store.path(for: key)) was corrupt (\(why)); it is rebuilt"
    }

    /// A short hash of everything in the registry that recognition reads: providers' ids, names, types,
    /// regions, owners and aliases, and the owner groups.
    static func fingerprint(_ registry: ProviderRegistry?) -> String {
        guard let registry, !registry.isEmpty else { return "none" }
        var text = ""
        for p in registry.providers {
            text += [p.id, p.name, p.shortName, p.type.rawValue, p.region ?? "", p.owners.joined(separator: "\u{1F}"),
                     p.aliases.joined(separator: "\u{1F}")].joined(separator: "\t") + "\n"
        }
        for o in registry.owners { text += o.name + "\t" + o.aliases.joined(separator: "\u{1F}") + "\n" }
        return String(ContentHash.hex(Array(text.utf8)).prefix(16))
    }

    /// This executable's size and modification time; "-" where it cannot be read.
    static let stamp: String = {
        var st = stat()
        guard stat("/proc/self/exe", &st) == 0 else { return "-" }
        #if canImport(Darwin)
        return "\(st.st_size)-\(st.st_mtimespec.tv_sec)"
        #else
        return "\(st.st_size)-\(st.st_mtim.tv_sec)"
        #endif
    }()
}
