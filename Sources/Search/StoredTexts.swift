// StoredTexts: the corpus's compressed text as the index's document texts.
import Inspections
import PhraseIndex

/// Lets the index read documents from the same `CompressedText` the reports slice, so the text is held once.
struct StoredTexts: DocumentTexts {
    let store: CompressedText
    var count: Int { store.documentCount }
    /// A damaged block reads as empty text: the index then finds no tokens there rather than stopping.
    func text(ofDocument d: Int) -> String { (try? store.text(ofDocument: d)) ?? "" }
    /// The bytes straight from the decompressed block (no String is built, no UTF-8 check repeated).
    func withUTF8<R>(ofDocument d: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        (try? store.withBytes(ofDocument: d, 0..<store.length(ofDocument: d), body)) ?? body(UnsafeBufferPointer(start: nil, count: 0))
    }
}
