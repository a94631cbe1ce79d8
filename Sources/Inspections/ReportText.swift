// ReportText: where a report's full text lives — whole while it is loaded, then in the corpus's compressed blocks.

/// A report's text: a String while the loader builds and merges reports, a document of a `CompressedText`
/// once the corpus is indexed (findings, concordance lines and citations then decompress only their blocks).
enum ReportText: Sendable {
    case whole(String)
    case stored(CompressedText, document: Int)

    /// The whole text; a damaged block reads as empty text rather than stopping the session (the compressed
    /// text's own accessors report the error; tests check it there).
    var whole: String {
        switch self {
        case .whole(let s): s
        case .stored(let store, let d): (try? store.text(ofDocument: d)) ?? ""
        }
    }

    /// Calls `body` with the whole text's UTF-8 bytes, read where they live (no String built when stored).
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        switch self {
        case .whole(var text): return text.withUTF8(body)
        case .stored(let store, let d):
            return (try? store.withBytes(ofDocument: d, 0..<store.length(ofDocument: d), body)) ?? body(UnsafeBufferPointer(start: nil, count: 0))
        }
    }

    /// Bytes `range` of the text, sliced where it lives.
    func slice(_ range: Range<Int>) -> Substring {
        switch self {
        case .whole(let text):
            let utf8 = text.utf8
            let lo = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            let hi = utf8.index(lo, offsetBy: range.count)
            return text[lo..<hi]
        case .stored(let store, let d):
            return Substring((try? store.text(ofDocument: d, bytes: range)) ?? "")
        }
    }
}
