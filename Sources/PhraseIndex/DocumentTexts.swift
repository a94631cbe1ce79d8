// DocumentTexts: where the index reads its documents' texts back from (tokens, highlights, n-grams).

/// The documents' texts by number. The index tokenizes them again only for what a screen shows, so they
/// may live elsewhere (compressed, say) once it is built; an array of Strings is the plain case.
public protocol DocumentTexts: Sendable {
    var count: Int { get }
    func text(ofDocument d: Int) -> String
    /// Calls `body` with the document's UTF-8 bytes, without building a String where the storage allows.
    func withUTF8<R>(ofDocument d: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R
}

extension DocumentTexts {
    public func withUTF8<R>(ofDocument d: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        Tokenizer.withBytes(text(ofDocument: d), body)
    }
}

extension Array: DocumentTexts where Element == String {
    public func text(ofDocument d: Int) -> String { self[d] }
}
