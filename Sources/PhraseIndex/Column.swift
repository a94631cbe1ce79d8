// Column: a read-only run of fixed-size values in memory the index owns or maps, never a Swift Array.

/// A read-only view of `count` values; the memory belongs to a `ColumnMemory` kept alive by the holder.
/// Columns let an index built in this process and one mapped from a snapshot file share one code path.
struct Column<T: BitwiseCopyable>: @unchecked Sendable {
    let base: UnsafePointer<T>
    let count: Int

    init(_ base: UnsafePointer<T>, count: Int) {
        self.base = base
        self.count = count
    }

    @inline(__always)
    subscript(i: Int) -> T { base[i] }

    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count * MemoryLayout<T>.stride) }
    var array: [T] { Array(UnsafeBufferPointer(start: base, count: count)) }
}

/// Owner of the memory behind a set of columns: allocations freed together, or a mapped file unmapped
/// with it. Immutable once the index is built.
final class ColumnMemory: @unchecked Sendable {
    private var allocations: [(pointer: UnsafeMutableRawPointer, bytes: Int)] = []
    private let mapping: MappedFile?

    init(mapping: MappedFile? = nil) { self.mapping = mapping }

    deinit { for a in allocations { RawMemory.freeBytes(a.pointer, bytes: a.bytes) } }

    /// Raw zeroed memory for `count` values plus `slack` bytes, owned by this object.
    func allocate<T: BitwiseCopyable>(_ type: T.Type, count: Int, slack: Int = 0) -> UnsafeMutablePointer<T> {
        let bytes = max(1, count * MemoryLayout<T>.stride + slack)
        let p = RawMemory.allocateBytes(bytes)
        p.initializeMemory(as: UInt8.self, repeating: 0, count: bytes)
        allocations.append((p, bytes))
        return p.bindMemory(to: T.self, capacity: max(1, count))
    }

    /// A column holding a copy of `values`.
    func column<T: BitwiseCopyable>(_ values: [T]) -> Column<T> {
        let p = allocate(T.self, count: values.count)
        values.withUnsafeBufferPointer { b in if let src = b.baseAddress { p.update(from: src, count: b.count) } }
        return Column(p, count: values.count)
    }

    /// Takes over memory from `RawMemory.allocateBytes`.
    func adopt(_ pointer: UnsafeMutableRawPointer, bytes: Int) { allocations.append((pointer, bytes)) }
}
