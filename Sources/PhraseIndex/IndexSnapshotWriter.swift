// IndexSnapshotWriter: writes an index's arrays to a snapshot file atomically (temporary file, then rename).
#if canImport(Glibc)
import Glibc
#endif

enum IndexSnapshotWriter {
    /// Writes `index` to `path`, stamped with `key` (what the index was built from). A reader never sees a
    /// partial file: the bytes go to a temporary file in the same folder, which is synced and renamed over
    /// `path`; two writers racing leave one whole file or the other.
    static func write(_ index: InvertedIndex, to path: String, key: UInt64) throws(IndexSnapshotError) {
        let sections = SnapshotSection.allCases
        var lengths: [Int] = [], checksums: [UInt64] = []
        for s in sections {
            withBytes(of: s, in: index) { b in
                lengths.append(b.count)
                checksums.append(SnapshotChecksum.of(b))
            }
        }
        var offsets: [Int] = []
        var end = IndexSnapshotFormat.firstSection
        for n in lengths {
            offsets.append(end)
            end = IndexSnapshotFormat.align(end + n)
        }
        let header = headerBytes(index, key: key, fileLength: end, offsets: offsets, lengths: lengths, checksums: checksums)

        let temporary = path + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw IndexSnapshotError(path: path, reason: .unwritable(errno: errno)) }
        var failure: Int32 = 0
        func put(_ b: UnsafeRawBufferPointer) {
            var done = 0
            while failure == 0 && done < b.count {
                let n = Glibc.write(fd, b.baseAddress! + done, b.count - done)
                if n < 0 { if errno != EINTR { failure = errno } } else { done += n }
            }
        }
        let zeros = [UInt8](repeating: 0, count: IndexSnapshotFormat.alignment)
        header.withUnsafeBytes(put)
        var at = header.count
        for (k, s) in sections.enumerated() {
            zeros.withUnsafeBytes { put(UnsafeRawBufferPointer(rebasing: $0[0..<(offsets[k] - at)])) }
            withBytes(of: s, in: index) { b in if b.count > 0 { put(b) } }
            at = offsets[k] + lengths[k]
        }
        zeros.withUnsafeBytes { put(UnsafeRawBufferPointer(rebasing: $0[0..<(end - at)])) }
        if failure == 0 && fsync(fd) != 0 { failure = errno }
        if close(fd) != 0 && failure == 0 { failure = errno }
        if failure == 0 && rename(temporary, path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw IndexSnapshotError(path: path, reason: .unwritable(errno: failure))
        }
    }

    private static func headerBytes(_ index: InvertedIndex, key: UInt64, fileLength: Int, offsets: [Int], lengths: [Int],
                                    checksums: [UInt64]) -> [UInt8] {
        var out = IndexSnapshotFormat.magic
        func put<T: FixedWidthInteger>(_ v: T) { withUnsafeBytes(of: v.littleEndian) { out += $0 } }
        put(IndexSnapshotFormat.version)
        put(UInt32(SnapshotSection.allCases.count))
        for v in [UInt64(fileLength), key, UInt64(index.termCount), UInt64(index.documentCount),
                  UInt64(index.layout.totalTokens), UInt64(index.layout.segmentTokens)] { put(v) }
        for (k, s) in SnapshotSection.allCases.enumerated() {
            put(s.rawValue)
            put(UInt32(s.stride))
            put(UInt64(offsets[k])); put(UInt64(lengths[k])); put(checksums[k])
        }
        let sum = out.withUnsafeBytes { SnapshotChecksum.of($0) }
        put(sum)
        return out
    }

    /// The bytes of one section of `index`, as they lie in memory (the file is their copy).
    static func withBytes(of section: SnapshotSection, in index: InvertedIndex, _ body: (UnsafeRawBufferPointer) -> Void) {
        let p = index.postings, v = index.vocabulary.core, l = index.layout
        func raw<T>(_ base: UnsafePointer<T>, _ count: Int) { body(UnsafeRawBufferPointer(start: base, count: count * MemoryLayout<T>.stride)) }
        switch section {
        case .docBytes: body(p.docBytes.bytes)
        case .posBytes: body(p.posBytes.bytes)
        case .docStart: body(p.docStart.bytes)
        case .posStart: body(p.posStart.bytes)
        case .df: body(p.df.bytes)
        case .cf: body(p.cf.bytes)
        case .skipStart: body(p.skipStart.bytes)
        case .skips: body(p.skips.bytes)
        case .termArena: raw(v.arena, v.arenaCount)
        case .termOffsets: raw(v.offsets, v.count + 1)
        case .termSlots: raw(v.slots, v.slotCount)
        case .tokenCount: l.tokenCount.withUnsafeBytes(body)
        case .segmentStart: l.segmentStart.withUnsafeBytes(body)
        case .segmentDocument: l.segmentDocument.withUnsafeBytes(body)
        case .segmentTokenStart: l.segmentTokenStart.withUnsafeBytes(body)
        case .segmentTokenEnd: l.segmentTokenEnd.withUnsafeBytes(body)
        case .segmentByteStart: l.segmentByteStart.withUnsafeBytes(body)
        case .segmentByteEnd: l.segmentByteEnd.withUnsafeBytes(body)
        case .segmentFirstTokenByte: l.segmentFirstTokenByte.withUnsafeBytes(body)
        }
    }
}
