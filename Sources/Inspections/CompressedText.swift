// CompressedText: the corpus's document texts kept as zstd blocks, sliced by document and byte range.
import CZstd
import Foundation

/// Why stored text could not be read back.
public enum CompressedTextError: Error, Equatable, CustomStringConvertible {
    /// A block's frame did not decompress to the length it was written with.
    case corruptBlock(index: Int, reason: String)
    /// A document number or byte range outside what was stored.
    case outOfRange(document: Int, range: Range<Int>)

    public var description: String {
        switch self {
        case .corruptBlock(let i, let reason):
            "stored text block \(i) is damaged (\(reason)); hint: load the folder again"
        case .outOfRange(let d, let r):
            "no bytes \(r.lowerBound)..<\(r.upperBound) in stored document \(d); hint: the offset is not from this corpus"
        }
    }
}

/// Every document's text concatenated and cut into fixed-size blocks, each one zstd frame; a document may
/// straddle blocks. Reading a range decompresses only the blocks it touches, and the most recently used
/// blocks stay decompressed in a small cache shared by the threads that query.
///
/// Fixed cuts rather than cuts at document ends keep every block the same size, so a block's number is an
/// offset divided by the block size and no block is mostly empty (write-ups average about 8 KiB).
public final class CompressedText: Sendable {
    public static let defaultBlockSize = 16 * 1024
    public let blockSize: Int
    /// Document d is bytes documentStart[d]..<documentStart[d + 1] of the concatenation.
    let documentStart: [Int]
    /// One zstd frame per block, each its own exactly sized array: joining them into one would need a
    /// second copy of the compressed text at the build's peak.
    let frames: [[UInt8]]
    private let cache: BlockCache
    /// Time spent in zstd when built, for `bench`.
    public let compressMilliseconds: Double
    private let contexts = DecompressionContexts()

    /// Compresses `texts` (in parallel over blocks); `cachedBlocks` decompressed blocks are kept.
    public init(texts: [String], blockSize: Int = CompressedText.defaultBlockSize, cachedBlocks: Int = 128, level: Int32 = 1) {
        precondition(blockSize > 0)
        self.blockSize = blockSize
        var starts = [0]
        starts.reserveCapacity(texts.count + 1)
        for t in texts { starts.append(starts.last! + t.utf8.count) }
        documentStart = starts
        let t0 = DispatchTime.now().uptimeNanoseconds
        frames = Self.compress(texts, starts: starts, blockSize: blockSize, level: level)
        compressMilliseconds = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6
        cache = BlockCache(capacity: max(1, cachedBlocks))
    }

    /// Stored frames as they are (tests damage one to check that reading fails cleanly).
    init(documentStart: [Int], frames: [[UInt8]], blockSize: Int, cachedBlocks: Int = 32) {
        self.documentStart = documentStart; self.frames = frames
        self.blockSize = blockSize; cache = BlockCache(capacity: max(1, cachedBlocks)); compressMilliseconds = 0
    }

    public var documentCount: Int { documentStart.count - 1 }
    public var blockCount: Int { frames.count }
    /// Bytes of text stored (uncompressed).
    public var textBytes: Int { documentStart.last ?? 0 }
    /// Bytes held compressed, with the tables.
    public var storedBytes: Int { frames.reduce(0) { $0 + $1.count + 48 } + documentStart.count * 8 }

    public func length(ofDocument d: Int) -> Int { documentStart[d + 1] - documentStart[d] }

    /// The whole text of document `d`.
    public func text(ofDocument d: Int) throws(CompressedTextError) -> String {
        guard d >= 0, d < documentCount else { throw .outOfRange(document: d, range: 0..<0) }
        return try text(ofDocument: d, bytes: 0..<length(ofDocument: d))
    }

