// DecompressionContexts: reusable zstd decompression contexts, one per thread that is decompressing.
import CZstd

/// `ZSTD_decompress` allocates and initialises a context (about 100 KiB) on every call, which costs more
/// than decompressing a small block; contexts are kept here and lent to one thread at a time instead.
final class DecompressionContexts: Sendable {
    /// A context pointer; only ever used by the thread that has taken it out of the pool.
    private struct Context: @unchecked Sendable { let pointer: OpaquePointer }
    private let idle = Locked<[Context]>([])

    /// Runs `body` with a context of its own, returned to the pool afterwards.
    func with<R>(_ body: (OpaquePointer) -> R) -> R {
        let context = idle.withLock { $0.popLast() } ?? ZSTD_createDCtx().map(Context.init(pointer:))
        guard let context else { fatalError("zstd could not allocate a decompression context (out of memory)") }
        defer { idle.withLock { $0.append(context) } }
        return body(context.pointer)
    }

    deinit {
        idle.withLock { contexts in for c in contexts { ZSTD_freeDCtx(c.pointer) } }
    }
}
