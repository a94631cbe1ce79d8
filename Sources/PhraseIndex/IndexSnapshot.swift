// IndexSnapshot: saving an index to a file and mapping it back on the next start, or rebuilding it.

/// An index saved to one file and mapped read-only later, so that a start need not re-index unchanged
/// files. A file is used only if it passes every check (see `IndexSnapshotFormat`); otherwise the index
/// is rebuilt and the caller gets one line saying why.
public enum IndexSnapshot {
    /// The layout version files are stamped with; a file of another version is refused.
    public static var formatVersion: UInt32 { IndexSnapshotFormat.version }

    /// Writes `index` to `path` atomically, stamped with `key` (see `key(files:)`).
    public static func write(_ index: InvertedIndex, to path: String, key: UInt64) throws(IndexSnapshotError) {
        try IndexSnapshotWriter.write(index, to: path, key: key)
    }

    /// The index saved in `path` for `key`, over `texts` (the documents' texts, which the file does not hold).
    public static func read(_ path: String, key: UInt64, texts: [String]) throws(IndexSnapshotError) -> InvertedIndex {
        try IndexSnapshotReader.read(path, key: key, texts: texts)
    }

    /// The snapshot's index if it is valid for `key`; otherwise an index built from `documents`, written
    /// back to `path` (when `save`), and a one-line warning unless the file was simply missing.
    public static func open(_ path: String, key: UInt64, documents: [SourceDocument], options: IndexBuildOptions = .init(),
                            save: Bool = true) -> (index: InvertedIndex, warning: String?) {
        var warning: String?
        do {
            return (try read(path, key: key, texts: documents.map(\.text)), nil)
        } catch {
            if error.reason != .unreadable(errno: 2) { warning = "index snapshot ignored, rebuilt: \(error)" }
        }
        let index = InvertedIndex(documents: documents, options: options)
        if save {
            do { try write(index, to: path, key: key) } catch {
                warning = (warning.map { $0 + "; " } ?? "") + "index snapshot not saved: \(error)"
            }
        }
        return (index, warning)
    }

    /// A 64-bit hash of some bytes (the snapshot's checksum), for naming a snapshot file.
    public static func key(bytes: UnsafeRawBufferPointer) -> UInt64 { SnapshotChecksum.of(bytes) }

    /// A key for a set of source files: their paths, sizes and modification times in the given order, so a
    /// snapshot made before any file was added, removed, resized or touched no longer matches.
    public static func key(files: [(path: String, size: Int, modified: Int64)]) -> UInt64 {
        var bytes: [UInt8] = []
        for f in files {
            bytes += Array(f.path.utf8) + [0]
            withUnsafeBytes(of: UInt64(f.size).littleEndian) { bytes += $0 }
            withUnsafeBytes(of: f.modified.littleEndian) { bytes += $0 }
        }
        return bytes.withUnsafeBytes { SnapshotChecksum.of($0) }
    }
}
