// TermTable: open-addressing hash from term bytes to dense ids, with the bytes kept in one arena.

/// The mutable hash core: a value type over raw pointers, so the hot `intern` path in a local `var`
/// gets static (not dynamic) exclusivity checks. Its owner must call `release()` exactly once.
struct TermHash {
    private(set) var arena: UnsafeMutablePointer<UInt8>
    private var arenaCapacity: Int
    private(set) var arenaCount = 0
    /// Start of term `i` in the arena; entry `i + 1` is its end.
    private(set) var offsets: UnsafeMutablePointer<UInt32>
    private var offsetsCapacity: Int
    private(set) var count = 0
    /// Slot = (hash high 32 bits << 32) | (id + 1); 0 means empty.
    private(set) var slots: UnsafeMutablePointer<UInt64>
    private var mask: Int
    var slotCount: Int { mask + 1 }

    init(expected: Int = 1024) {
        var size = 64
        while size < expected * 2 { size *= 2 }
        mask = size - 1
        slots = .allocate(capacity: size)
        slots.initialize(repeating: 0, count: size)
        arenaCapacity = max(256, expected * 8)
        arena = .allocate(capacity: arenaCapacity)
        offsetsCapacity = max(16, expected + 1)
        offsets = .allocate(capacity: offsetsCapacity)
        offsets[0] = 0
    }

    /// A finished table over memory it does not own (a mapped snapshot): lookups only, never `intern` or
    /// `release`. `arena` holds `arenaCount` bytes and 8 of slack, `offsets` `count + 1` entries, and
    /// `slotCount` (a power of two) slots.
    init(arena: UnsafePointer<UInt8>, arenaCount: Int, offsets: UnsafePointer<UInt32>, count: Int,
         slots: UnsafePointer<UInt64>, slotCount: Int) {
        self.arena = UnsafeMutablePointer(mutating: arena)
        arenaCapacity = arenaCount + 8
        self.arenaCount = arenaCount
        self.offsets = UnsafeMutablePointer(mutating: offsets)
        offsetsCapacity = count + 1
        self.count = count
        self.slots = UnsafeMutablePointer(mutating: slots)
        mask = slotCount - 1
    }

    func release() {
        slots.deallocate()
        arena.deallocate()
        offsets.deallocate()
    }

