// MappedFile: a whole file mapped read-only, unmapped when the last index using it goes away.
#if canImport(Glibc)
import Glibc
#endif

/// A read-only private mapping of a regular file. The mapping stays valid if the file is replaced or
/// deleted (a snapshot is replaced by rename, never rewritten in place).
final class MappedFile: @unchecked Sendable {
    let base: UnsafeRawPointer
    let count: Int

    enum Failure: Error, Equatable {
        case open(errno: Int32), stat(errno: Int32), notRegular, map(errno: Int32)
    }

    init(path: String) throws(Failure) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .open(errno: errno) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw .stat(errno: errno) }
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw .notRegular }
        count = Int(st.st_size)
        guard count > 0 else { base = UnsafeRawPointer(bitPattern: 1)!; return }
        let p = mmap(nil, count, PROT_READ, MAP_PRIVATE, fd, 0)
        guard let p, p != MAP_FAILED else { throw .map(errno: errno) }
        base = UnsafeRawPointer(p)
    }

    deinit {
        if count > 0 { munmap(UnsafeMutableRawPointer(mutating: base), count) }
    }

    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

    /// Tells the kernel that `range` is not needed soon: its pages leave this process's resident set
    /// (they stay in the page cache). Used after checksumming a section nobody has queried yet.
    func release(_ range: Range<Int>) {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let start = (range.lowerBound + page - 1) / page * page
        let end = range.upperBound / page * page
        guard end > start else { return }
        _ = madvise(UnsafeMutableRawPointer(mutating: base + start), end - start, MADV_DONTNEED)
    }
}
