// CacheStore: a folder of checksummed entries, one file per key, each written atomically; what the document
// and recognition caches keep their entries in.
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Entries are `<tag> <version> <payload bytes> <payload hash> <stamp>` on one line, then the payload. An
/// entry whose header or checksum does not match is corrupt; one with another stamp is stale (a miss).
public struct CacheStore: Sendable {
    public let directory: String
    /// The first word of every entry's header, naming what the folder holds.
    public let tag: String
    /// Bumped when the same key would give a different payload.
    public let version: Int

    public init(directory: String, tag: String, version: Int) {
        self.directory = directory; self.tag = tag; self.version = version
    }

    /// `$XDG_CACHE_HOME/probe/<name>`, else `~/.cache/probe/<name>`; nil when neither is set.
    public static func standardDirectory(_ name: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/probe/" + name }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.cache/probe/" + name }
        return nil
    }

    public enum Lookup: Sendable, Equatable {
        case hit(Substring)
        case miss
        /// An entry exists but fails its check; the reason.
        case corrupt(String)
    }

    public func path(for key: String) -> String { "\(directory)/\(key.prefix(2))/\(key).v\(version)" }

    /// The payload stored under `key`. An entry written with another `stamp` is a miss.
    public func read(_ key: String, stamp: String = "-") -> Lookup {
        guard let data = FileManager.default.contents(atPath: path(for: key)) else { return .miss }
        let text = String(decoding: data, as: UTF8.self)
        guard let newline = text.firstIndex(of: "\n") else { return .corrupt("no header") }
        let header = text[..<newline].split(separator: " ")
        let payload = text[text.index(after: newline)...]
        guard header.count == 4 || header.count == 5, header[0] == tag, header[1] == "\(version)",
              Int(header[2]) == payload.utf8.count else { return .corrupt("header does not match its content") }
        guard header[3] == ContentHash.hex(Array(payload.utf8)) else { return .corrupt("checksum mismatch") }
        if (header.count == 5 ? String(header[4]) : "-") != stamp { return .miss }
        return .hit(payload)
    }

    /// Writes an entry through a temporary file and a rename, so a reader never sees half of one.
    /// Failures are ignored: a cache only saves time.
    public func write(_ payload: String, key: String, stamp: String = "-") {
        let bytes = Array(payload.utf8)
        let entry = "\(tag) \(version) \(bytes.count) \(ContentHash.hex(bytes)) \(stamp)\n" + payload
        let target = path(for: key)
        let folder = String(target[..<target.lastIndex(of: "/")!])
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temporary = "\(target).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(entry.utf8)) else { return }
        if rename(temporary, target) != 0 { unlink(temporary) }
    }
}
