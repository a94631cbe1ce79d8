// IndexBuilder: parallel build (per-chunk partial indexes over document shards, merged once).
import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Options for building an index. The result is byte-identical for every `threads` and `chunkBytes`
/// (the merge re-bases each chunk's first doc delta), which the tests check.
public struct IndexBuildOptions: Sendable {
    /// Worker threads; nil means all active processors.
    public var threads: Int?
    /// Target text bytes per shard; nil picks a size that gives every thread several shards.
    public var chunkBytes: Int?
    /// Called (from worker threads, serialized) after each shard is tokenized, with text bytes done and the
    /// total, so a shell can draw a progress bar; the merge that follows takes about a fifth of the time.
    public var progress: (@Sendable (_ bytesDone: Int, _ bytesTotal: Int) -> Void)?

    public init(threads: Int? = nil, chunkBytes: Int? = nil,
                progress: (@Sendable (_ bytesDone: Int, _ bytesTotal: Int) -> Void)? = nil) {
        self.threads = threads
        self.chunkBytes = chunkBytes
        self.progress = progress
    }
}

/// Sums shard sizes from concurrent workers and reports the running total, one report at a time.
final class ProgressCounter: @unchecked Sendable {
    private let queue = DispatchQueue(label: "PhraseIndex.progress")
    private var done = 0
    let total: Int
    let report: @Sendable (Int, Int) -> Void
    init(total: Int, report: @escaping @Sendable (Int, Int) -> Void) { self.total = total; self.report = report }
    func add(_ bytes: Int) { queue.sync { done += bytes; report(done, total) } }
}

/// Write-once slots filled from concurrent iterations (each index written by exactly one iteration).
final class ConcurrentSlots<T>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<T?>
    let count: Int
    init(count: Int) {
        self.count = count
        storage = .allocate(capacity: max(count, 1))
        storage.initialize(repeating: nil, count: count)
    }
    deinit { storage.deinitialize(count: count); storage.deallocate() }
    subscript(i: Int) -> T? {
        get { storage[i] }
        set { storage[i] = newValue }
    }
}

/// Runs `body(i)` for i in 0..<iterations on `threads` threads (inline when 1).
func parallelFor(_ iterations: Int, threads: Int, _ body: @Sendable (Int) -> Void) {
    if threads <= 1 || iterations <= 1 {
        for i in 0..<iterations { body(i) }
    } else {
        DispatchQueue.concurrentPerform(iterations: iterations, execute: body)
    }
}

/// Where an index build's time went: tokenizing and encoding the shards in parallel, then merging them.
public struct IndexBuildStatistics: Sendable {
    public var shards = 0
    public var tokenizeMilliseconds = 0.0
    public var mergeMilliseconds = 0.0
    public init(shards: Int = 0, tokenizeMilliseconds: Double = 0, mergeMilliseconds: Double = 0) {
        self.shards = shards; self.tokenizeMilliseconds = tokenizeMilliseconds; self.mergeMilliseconds = mergeMilliseconds
    }
}

enum IndexBuilder {

    static func build(_ documents: [SourceDocument], options: IndexBuildOptions) -> (InvertedIndex, IndexBuildStatistics) {
        let threads = max(1, options.threads ?? ProcessInfoCores.active)
        let built = buildAndMerge(documents, threads: threads, chunkBytes: options.chunkBytes, progress: options.progress)
        releaseFreedMemory()  // the chunks are gone now: hand their pages back, resident size is a target
        return built
    }

    private static func buildAndMerge(_ documents: [SourceDocument], threads: Int, chunkBytes: Int?,
                                      progress: (@Sendable (Int, Int) -> Void)?) -> (InvertedIndex, IndexBuildStatistics) {
        let ranges = shardRanges(documents, threads: threads, chunkBytes: chunkBytes)
        let slots = ConcurrentSlots<ChunkPostings>(count: ranges.count)
        let counter = progress.map { report in
            ProgressCounter(total: documents.reduce(0) { $0 + $1.text.utf8.count }, report: report)
        }
        let t0 = DispatchTime.now().uptimeNanoseconds
        parallelFor(ranges.count, threads: threads) { i in
            slots[i] = ChunkBuilder.build(documents, ranges[i])
            if let counter { counter.add(ranges[i].reduce(0) { $0 + documents[$1].text.utf8.count }) }
        }
        let t1 = DispatchTime.now().uptimeNanoseconds
        let index = PostingMerger.merge((0..<ranges.count).map { slots[$0]! }, documents: documents, threads: threads)
        let t2 = DispatchTime.now().uptimeNanoseconds
        return (index, IndexBuildStatistics(shards: ranges.count, tokenizeMilliseconds: Double(t1 - t0) / 1e6,
                                            mergeMilliseconds: Double(t2 - t1) / 1e6))
    }

    /// Contiguous document ranges of about `chunkBytes` text each.
    static func shardRanges(_ documents: [SourceDocument], threads: Int, chunkBytes: Int?) -> [Range<Int>] {
        var total = 0
        for d in documents { total += d.text.utf8.count }
        let target = chunkBytes ?? max(1 << 18, min(16 << 20, total / (threads * 4) + 1))
        var ranges: [Range<Int>] = []
        var start = 0, bytes = 0
        for (i, d) in documents.enumerated() {
            bytes += d.text.utf8.count
            if bytes >= target {
                ranges.append(start..<(i + 1))
                start = i + 1
                bytes = 0
            }
        }
        if start < documents.count || ranges.isEmpty { ranges.append(start..<documents.count) }
        return ranges
    }
}

/// glibc keeps freed heap pages resident; `malloc_trim` (looked up at run time, as it is not in the
/// Glibc module map) returns them. A no-op elsewhere.
func releaseFreedMemory() {
    #if canImport(Glibc)
    typealias Trim = @convention(c) (Int) -> Int32
    if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") {
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
    }
    #endif
}

/// Number of usable cores, without Foundation.
enum ProcessInfoCores {
    static var active: Int {
        #if canImport(Glibc)
        return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        #else
        return 2
        #endif
    }
}
