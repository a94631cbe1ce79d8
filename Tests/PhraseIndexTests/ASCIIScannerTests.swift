// ASCIIScannerTests: the build's fast tokenizer loop reports exactly the tokens of Tokenizer, on adversarial text.
import TestSupport
import XCTest
@testable import PhraseIndex

final class ASCIIScannerTests: XCTestCase {
    private func scanned(_ text: String) -> [String] {
        var out: [String] = []
        var scanner = ASCIIScanner()
        Tokenizer.withBytes(text) { b in
            guard let base = b.baseAddress else { return }
            Normalizer.asciiTable.withUnsafeBufferPointer { table in
                scanner.scan(base, count: b.count, table: table.baseAddress!) { folded, length, start, padded in
                    let term = String(decoding: UnsafeBufferPointer(start: folded, count: length), as: UTF8.self)
                    out.append("\(term)@\(start)")
                    if padded {  // the padded hash must equal the plain one on the same bytes
                        XCTAssertEqual(TermHash.hashPadded(folded, length), TermHash.hash(folded, length), term)
                    }
                }
            }
        }
        return out
    }

    private func expected(_ text: String) -> [String] {
        Tokenizer.tokens(of: text).map { "\($0.term)@\($0.byteRange.lowerBound)" }
    }

    func testEdgeCasesMatchTokenizer() {
        for text in ["", " ", "a", "A", "ab", "Café", "café", "CAFÉ crème", "naïve İstanbul ΑΘΗΝΑ straße",
                     "x\u{301}\u{301}y", "\u{301}\u{301} lone", "provider’s – “quoted” (42 per cent)", "well-led_ok",
                     "ABCDEFGH", "abcdefgh", "abcdefghi", "abcdefghijklmnop", "end with é", "é", "1st 2nd 3RD",
                     "mixedCASEword then lowercase", "tab\tnew\nline\r\n", "emoji 😀 in text", "日本語 text"] {
            XCTAssertEqual(scanned(text), expected(text), text)
        }
    }

    func testRandomTextMatchesTokenizer() {
        let pieces = ["a", "B", "z", "7", " ", ",", "-", "é", "É", "\u{301}", "’", "–", "ß", "Ω", "😀", "\n", "'", "the", "CASE", "ka"]
        var rng = SplitMix64(seed: 5)
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...40, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            XCTAssertEqual(scanned(text), expected(text), text.debugDescription)
        }
    }
}
