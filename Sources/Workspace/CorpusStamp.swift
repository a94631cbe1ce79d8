// CorpusStamp: what a corpus was when a table was made from it — where, how many files, and a fingerprint of its text.
import Documents
import Inspections

public struct CorpusStamp: Sendable, Equatable {
    public var paths: [String]
    /// Files considered by the load (loaded or skipped), and write-ups loaded.
    public var files: Int
    public var writeUps: Int
    /// 16 hex digits over every write-up's id and text, in id order: equal fingerprints, equal texts.
    public var fingerprint: String

    public init(paths: [String], files: Int, writeUps: Int, fingerprint: String) {
        self.paths = paths; self.files = files; self.writeUps = writeUps; self.fingerprint = fingerprint
    }

    /// The fingerprint of some reports: their ids and texts in id order, hashed in one pass.
    public static func fingerprint(_ reports: [InspectionReport]) -> String {
        var bytes: [UInt8] = []
        // Each text is read once: a loaded corpus keeps it compressed, so every read decompresses.
        for r in reports.sorted(by: { $0.id < $1.id }) {
            bytes += Array(r.id.utf8); bytes.append(0)
            var text = r.text
            text.withUTF8 { bytes.append(contentsOf: $0) }; bytes.append(0)
        }
        return String(ContentHash.hex(bytes).prefix(16))
    }
}
