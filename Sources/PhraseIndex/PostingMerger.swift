// PostingMerger: merges chunk partial indexes into one sorted vocabulary and contiguous postings.

/// A skip entry for every `IndexBuilder.skipInterval` documents of a long posting list:
/// the document before the block (−1 for the first) and the block's byte offsets in the term's streams.
struct SkipEntry: Sendable, Equatable {
    var baseDoc: Int32
    var docOffset: UInt32
    var posOffset: UInt32
}

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

        // 2. Contributions per final term, in chunk order (so documents stay ascending); `slot[c][l]` finds the
        // contribution of chunk c's local term l.
        var contributionStart = [Int](repeating: 0, count: termCount + 1)
        for map in localToUnion { for u in map { contributionStart[Int(unionToFinal[Int(u)]) + 1] += 1 } }
        for t in 0..<termCount { contributionStart[t + 1] += contributionStart[t] }
        var fill = contributionStart
        var contribution = [(chunk: Int32, local: UInt32)](repeating: (0, 0), count: contributionStart[termCount])
        var slot: [[Int]] = []
        for (c, map) in localToUnion.enumerated() {
            var slots = [Int](repeating: 0, count: map.count)
            for (l, u) in map.enumerated() {
                let t = Int(unionToFinal[Int(u)])
                contribution[fill[t]] = (Int32(c), UInt32(l))
                slots[l] = fill[t]
                fill[t] += 1
            }
            slot.append(slots)
        }

        // 3. Exact sizes per term, then offsets; each contribution's output offsets and the document its first
        // delta counts from (the previous chunk's last document of the term), so chunks copy independently.
        var docStart = [Int](repeating: 0, count: termCount + 1)
        var posStart = [Int](repeating: 0, count: termCount + 1)
        var skipStart = [Int](repeating: 0, count: termCount + 1)
        var df = [UInt32](repeating: 0, count: termCount), cf = [UInt32](repeating: 0, count: termCount)
        var docAt = [Int](repeating: 0, count: contribution.count), posAt = [Int](repeating: 0, count: contribution.count)
        var deltaBase = [Int32](repeating: -1, count: contribution.count)
        for t in 0..<termCount {
            var previousLast: Int32 = -1
            var docBytes = 0, posBytes = 0
            for k in contributionStart[t]..<contributionStart[t + 1] {
                let (c, l) = contribution[k]
                let chunk = chunks[Int(c)], li = Int(l)
                docAt[k] = docStart[t] + docBytes
                posAt[k] = posStart[t] + posBytes
                deltaBase[k] = previousLast
                docBytes += VarInt.size(UInt32(chunk.firstDoc[li] - previousLast))
                docBytes += Int(chunk.docRange[li + 1] - chunk.docRange[li])
                posBytes += Int(chunk.posRange[li + 1] - chunk.posRange[li])
                df[t] += chunk.df[li]
                cf[t] += chunk.cf[li]
                previousLast = chunk.lastDoc[li]
            }
            docStart[t + 1] = docStart[t] + docBytes
            posStart[t + 1] = posStart[t] + posBytes
            let blocks = Int(df[t]) > IndexBuilder.skipInterval ? (Int(df[t]) + IndexBuilder.skipInterval - 1) / IndexBuilder.skipInterval : 0
            skipStart[t + 1] = skipStart[t] + blocks
        }

        // 4. Copy chunk by chunk in parallel (disjoint output ranges), freeing each chunk's streams as soon as
        // they are copied: the chunks and the merged postings are never both whole in memory (peak RSS).
        // Then skips, in parallel over term ranges.
        let docOut = ByteBuffer(capacity: docStart[termCount] + 16)
        let posOut = ByteBuffer(capacity: posStart[termCount] + 16)
        docOut.count = docStart[termCount]
        posOut.count = posStart[termCount]
        let skipOut = UnsafeMutablePointer<SkipEntry>.allocate(capacity: max(skipStart[termCount], 1))
        defer { skipOut.deallocate() }
        let work = MergeWork(chunks: chunks, slot: slot, docAt: docAt, posAt: posAt, deltaBase: deltaBase,
                             docStart: docStart, skipStart: skipStart, docOut: docOut, posOut: posOut, skipOut: skipOut)
        parallelFor(chunks.count, threads: threads) { c in work.copy(chunk: c) }
        let parts = min(termCount, threads * 8)
        parallelFor(parts, threads: threads) { p in
            work.skips(terms: (termCount * p / parts)..<(termCount * (p + 1) / parts))
        }
        let skips = Array(UnsafeBufferPointer(start: skipOut, count: skipStart[termCount]))

        // 5. Documents and segments, concatenated in chunk order.
        var layout = DocumentLayout()
        for chunk in chunks { layout.append(chunk) }
        layout.finish(documents)
        return InvertedIndex(texts: documents.map(\.text), vocabulary: vocabulary,
                             postings: PostingStorage(docBytes: docOut, posBytes: posOut, docStart: docStart,
                                                      posStart: posStart, df: df, cf: cf,
                                                      skipStart: skipStart.map { UInt32($0) }, skips: skips),
                             layout: layout)
    }
}

