// DocumentCache: extracted documents kept on disk, keyed by a hash of the file's content and the format
// version, written atomically; an entry that fails its check is rebuilt.
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder of cache entries, one file per document content.
public struct DocumentCache: Sendable {
    /// Bumped whenever extraction would give different blocks for the same bytes.
    public static let formatVersion = 1
    public let directory: String

    public init(directory: String) { self.directory = directory }

    /// `$XDG_CACHE_HOME/probe/documents`, else `~/.cache/probe/documents`; nil when neither is set.
    public static func standardDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/probe/documents" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.cache/probe/documents" }
        return nil
    }

    public static var standard: DocumentCache? { standardDirectory().map(DocumentCache.init(directory:)) }

    public enum Lookup: Sendable {
        case hit(Result<Document, DocumentError>)
        case miss
        /// An entry exists but fails its check; the reason.
        case corrupt(String)
    }

    public func path(for key: String) -> String { "\(directory)/\(key.prefix(2))/\(key).v\(Self.formatVersion)" }

    public static func key(for bytes: [UInt8], format: DocumentFormat) -> String {
        format.rawValue + "-" + ContentHash.hex(bytes)
    }

    public func lookup(_ key: String) -> Lookup {
        guard let data = FileManager.default.contents(atPath: path(for: key)) else { return .miss }
        let text = String(decoding: data, as: UTF8.self)
        // Header: "probe-document <version> <payload bytes> <payload hash>".
        guard let newline = text.firstIndex(of: "\n") else { return .corrupt("no header") }
        let header = text[..<newline].split(separator: " ")
        let payload = text[text.index(after: newline)...]
        guard header.count == 4, header[0] == "probe-document", header[1] == "\(Self.formatVersion)",
              Int(header[2]) == payload.utf8.count else { return .corrupt("header does not match its content") }
        guard header[3] == ContentHash.hex(Array(payload.utf8)) else { return .corrupt("checksum mismatch") }
        guard let decoded = DocumentCodec.decode(payload) else { return .corrupt("unreadable entry") }
        return .hit(decoded)
    }

    /// Writes an entry through a temporary file and a rename, so a reader never sees half of one.
    /// Failures are ignored: the cache only saves time.
    public func store(_ result: Result<Document, DocumentError>, key: String) {
        if case .failure(let e) = result, !DocumentCodec.isCacheable(e) { return }
        let payload = DocumentCodec.encode(result)
        let bytes = Array(payload.utf8)
        let entry = "probe-document \(Self.formatVersion) \(bytes.count) \(ContentHash.hex(bytes))\n" + payload
        let target = path(for: key)
        let folder = String(target[..<target.lastIndex(of: "/")!])
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temporary = "\(target).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(entry.utf8)) else { return }
        if rename(temporary, target) != 0 { unlink(temporary) }
    }
}
