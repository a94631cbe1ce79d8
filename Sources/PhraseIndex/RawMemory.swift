// RawMemory: large buffers mapped straight from the kernel, so freeing them lowers resident memory at once.
#if canImport(Glibc)
import Glibc
#endif

/// glibc serves blocks below its (self-raising, up to 32 MiB) mmap threshold from the heap and keeps them
/// resident after `free`; the build's transient buffers (token ids, sort pairs, chunk postings) would then
/// pile up as peak RSS. Buffers of `threshold` bytes or more are therefore mmap'd and munmap'd directly.
/// Pages are touched lazily either way, so only what is written becomes resident.
enum RawMemory {
    static let threshold = 1 << 18

    static func allocate<T>(_ type: T.Type, capacity: Int) -> UnsafeMutablePointer<T> {
        allocateBytes(max(1, capacity) * MemoryLayout<T>.stride).bindMemory(to: T.self, capacity: max(1, capacity))
    }

    /// Frees what `allocate` returned for the same type and capacity.
    static func free<T>(_ pointer: UnsafeMutablePointer<T>, capacity: Int) {
        freeBytes(UnsafeMutableRawPointer(pointer), bytes: max(1, capacity) * MemoryLayout<T>.stride)
    }

    /// At least 16-byte aligned (page aligned when mapped).
    static func allocateBytes(_ bytes: Int) -> UnsafeMutableRawPointer {
        let bytes = max(1, bytes)
        #if canImport(Glibc)
        if bytes >= threshold {
            let p = mmap(nil, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
            if let p, p != MAP_FAILED { return p }
        }
        #endif
        return .allocate(byteCount: bytes, alignment: 16)
    }

    static func freeBytes(_ pointer: UnsafeMutableRawPointer, bytes: Int) {
        #if canImport(Glibc)
        if max(1, bytes) >= threshold {
            if munmap(pointer, max(1, bytes)) == 0 { return }
        }
        #endif
        pointer.deallocate()
    }
}