/// Read-only inputs and disjoint outputs of the parallel copy.
private final class MergeWork: @unchecked Sendable {
    let chunks: [ChunkPostings]
    let slot: [[Int]]
    let docAt: [Int], posAt: [Int]
    let deltaBase: [Int32]
    let docStart: [Int], skipStart: [Int]
    let docOut: ByteBuffer, posOut: ByteBuffer
    let skipOut: UnsafeMutablePointer<SkipEntry>

    init(chunks: [ChunkPostings], slot: [[Int]], docAt: [Int], posAt: [Int], deltaBase: [Int32], docStart: [Int],
         skipStart: [Int], docOut: ByteBuffer, posOut: ByteBuffer, skipOut: UnsafeMutablePointer<SkipEntry>) {
        self.chunks = chunks; self.slot = slot; self.docAt = docAt; self.posAt = posAt; self.deltaBase = deltaBase
        self.docStart = docStart; self.skipStart = skipStart
        self.docOut = docOut; self.posOut = posOut; self.skipOut = skipOut
    }

    /// Copies every term of chunk `c` to its place, re-basing the first document delta, then frees the chunk.
    func copy(chunk c: Int) {
        let chunk = chunks[c]
        let slots = slot[c]
        for li in 0..<slots.count {
            let k = slots[li]
            var d = docOut.base + docAt[k]
            VarInt.write(UInt32(chunk.firstDoc[li] - deltaBase[k]), to: &d)
            let dr = Int(chunk.docRange[li])..<Int(chunk.docRange[li + 1])
            d.update(from: chunk.docBytes.base + dr.lowerBound, count: dr.count)
            let pr = Int(chunk.posRange[li])..<Int(chunk.posRange[li + 1])
            (posOut.base + posAt[k]).update(from: chunk.posBytes.base + pr.lowerBound, count: pr.count)
        }
        chunk.docBytes.release()
        chunk.posBytes.release()
    }

    func skips(terms: Range<Int>) {
        for t in terms where skipStart[t + 1] > skipStart[t] { writeSkips(term: t) }
    }

    /// Walks the term's doc stream once and records a skip entry at every block start.
    private func writeSkips(term t: Int) {
        let base = UnsafePointer(docOut.base + docStart[t])
        var cursor = base
        var doc: Int32 = -1
        var posOffset: UInt32 = 0
        var n = 0
        var out = skipOut + skipStart[t]
        let total = (skipStart[t + 1] - skipStart[t]) * IndexBuilder.skipInterval
        while n < total && cursor < UnsafePointer(docOut.base + docStart[t + 1]) {
            if n % IndexBuilder.skipInterval == 0 {
                out.pointee = SkipEntry(baseDoc: doc, docOffset: UInt32(cursor - base), posOffset: posOffset)
                out += 1
            }
            doc += Int32(VarInt.read(&cursor))
            posOffset += VarInt.read(&cursor)
            n += 1
        }
    }
}