    /// Bytes `range` of document `d` as a String (a range cutting a character gets U+FFFD, as
    /// `String(decoding:)` does; the findings' ranges never cut one).
    public func text(ofDocument d: Int, bytes range: Range<Int>) throws(CompressedTextError) -> String {
        try withBytes(ofDocument: d, range) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with bytes `range` of document `d`, decompressing only the blocks the range touches.
    public func withBytes<R>(ofDocument d: Int, _ range: Range<Int>,
                             _ body: (UnsafeBufferPointer<UInt8>) -> R) throws(CompressedTextError) -> R {
        guard d >= 0, d < documentCount, range.lowerBound >= 0, range.upperBound <= length(ofDocument: d) else {
            throw .outOfRange(document: d, range: range)
        }
        let lo = documentStart[d] + range.lowerBound, hi = documentStart[d] + range.upperBound
        if lo == hi { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        let first = lo / blockSize, last = (hi - 1) / blockSize
        if first == last {
            let block = try self.block(first)
            return block.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[(lo - first * blockSize)..<(hi - first * blockSize)])) }
        }
        var joined: [UInt8] = []
        joined.reserveCapacity(hi - lo)
        for b in first...last {
            let block = try self.block(b)
            let from = max(lo, b * blockSize) - b * blockSize, to = min(hi, (b + 1) * blockSize) - b * blockSize
            joined.append(contentsOf: block[from..<to])
        }
        return joined.withUnsafeBufferPointer(body)
    }

    /// Block `i` decompressed, from the cache when there.
    func block(_ i: Int) throws(CompressedTextError) -> [UInt8] {
        if let hit = cache.get(i) { return hit }
        let expected = min(blockSize, textBytes - i * blockSize)
        var out = [UInt8](repeating: 0, count: expected)
        let written = contexts.with { context in
            frames[i].withUnsafeBytes { f in
                out.withUnsafeMutableBytes { o in ZSTD_decompressDCtx(context, o.baseAddress, expected, f.baseAddress, f.count) }
            }
        }
        if ZSTD_isError(written) != 0 {
            throw .corruptBlock(index: i, reason: String(cString: ZSTD_getErrorName(written)))
        }
        guard written == expected else {
            throw .corruptBlock(index: i, reason: "\(written) bytes where \(expected) were stored")
        }
        cache.put(i, out)
        return out
    }

    /// One frame per block, the blocks compressed on every core. Each block is gathered from the texts it
    /// covers into a scratch buffer and compressed into a bound-sized one, then copied out at its exact size:
    /// neither the concatenation nor a joined copy of the frames is ever built.
    static func compress(_ texts: [String], starts: [Int], blockSize: Int, level: Int32) -> [[UInt8]] {
        let total = starts.last ?? 0
        let blocks = (total + blockSize - 1) / blockSize
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, blocks))
        let perWorker = (blocks + workers - 1) / workers
        let parts = Locked([[[UInt8]]](repeating: [], count: workers))
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            let context = ZSTD_createCCtx()
            defer { ZSTD_freeCCtx(context) }
            var frames: [[UInt8]] = []
            var scratch: [UInt8] = [], out = [UInt8](repeating: 0, count: ZSTD_compressBound(blockSize))
            scratch.reserveCapacity(blockSize)
            for b in min(blocks, w * perWorker)..<min(blocks, (w + 1) * perWorker) {
                let from = b * blockSize, to = min(total, from + blockSize)
                gather(texts, starts: starts, from..<to, into: &scratch)
                let n = scratch.withUnsafeBytes { src in
                    out.withUnsafeMutableBytes { o in ZSTD_compressCCtx(context, o.baseAddress, o.count, src.baseAddress, src.count, level) }
                }
                precondition(ZSTD_isError(n) == 0, "zstd compression failed: \(String(cString: ZSTD_getErrorName(n)))")
                frames.append(Array(out[..<n]))
            }
            parts.withLock { $0[w] = frames }
        }
        return parts.withLock { $0 }.flatMap { $0 }
    }

    /// Bytes `range` of the texts' concatenation, copied into `scratch`.
    static func gather(_ texts: [String], starts: [Int], _ range: Range<Int>, into scratch: inout [UInt8]) {
        scratch.removeAll(keepingCapacity: true)
        // The last document starting at or before the range's start (empty documents share a start).
        var lo = 0, hi = texts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= range.lowerBound { lo = mid } else { hi = mid - 1 }
        }
        var d = lo
        while scratch.count < range.count, d < texts.count {
            var text = texts[d]
            let skip = max(0, range.lowerBound - starts[d])
            let take = min(text.utf8.count - skip, range.count - scratch.count)
            if take > 0 { text.withUTF8 { scratch.append(contentsOf: $0[skip..<(skip + take)]) } }
            d += 1
        }
    }
}
