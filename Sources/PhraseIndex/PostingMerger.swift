// PostingMerger: merges chunk partial indexes into one sorted vocabulary and block-encoded postings.

enum PostingMerger {
    static func merge(_ chunks: [ChunkPostings], documents: [SourceDocument], threads: Int) -> InvertedIndex {
        // 1. Union of chunk vocabularies, then sorted: final term ids are in byte order (prefix = id range).
        var union = TermHash(expected: min(1 << 16, max(256, chunks.reduce(0) { $0 + $1.terms.count })))
        defer { union.release() }
        var localToUnion: [[UInt32]] = []
        for chunk in chunks {
            let table = chunk.terms
            var map = [UInt32](repeating: 0, count: table.count)
            for l in 0..<table.count {
                let b = table.bytes(l)
                map[l] = union.intern(b.baseAddress!, b.count)
            }
            localToUnion.append(map)
        }
        let frozenUnion = union
        let sortedUnion = (0..<union.count).sorted { compareBytes(frozenUnion.bytes($0), frozenUnion.bytes($1)) < 0 }
        var sortedTable = TermHash(expected: union.count)
        var unionToFinal = [UInt32](repeating: 0, count: union.count)
        for (rank, u) in sortedUnion.enumerated() {
            let b = union.bytes(u)
            _ = sortedTable.intern(b.baseAddress!, b.count)
            unionToFinal[u] = UInt32(rank)
        }
        let vocabulary = TermTable(sortedTable)
        let termCount = union.count

        // 2. Contributions per final term, in chunk order (so documents stay ascending).
        var contributionStart = [Int](repeating: 0, count: termCount + 1)
        for map in localToUnion { for u in map { contributionStart[Int(unionToFinal[Int(u)]) + 1] += 1 } }
        for t in 0..<termCount { contributionStart[t + 1] += contributionStart[t] }
        var fill = contributionStart
        var contribution = [(chunk: Int32, local: UInt32)](repeating: (0, 0), count: contributionStart[termCount])
        for (c, map) in localToUnion.enumerated() {
            for (l, u) in map.enumerated() {
                let t = Int(unionToFinal[Int(u)])
                contribution[fill[t]] = (Int32(c), UInt32(l))
                fill[t] += 1
            }
        }
        var df = [UInt32](repeating: 0, count: termCount), cf = [UInt32](repeating: 0, count: termCount)
        for t in 0..<termCount {
            for k in contributionStart[t]..<contributionStart[t + 1] {
                let (c, l) = contribution[k]
                df[t] += chunks[Int(c)].df[Int(l)]
                cf[t] += chunks[Int(c)].cf[Int(l)]
            }
        }

        // 3. Re-encode in parallel over term ranges of about equal work, each into its own streams; then free
        // the chunks' streams before the parts are joined, so both are never whole in memory at once.
        let parts = partition(cf: cf, df: df, parts: termCount == 0 ? 1 : min(termCount, threads * 4))
        let work = MergeWork(chunks: chunks, contribution: contribution, contributionStart: contributionStart,
                             df: df, cf: cf, parts: parts)
        parallelFor(parts.count, threads: threads) { p in work.encode(part: p) }
        for chunk in chunks { chunk.docBytes.release(); chunk.posBytes.release() }
        let postings = work.join(df: df, cf: cf)

        // 4. Documents and segments, concatenated in chunk order.
        var layout = DocumentLayout()
        for chunk in chunks { layout.append(chunk) }
        layout.finish(documents)
        return InvertedIndex(texts: documents.map(\.text), vocabulary: vocabulary, postings: postings, layout: layout)
    }

    /// Contiguous term ranges with about equal numbers of postings and positions.
    static func partition(cf: [UInt32], df: [UInt32], parts: Int) -> [Range<Int>] {
        var total = 0
        for t in cf.indices { total += Int(cf[t]) + Int(df[t]) }
        var ranges: [Range<Int>] = []
        var start = 0, done = 0
        for t in cf.indices {
            done += Int(cf[t]) + Int(df[t])
            if done * parts >= total * (ranges.count + 1) && ranges.count < parts - 1 {
                ranges.append(start..<(t + 1))
                start = t + 1
            }
        }
        ranges.append(start..<cf.count)
        return ranges
    }
}

