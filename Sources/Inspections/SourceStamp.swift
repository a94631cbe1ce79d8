// SourceStamp: a loaded file's path, size and modification time as found before it was read.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a load saw of one file before reading it. Taken before the read, so a file changed while it was
/// being loaded carries the older time and the next load sees it as changed.
public struct SourceStamp: Sendable, Equatable {
    public var path: String
    public var size: Int
    /// Nanoseconds since the epoch.
    public var modified: Int64

    public init(path: String, size: Int, modified: Int64) {
        self.path = path; self.size = size; self.modified = modified
    }

    /// The stamp from a `stat` of the file.
    init(path: String, _ st: stat) {
        self.init(path: path, size: Int(st.st_size),
                  modified: Int64(st.st_mtim.tv_sec) &* 1_000_000_000 &+ Int64(st.st_mtim.tv_nsec))
    }

    /// The stamp of `path` now, or nil when it cannot be stat'ed.
    public static func of(_ path: String) -> SourceStamp? {
        var st = stat()
        return stat(path, &st) == 0 ? SourceStamp(path: path, st) : nil
    }
}