    @inline(__always)
    static func hash(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
        let raw = UnsafeRawPointer(p)
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(n)
        var i = 0
        while i + 8 <= n {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < n { tail |= UInt64(p[i]) << shift; shift += 8; i += 1 }
        h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 29
        return h
    }

    /// `hash` for a key whose memory may be read in whole 8-byte words (up to 7 bytes past `n`): the same
    /// value, as the last partial word is masked to the bytes `hash` would have gathered one by one.
    @inline(__always)
    static func hashPadded(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
        let raw = UnsafeRawPointer(p)
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(n)
        var i = 0
        while i &+ 8 <= n {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
            i &+= 8
        }
        var tail: UInt64 = 0
        if i < n { tail = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & (~0 as UInt64 >> UInt64(64 &- 8 &* (n &- i))) }
        h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 29
        return h
    }

    /// Word-wise equality with a padded key (the arena always has 8 bytes of slack past its last term).
    @inline(__always)
    private func equalsPadded(_ id: Int, _ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        let start = Int(offsets[id]), end = Int(offsets[id + 1])
        guard end &- start == n else { return false }
        let a = UnsafeRawPointer(arena + start), b = UnsafeRawPointer(p)
        var i = 0
        while i &+ 8 <= n {
            if a.loadUnaligned(fromByteOffset: i, as: UInt64.self) != b.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
            i &+= 8
        }
        guard i < n else { return true }
        let mask = ~0 as UInt64 >> UInt64(64 &- 8 &* (n &- i))
        return (a.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ b.loadUnaligned(fromByteOffset: i, as: UInt64.self)) & mask == 0
    }

    /// `intern` for a key readable in whole 8-byte words (the index build's tokens, read in place).
    @inline(__always)
    mutating func internPadded(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt32 {
        let h = TermHash.hashPadded(p, n)
        let tag = h >> 32
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            if entry >> 32 == tag {
                let id = Int(entry & 0xFFFF_FFFF) &- 1
                if equalsPadded(id, p, n) { return UInt32(id) }
            }
            slot = (slot &+ 1) & mask
        }
        return insert(p, n, tag: tag, slot: slot)
    }

    @inline(__always)
    private func equals(_ id: Int, _ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        let start = Int(offsets[id]), end = Int(offsets[id + 1])
        return end - start == n && memcmpBytes(arena + start, p, n)
    }

    /// Id of the term, inserting it if new.
    @inline(__always)
    mutating func intern(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt32 {
        let h = TermHash.hash(p, n)
        let tag = h >> 32
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            if entry >> 32 == tag {
                let id = Int(entry & 0xFFFF_FFFF) - 1
                if equals(id, p, n) { return UInt32(id) }
            }
            slot = (slot + 1) & mask
        }
        return insert(p, n, tag: tag, slot: slot)
    }

    private mutating func insert(_ p: UnsafePointer<UInt8>, _ n: Int, tag: UInt64, slot: Int) -> UInt32 {
        let id = count
        if arenaCount + n + 8 > arenaCapacity {  // 8 bytes of slack for equalsPadded's word reads
            var c = arenaCapacity * 2
            while c < arenaCount + n + 8 { c *= 2 }
            let fresh = UnsafeMutablePointer<UInt8>.allocate(capacity: c)
            fresh.update(from: arena, count: arenaCount)
            arena.deallocate()
            arena = fresh
            arenaCapacity = c
        }
        if count + 2 > offsetsCapacity {
            let fresh = UnsafeMutablePointer<UInt32>.allocate(capacity: offsetsCapacity * 2)
            fresh.update(from: offsets, count: count + 1)
            offsets.deallocate()
            offsets = fresh
            offsetsCapacity *= 2
        }
        (arena + arenaCount).update(from: p, count: n)
        arenaCount += n
        count += 1
        offsets[count] = UInt32(arenaCount)
        slots[slot] = (tag << 32) | UInt64(id + 1)
        if count * 2 > mask { rehash() }
        return UInt32(id)
    }

    /// Id of the term if present.
    func lookup(_ p: UnsafePointer<UInt8>, _ n: Int) -> Int? {
        let h = TermHash.hash(p, n)
        let tag = h >> 32
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            if entry >> 32 == tag {
                let id = Int(entry & 0xFFFF_FFFF) - 1
                if equals(id, p, n) { return id }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Bytes of term `id` (valid until the next insert or release).
    @inline(__always)
    func bytes(_ id: Int) -> UnsafeBufferPointer<UInt8> {
        let start = Int(offsets[id])
        return UnsafeBufferPointer(start: arena + start, count: Int(offsets[id + 1]) - start)
    }

    private mutating func rehash() {
        let oldSize = mask + 1, old = slots
        let size = oldSize * 2
        slots = .allocate(capacity: size)
        slots.initialize(repeating: 0, count: size)
        mask = size - 1
        for i in 0..<oldSize where old[i] != 0 {
            let b = bytes(Int(old[i] & 0xFFFF_FFFF) - 1)
            var slot = Int(truncatingIfNeeded: TermHash.hash(b.baseAddress!, b.count)) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = old[i]
        }
        old.deallocate()
    }
}

/// An immutable interned vocabulary (a finished `TermHash`), shareable across threads.
final class TermTable: @unchecked Sendable {
    let core: TermHash
    /// The mapped memory `core` reads, kept alive; nil when `core` owns (and frees) its memory.
    private let memory: ColumnMemory?
    init(_ core: TermHash) { self.core = core; memory = nil }
    init(borrowing core: TermHash, from memory: ColumnMemory) { self.core = core; self.memory = memory }
    deinit { if memory == nil { core.release() } }

    var count: Int { core.count }
    @inline(__always) func bytes(_ id: Int) -> UnsafeBufferPointer<UInt8> { core.bytes(id) }
    func lookup(_ p: UnsafePointer<UInt8>, _ n: Int) -> Int? { core.lookup(p, n) }
    func lookup(_ term: String) -> Int? {
        Tokenizer.withBytes(term) { b in b.baseAddress.flatMap { core.lookup($0, b.count) } }
    }
}

/// Byte equality without importing Foundation into the hot path.
@inline(__always)
func memcmpBytes(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
    var i = 0
    while i + 8 <= n {
        if UnsafeRawPointer(a).loadUnaligned(fromByteOffset: i, as: UInt64.self)
            != UnsafeRawPointer(b).loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
        i += 8
    }
    while i < n { if a[i] != b[i] { return false }; i += 1 }
    return true
}

/// Lexicographic byte comparison (the vocabulary's sort order).
@inline(__always)
func compareBytes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
    let n = min(a.count, b.count)
    var i = 0
    while i < n {
        if a[i] != b[i] { return a[i] < b[i] ? -1 : 1 }
        i += 1
    }
    return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
}
