// IndexSnapshotReader: maps a snapshot file read-only and checks it fully before the index reads it in place.

enum IndexSnapshotReader {
    /// The index stored in `path`, whose postings and vocabulary are read from the mapping (no copy; the
    /// small per-document layout is copied). Refused, with the reason, unless the file is a whole snapshot
    /// of this format version, written for `key` and for `texts.count` documents, with every checksum and
    /// every offset consistent.
    static func read(_ path: String, key: UInt64, texts: [String]) throws(IndexSnapshotError) -> InvertedIndex {
        func fail(_ r: IndexSnapshotError.Reason) -> IndexSnapshotError { IndexSnapshotError(path: path, reason: r) }
        let file: MappedFile
        do { file = try MappedFile(path: path) } catch {
            switch error {
            case .open(let e), .stat(let e), .map(let e): throw fail(.unreadable(errno: e))
            case .notRegular: throw fail(.malformed("file type"))
            }
        }
        let bytes = file.bytes, n = file.count
        let magic = IndexSnapshotFormat.magic
        guard n >= magic.count, Array(bytes[0..<magic.count]) == magic else {
            throw fail(n < magic.count && Array(bytes) == Array(magic[0..<n]) ? .truncated(bytes: n, expected: IndexSnapshotFormat.tableEnd) : .foreign)
        }
        func u32(_ at: Int) -> UInt32 { UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt32.self)) }
        func u64(_ at: Int) -> Int { Int(truncatingIfNeeded: UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self))) }
        guard n >= 12 else { throw fail(.truncated(bytes: n, expected: IndexSnapshotFormat.tableEnd + 8)) }
        guard u32(8) == IndexSnapshotFormat.version else { throw fail(.version(found: u32(8))) }
        let headerEnd = IndexSnapshotFormat.tableEnd
        guard n >= headerEnd + 8 else { throw fail(.truncated(bytes: n, expected: headerEnd + 8)) }
        guard SnapshotChecksum.of(UnsafeRawBufferPointer(rebasing: bytes[0..<headerEnd])) == UInt64(bitPattern: Int64(u64(headerEnd))) else {
            throw fail(n < u64(16) ? .truncated(bytes: n, expected: u64(16)) : .corrupt(part: "header"))
        }
        guard Int(u32(12)) == SnapshotSection.allCases.count else { throw fail(.malformed("section count")) }
        let fileLength = u64(16)
        guard n >= fileLength else { throw fail(.truncated(bytes: n, expected: fileLength)) }
        guard n == fileLength else { throw fail(.malformed("file length")) }
        guard UInt64(bitPattern: Int64(u64(24))) == key else { throw fail(.stale) }
        let termCount = u64(32), documentCount = u64(40)
        guard documentCount == texts.count else { throw fail(.stale) }

        // Sections: where they lie, and their checksums (which also bring the file into the page cache).
        var ranges: [SnapshotSection: Range<Int>] = [:]
        for (k, s) in SnapshotSection.allCases.enumerated() {
            let e = IndexSnapshotFormat.headerBytes + k * IndexSnapshotFormat.tableEntryBytes
            let offset = u64(e + 8), length = u64(e + 16)
            guard u32(e) == s.rawValue, Int(u32(e + 4)) == s.stride, offset >= headerEnd + 8, length >= 0,
                  offset % IndexSnapshotFormat.alignment == 0, length % s.stride == 0, offset <= n, length <= n - offset
            else { throw fail(.malformed("section table")) }
            let range = offset..<(offset + length)
            guard SnapshotChecksum.of(UnsafeRawBufferPointer(rebasing: bytes[range])) == UInt64(bitPattern: Int64(u64(e + 24))) else {
                throw fail(.corrupt(part: s.name))
            }
            file.release(range)
            ranges[s] = range
        }
        let memory = ColumnMemory(mapping: file)
        func column<T: BitwiseCopyable>(_ s: SnapshotSection, _: T.Type) -> Column<T> {
            let r = ranges[s]!
            return Column((file.base + r.lowerBound).assumingMemoryBound(to: T.self), count: r.count / s.stride)
        }
        let postings = PostingStorage(
            docBytes: column(.docBytes, UInt8.self), posBytes: column(.posBytes, UInt8.self),
            docStart: column(.docStart, Int64.self), posStart: column(.posStart, Int64.self),
            df: column(.df, UInt32.self), cf: column(.cf, UInt32.self),
            skipStart: column(.skipStart, UInt32.self), skips: column(.skips, SkipEntry.self), memory: memory)
        let arena = column(.termArena, UInt8.self), termOffsets = column(.termOffsets, UInt32.self)
        let slots = column(.termSlots, UInt64.self)
        var layout = DocumentLayout()
        layout.tokenCount = column(.tokenCount, UInt32.self).array
        layout.segmentStart = column(.segmentStart, UInt32.self).array
        layout.segmentDocument = column(.segmentDocument, UInt32.self).array
        layout.segmentTokenStart = column(.segmentTokenStart, UInt32.self).array
        layout.segmentTokenEnd = column(.segmentTokenEnd, UInt32.self).array
        layout.segmentByteStart = column(.segmentByteStart, UInt32.self).array
        layout.segmentByteEnd = column(.segmentByteEnd, UInt32.self).array
        layout.segmentFirstTokenByte = column(.segmentFirstTokenByte, UInt32.self).array
        layout.totalTokens = u64(48)
        layout.segmentTokens = u64(56)

        // Structure: every offset a reader follows stays inside its section.
        if let what = inconsistency(postings, arena: arena, termOffsets: termOffsets, slots: slots, layout: layout,
                                    termCount: termCount, documentCount: documentCount,
                                    readableAfter: { n - ranges[$0]!.upperBound }) {
            throw fail(.malformed(what))
        }
        let vocabulary = TermTable(borrowing: TermHash(arena: arena.base, arenaCount: arena.count, offsets: termOffsets.base,
                                                       count: termCount, slots: slots.base, slotCount: slots.count),
                                   from: memory)
        return InvertedIndex(texts: texts, vocabulary: vocabulary, postings: postings, layout: layout)
    }

    /// What is inconsistent in a checksummed snapshot (a file from a faulty writer), or nil.
    private static func inconsistency(_ p: PostingStorage, arena: Column<UInt8>, termOffsets: Column<UInt32>,
                                      slots: Column<UInt64>, layout l: DocumentLayout, termCount: Int, documentCount: Int,
                                      readableAfter: (SnapshotSection) -> Int) -> String? {
        guard p.docStart.count == termCount + 1, p.posStart.count == termCount + 1, p.skipStart.count == termCount + 1,
              p.df.count == termCount, p.cf.count == termCount, termOffsets.count == termCount + 1
        else { return "term count" }
        // Readers load whole words past the doc blocks and the term bytes: later sections provide them.
        guard readableAfter(.docBytes) >= BitPacking.slack, readableAfter(.termArena) >= 8 else { return "section order" }
        guard monotone(p.docStart, to: Int64(p.docBytes.count)), monotone(p.posStart, to: Int64(p.posBytes.count))
        else { return "posting offsets" }
        guard monotone(p.skipStart, to: UInt32(p.skips.count)) else { return "skip offsets" }
        for t in 0..<termCount {
            let df = Int(p.df[t])
            let blocks = df > PostingStorage.docBlockSize ? PostingStorage.docBlocks(df) : 0
            guard df > 0, Int(p.cf[t]) >= df, Int(p.skipStart[t + 1] - p.skipStart[t]) == blocks else { return "term frequencies" }
        }
        guard monotone(termOffsets, to: UInt32(arena.count)) else { return "term offsets" }
        guard slots.count > termCount, slots.count & (slots.count - 1) == 0 else { return "term hash" }
        let segments = l.segmentDocument.count
        guard l.tokenCount.count == documentCount, l.segmentStart.count == documentCount + 1,
              [l.segmentTokenStart, l.segmentTokenEnd, l.segmentByteStart, l.segmentByteEnd, l.segmentFirstTokenByte]
                .allSatisfy({ $0.count == segments }),
              l.segmentStart.first == 0, l.segmentStart.last == UInt32(segments),
              zip(l.segmentStart, l.segmentStart.dropFirst()).allSatisfy({ $0 <= $1 }),
              l.segmentDocument.allSatisfy({ Int($0) < documentCount })
        else { return "document layout" }
        return nil
    }

    /// Whether a column starts at 0, never decreases and ends at `last`.
    private static func monotone<T: BinaryInteger & BitwiseCopyable>(_ c: Column<T>, to last: T) -> Bool {
        guard c.count > 0, c[0] == 0, c[c.count - 1] == last else { return false }
        for i in 1..<c.count where c[i] < c[i - 1] { return false }
        return true
    }
}
