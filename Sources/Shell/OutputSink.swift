// OutputSink: where the shell's text goes (stdout, stderr, a buffer) and atomic writes for `> file` / `>> file`.
import CLibEdit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The result of a write. `closed` means the reader went away (EPIPE, e.g. `probe -c ... | head -1` with
/// SIGPIPE ignored): stop producing output and exit 0. `failed` is a real error (disk full, EIO).
public enum SinkStatus: Equatable, Sendable {
    case open
    case closed
    case failed(errno: Int32)
}

/// Everything the shell prints goes through a sink, so the REPL chooses the destination and tests capture it.
public protocol OutputSink: AnyObject {
    @discardableResult func write(_ text: String) -> SinkStatus
    @discardableResult func flush() -> SinkStatus
}

/// A sink over a C stdio stream, checked with `ferror`/`errno` after every call. Once closed or failed it
/// stays so, and later writes are dropped: one EPIPE ends the output quietly instead of spamming errors.
public final class StandardStreamSink: OutputSink {
    public static func standardOutput() -> StandardStreamSink { StandardStreamSink(stream: shim_stdout()) }
    public static func standardError() -> StandardStreamSink { StandardStreamSink(stream: shim_stderr()) }

    public private(set) var status: SinkStatus = .open
    private let stream: UnsafeMutablePointer<FILE>

    public init(stream: UnsafeMutablePointer<FILE>) { self.stream = stream }

    @discardableResult
    public func write(_ text: String) -> SinkStatus {
        guard status == .open, !text.isEmpty else { return status }
        var text = text
        let written = text.withUTF8 { fwrite($0.baseAddress, 1, $0.count, stream) }
        if written < text.utf8.count || ferror(stream) != 0 { recordError() }
        return status
    }

    @discardableResult
    public func flush() -> SinkStatus {
        guard status == .open else { return status }
        if fflush(stream) != 0 || ferror(stream) != 0 { recordError() }
        return status
    }

    private func recordError() {
        let code = errno
        status = code == EPIPE ? .closed : .failed(errno: code)
        clearerr(stream)
    }
}

/// A sink that keeps the text in memory: for tests, and for measuring output before choosing the pager.
public final class BufferSink: OutputSink {
    public private(set) var text = ""
    public init() {}
    @discardableResult public func write(_ text: String) -> SinkStatus { self.text += text; return .open }
    @discardableResult public func flush() -> SinkStatus { .open }
    public func reset() { text = "" }
}

/// A failed file write: names the path, the step that failed and the system's reason.
public struct FileWriteError: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var operation: String
    public var errno: Int32
    public var reason: String { String(cString: strerror(errno)) }
    public var description: String { "cannot \(operation) '\(path)': \(reason)" }
}

/// Writes a whole file atomically: the new content goes to a temporary file in the same directory, is
/// fsynced, then renamed over the target. Readers see the old file or the new one, never half of one; on
/// failure the temporary file is removed and the old file is left exactly as it was.
public struct AtomicFileWriter: Sendable {
    /// `create` writes a new file only: when the target exists (or appears meanwhile) the write fails with
    /// EEXIST and nothing changes, as `import` needs.
    public enum Mode: Sendable { case replace /* > */, append /* >> */, create }

    public let path: String
    public init(path: String) { self.path = path }

    public func write(_ text: String, mode: Mode = .replace) throws(FileWriteError) {
        try write(bytes: Array(text.utf8), mode: mode)
    }

    /// Append copies the old content into the temporary file first, so `>>` is atomic too.
    public func write(bytes: [UInt8], mode: Mode) throws(FileWriteError) {
        let target = resolvedTarget()
        var info = stat()
        let existingPermissions: mode_t? = stat(target, &info) == 0 ? info.st_mode & 0o7777 : nil
        let (fd, temporary) = try createTemporary(beside: target)
        do throws(FileWriteError) {
            if mode == .append, existingPermissions != nil { try copyContents(of: target, to: fd) }
            try writeAll(bytes, to: fd)
            // Keep the mode of the file being replaced; a new file gets 0666 minus umask from open().
            if let existingPermissions { _ = fchmod(fd, existingPermissions) }
            guard fsync(fd) == 0 else { throw failure("write") }
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        guard close(fd) == 0 else { let e = failure("write"); unlink(temporary); throw e }
        if mode == .create {
            // link(2) never replaces: the complete file appears under its name, or the call fails with EEXIST.
            guard link(temporary, target) == 0 else { let e = failure("create"); unlink(temporary); throw e }
            unlink(temporary)
            syncDirectory(of: target)
            return
        }
        guard rename(temporary, target) == 0 else { let e = failure("replace"); unlink(temporary); throw e }
        syncDirectory(of: target)
    }

    /// Writing through a symlink replaces the file it points at, not the link itself.
    private func resolvedTarget() -> String {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK,
              let real = realpath(path, nil) else { return path }
        defer { free(real) }
        return String(cString: real)
    }

    private func createTemporary(beside target: String) throws(FileWriteError) -> (Int32, String) {
        let (directory, name) = Self.split(target)
        for _ in 0..<100 {
            let temporary = "\(directory)/.\(name).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
            let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if fd >= 0 { return (fd, temporary) }
            if errno != EEXIST { break }
        }
        throw failure("write")
    }

    private func copyContents(of source: String, to fd: Int32) throws(FileWriteError) {
        let input = open(source, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { throw failure("read") }
        defer { close(input) }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count == 0 { return }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure("read")
            }
            try writeAll(Array(buffer[0..<count]), to: fd)
        }
    }

    private func writeAll(_ bytes: [UInt8], to fd: Int32) throws(FileWriteError) {
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { systemWrite(fd, $0.baseAddress! + offset, $0.count - offset) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure("write")
            }
            offset += count
        }
    }

    /// Makes the rename itself durable; best effort, since some filesystems refuse fsync on directories.
    private func syncDirectory(of target: String) {
        let fd = open(Self.split(target).directory, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    private func failure(_ operation: String) -> FileWriteError {
        FileWriteError(path: path, operation: operation, errno: errno)
    }

    static func split(_ path: String) -> (directory: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let directory = String(path[..<slash])
        return (directory.isEmpty ? "/" : directory, String(path[path.index(after: slash)...]))
    }
}

/// The libc `write`, which methods named `write` would otherwise shadow.
func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(fd, buffer, count)
    #else
    Darwin.write(fd, buffer, count)
    #endif
}
