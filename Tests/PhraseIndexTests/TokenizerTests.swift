// TokenizerTests: byte offsets slice the original text; folding matches SQLite FTS5 unicode61.
import XCTest
@testable import PhraseIndex

final class TokenizerTests: XCTestCase {
    private func terms(_ text: String) -> [String] { Tokenizer.tokens(of: text).map(\.term) }

    func testOffsetsSliceTheOriginalIncludingMultiByteText() {
        let text = "Le Café — “risk of harm”: provider’s 42 per-cent naïve ŁÓDŹ 日本語 end"
        let bytes = Array(text.utf8)
        let tokens = Tokenizer.tokens(of: text)
        XCTAssertEqual(tokens.map(\.position), Array(0..<tokens.count))
        let slices = tokens.map { String(decoding: bytes[$0.byteRange], as: UTF8.self) }
        XCTAssertEqual(slices, ["Le", "Café", "risk", "of", "harm", "provider", "s", "42", "per", "cent",
                                "naïve", "ŁÓDŹ", "日本語", "end"])
        XCTAssertEqual(tokens.map(\.term), ["le", "cafe", "risk", "of", "harm", "provider", "s", "42", "per", "cent",
                                            "naive", "łodz", "日本語", "end"])
    }

    func testCaseAndDiacriticFolding() {
        XCTAssertEqual(terms("Café CAFE café CAFÉ cafe\u{301}"), ["cafe", "cafe", "cafe", "cafe", "cafe"])
        XCTAssertEqual(terms("Ångström ÉCOLE coöperate"), ["angstrom", "ecole", "cooperate"])
    }

    func testApostrophesAndHyphensSeparate() {
        XCTAssertEqual(terms("provider’s"), ["provider", "s"])
        XCTAssertEqual(terms("provider's"), ["provider", "s"])
        XCTAssertEqual(terms("through-the-gate"), terms("through the gate"))
        XCTAssertEqual(terms("well–led"), ["well", "led"])  // en dash
    }

    func testDigitsAreTokens() {
        XCTAssertEqual(terms("(42 per cent) 2019-20 3.14 x²y ½"), ["42", "per", "cent", "2019", "20", "3", "14", "x²y", "½"])
    }

    /// Expected terms were produced by SQLite 3.40.1 FTS5 (`unicode61`, default remove_diacritics) via fts5vocab.
    func testParityWithFTS5OnUnusualScript() {
        XCTAssertEqual(terms("Straße ß łódź Ærø ø ð þ œuvre ĳ ﬁ"), ["straße", "ß", "łodz", "ærø", "ø", "ð", "þ", "œuvre", "ĳ", "ﬁ"])
        XCTAssertEqual(terms("İstanbul ΣΑΣ ά Ώ ǅx"), ["istanbul", "σασ", "ά", "ώ", "ǆx"])
        XCTAssertEqual(terms("a_b c·d x\u{301}\u{302}y ⓐ Ⅻ Ａｂ \u{212A}"), ["a", "b", "c", "d", "xy", "ⅻ", "ａｂ", "k"])
        XCTAssertEqual(terms("कार्य"), ["क", "र", "य"])  // Devanagari vowel signs separate, as in FTS5
    }

    func testEdgeCases() {
        XCTAssertEqual(terms(""), [])
        XCTAssertEqual(terms("  ,;!  "), [])
        XCTAssertEqual(terms("\u{301} lone"), ["lone"])  // a lone diacritic folds to nothing: no token
        let long = String(repeating: "ab", count: 5000)
        XCTAssertEqual(terms(long + " x"), [long, "x"])  // longer than the scratch buffer
        // Invalid UTF-8 cannot reach us through String; the decoder still treats bad bytes as separators.
        let bad: [UInt8] = [0x61, 0xFF, 0x62, 0xC3]
        var seen: [String] = []
        bad.withUnsafeBufferPointer { b in
            Tokenizer().scan(b.baseAddress!, count: b.count) { p, n, _, _ in
                seen.append(String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self))
            }
        }
        XCTAssertEqual(seen, ["a", "b"])
    }

    func testRangeTokenizationKeepsDocumentOffsets() {
        let text = "alpha beta gamma delta"
        let tokens = Tokenizer().tokens(of: text, in: 6..<12, firstPosition: 1)
        XCTAssertEqual(tokens.map(\.term), ["beta", "gamma"])  // tokens STARTING in the range; gamma runs past it
        XCTAssertEqual(tokens.map(\.byteRange), [6..<10, 11..<16])
        XCTAssertEqual(tokens.map(\.position), [1, 2])
    }

    func testNormalizeAndStemmer() throws {
        XCTAssertEqual(Normalizer.normalize("Provider’s CAFÉ"), "provider s cafe")
        let stemmer = try XCTUnwrap(Stemmer())
        XCTAssertEqual(stemmer.stem("Running"), "run")
        XCTAssertEqual(stemmer.stem("managers"), "manag")
        XCTAssertEqual(stemmer.stem("dog’s"), stemmer.stem("dog's"))
        XCTAssertNil(Stemmer(language: "klingon"))
    }
}
