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
        // Header and checksum are read from the bytes: a warm load reads every entry, and copying a whole
        // entry through String views cost more than the rest of the load.
        let bytes = [UInt8](data)
        guard let newline = bytes.firstIndex(of: UInt8(ascii: "\n")) else { return .corrupt("no header") }
        let header = String(decoding: bytes[..<newline], as: UTF8.self).split(separator: " ")
        let payload = Array(bytes[(newline + 1)...])
        guard header.count == 4 || header.count == 5, header[0] == tag, header[1] == "\(version)",
              Int(header[2]) == payload.count else { return .corrupt("header does not match its content") }
        guard header[3] == ContentHash.hex(payload) else { return .corrupt("checksum mismatch") }
        if (header.count == 5 ? String(header[4]) : "-") != stamp { return .miss }
        return .hit(Substring(String(decoding: payload, as: UTF8.self)))
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