/// Read-only inputs of the parallel re-encoding, and one encoder per part (each written by one worker).
private final class MergeWork: @unchecked Sendable {
    let chunks: [ChunkPostings]
    let contribution: [(chunk: Int32, local: UInt32)]
    let contributionStart: [Int]
    let df: [UInt32], cf: [UInt32]
    let parts: [Range<Int>]
    /// One slot per part, written through a pointer: each worker writes only its own slot, whereas a Swift array
    /// property written from several threads is an access race on the whole array even for distinct elements.
    private let slots: UnsafeMutableBufferPointer<PostingEncoder?>

    init(chunks: [ChunkPostings], contribution: [(chunk: Int32, local: UInt32)], contributionStart: [Int],
         df: [UInt32], cf: [UInt32], parts: [Range<Int>]) {
        self.chunks = chunks; self.contribution = contribution; self.contributionStart = contributionStart
        self.df = df; self.cf = cf; self.parts = parts
        slots = .allocate(capacity: parts.count)
        slots.initialize(repeating: nil)
    }

    deinit {
        _ = slots.deinitialize()
        slots.deallocate()
    }

    /// Re-encodes the doc streams of the part's terms from the chunks' varint pairs; position bytes are
    /// copied as they are, one contribution at a time.
    func encode(part p: Int) {
        var encoder = PostingEncoder()
        for t in parts[p] {
            encoder.begin(df: Int(df[t]))
            for k in contributionStart[t]..<contributionStart[t + 1] {
                let (c, l) = contribution[k]
                let chunk = chunks[Int(c)], li = Int(l)
                var d = UnsafePointer(chunk.docBytes.base + Int(chunk.docRange[li]))
                var doc = chunk.firstDoc[li]
                for n in 0..<Int(chunk.df[li]) {
                    if n > 0 { doc &+= Int32(VarInt.read(&d)) }
                    encoder.add(document: doc, positionBytes: Int(VarInt.read(&d)))
                }
                let pr = Int(chunk.posRange[li])..<Int(chunk.posRange[li + 1])
                encoder.appendPositions(chunk.posBytes.base + pr.lowerBound, count: pr.count)
            }
            encoder.end()
        }
        slots[p] = encoder
    }

    /// Joins the parts' streams and tables into the final columns, freeing each part once copied.
    func join(df: [UInt32], cf: [UInt32]) -> PostingStorage {
        let memory = ColumnMemory()
        let termCount = df.count
        let encoders = slots.map { $0! }
        let docTotal = encoders.reduce(0) { $0 + $1.docOut.count }, posTotal = encoders.reduce(0) { $0 + $1.posOut.count }
        let skipTotal = encoders.reduce(0) { $0 + $1.skips.count }
        let docBytes = memory.allocate(UInt8.self, count: docTotal, slack: BitPacking.slack)
        let posBytes = memory.allocate(UInt8.self, count: posTotal)
        let docStart = memory.allocate(Int64.self, count: termCount + 1), posStart = memory.allocate(Int64.self, count: termCount + 1)
        let skipStart = memory.allocate(UInt32.self, count: termCount + 1)
        let skips = memory.allocate(SkipEntry.self, count: skipTotal)
        precondition(skipTotal <= Int(UInt32.max), "index too large")
        var docAt = 0, posAt = 0, skipAt = 0, t = 0
        for e in encoders {
            for k in 0..<e.docStart.count {
                docStart[t] = Int64(docAt + e.docStart[k]); posStart[t] = Int64(posAt + e.posStart[k])
                skipStart[t] = UInt32(skipAt + e.skipStart[k])
                t += 1
            }
            (docBytes + docAt).update(from: e.docOut.base, count: e.docOut.count)
            (posBytes + posAt).update(from: e.posOut.base, count: e.posOut.count)
            e.skips.withUnsafeBufferPointer { b in if let s = b.baseAddress { (skips + skipAt).update(from: s, count: b.count) } }
            docAt += e.docOut.count; posAt += e.posOut.count; skipAt += e.skips.count
            e.release()
        }
        docStart[termCount] = Int64(docAt); posStart[termCount] = Int64(posAt)
        skipStart[termCount] = UInt32(skipAt)
        for p in slots.indices { slots[p] = nil }
        return PostingStorage(docBytes: Column(docBytes, count: docTotal), posBytes: Column(posBytes, count: posTotal),
                              docStart: Column(docStart, count: termCount + 1), posStart: Column(posStart, count: termCount + 1),
                              df: memory.column(df), cf: memory.column(cf),
                              skipStart: Column(skipStart, count: termCount + 1), skips: Column(skips, count: skipTotal),
                              memory: memory)
    }
}
