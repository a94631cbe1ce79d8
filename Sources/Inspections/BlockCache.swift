// BlockCache: the most recently used decompressed text blocks, shared by the threads that query.

/// The most recently used decompressed blocks, behind a lock: queries read text from several threads.
final class BlockCache: Sendable {
    private struct Entries {
        var blocks: [Int: [UInt8]] = [:]
        var lastUse: [Int: UInt64] = [:]
        var clock: UInt64 = 0
    }
    private let entries = Locked(Entries())
    let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    func get(_ i: Int) -> [UInt8]? {
        entries.withLock { e in
            guard let block = e.blocks[i] else { return nil }
            e.clock += 1; e.lastUse[i] = e.clock
            return block
        }
    }

    /// Keeps `block`, dropping the least recently used one when full (a linear scan: the cache is small).
    func put(_ i: Int, _ block: [UInt8]) {
        entries.withLock { e in
            if e.blocks[i] == nil, e.blocks.count >= capacity,
               let oldest = e.lastUse.min(by: { ($0.value, $0.key) < ($1.value, $1.key) })?.key {
                e.blocks[oldest] = nil; e.lastUse[oldest] = nil
            }
            e.clock += 1
            e.blocks[i] = block; e.lastUse[i] = e.clock
        }
    }
}
