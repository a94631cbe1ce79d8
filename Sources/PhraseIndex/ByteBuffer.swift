// ByteBuffer: manually managed byte storage with LEB128 varints, used for postings during and after build.

/// A growable byte buffer with raw-pointer access. A class so that the index can share it
/// immutably across threads (`@unchecked Sendable`: nothing mutates it after the build).
final class ByteBuffer: @unchecked Sendable {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int
    var count: Int = 0

    init(capacity: Int) {
        self.capacity = max(16, capacity)
        base = RawMemory.allocate(UInt8.self, capacity: self.capacity)
    }

    deinit { RawMemory.free(base, capacity: capacity) }

    func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        var newCapacity = capacity * 2
        while newCapacity < count + extra { newCapacity *= 2 }
        let fresh = RawMemory.allocate(UInt8.self, capacity: newCapacity)
        fresh.update(from: base, count: count)
        RawMemory.free(base, capacity: capacity)
        base = fresh
        capacity = newCapacity
    }

    /// Appends a varint; the caller must have reserved 5 bytes.
    @inline(__always)
    func appendVarIntUnchecked(_ value: UInt32) {
        var v = value
        while v >= 0x80 {
            base[count] = UInt8(truncatingIfNeeded: v) | 0x80
            count += 1
            v >>= 7
        }
        base[count] = UInt8(v)
        count += 1
    }

    func appendVarInt(_ value: UInt32) {
        reserve(5)
        appendVarIntUnchecked(value)
    }

    func append(_ bytes: UnsafePointer<UInt8>, count n: Int) {
        reserve(n)
        (base + count).update(from: bytes, count: n)
        count += n
    }

    /// Frees the storage early (a merged chunk's streams), leaving an empty buffer.
    func release() {
        RawMemory.free(base, capacity: capacity)
        capacity = 16
        base = RawMemory.allocate(UInt8.self, capacity: capacity)
        count = 0
    }

    /// Shrinks the allocation to the used size (after build, to keep resident memory low).
    func shrinkToFit() {
        guard capacity > count + 16 else { return }
        let fresh = RawMemory.allocate(UInt8.self, capacity: max(count, 1))
        fresh.update(from: base, count: count)
        RawMemory.free(base, capacity: capacity)
        base = fresh
        capacity = max(count, 1)
    }
}

enum VarInt {
    /// Number of bytes `value` takes as a varint.
    @inline(__always)
    static func size(_ value: UInt32) -> Int {
        value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x20_0000 ? 3 : value < 0x1000_0000 ? 4 : 5
    }

    /// Decodes a varint at `p`, advancing it.
    @inline(__always)
    static func read(_ p: inout UnsafePointer<UInt8>) -> UInt32 {
        var b = UInt32(p.pointee)
        p += 1
        if b < 0x80 { return b }
        var result = b & 0x7F
        var shift: UInt32 = 7
        repeat {
            b = UInt32(p.pointee)
            p += 1
            result |= (b & 0x7F) << shift
            shift += 7
        } while b >= 0x80
        return result
    }

    @inline(__always)
    static func write(_ value: UInt32, to p: inout UnsafeMutablePointer<UInt8>) {
        var v = value
        while v >= 0x80 {
            p.pointee = UInt8(truncatingIfNeeded: v) | 0x80
            p += 1
            v >>= 7
        }
        p.pointee = UInt8(v)
        p += 1
    }
}
