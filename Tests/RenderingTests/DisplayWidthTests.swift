// DisplayWidthTests: terminal columns of known characters, and truncation and padding measured in columns.
import XCTest
import Rendering

final class DisplayWidthTests: XCTestCase {
    /// Each string with the columns a terminal gives it, worked out from the Unicode tables by hand.
    static let known: [(text: String, columns: Int, what: String)] = [
        ("", 0, "empty"),
        ("a", 1, "ASCII letter"), ("Hampshire CRC", 13, "ASCII words"), ("~ ", 2, "ASCII symbol and space"),
        ("\u{E9}", 1, "é precomposed"), ("e\u{301}", 1, "e + combining acute"), ("U\u{308}n\u{308}", 2, "two combining diaereses"),
        ("a\u{20DD}", 1, "enclosing circle (Me)"), ("\u{200B}", 0, "zero width space (Cf)"),
        ("\u{65E5}\u{672C}", 4, "日本: CJK ideographs"), ("\u{D55C}", 2, "한: Hangul syllable"), ("\u{3001}", 2, "、 CJK comma"),
        ("\u{FF21}", 2, "Ａ fullwidth Latin"), ("\u{FF76}", 1, "ｶ halfwidth katakana"), ("\u{3042}", 2, "あ hiragana"),
        ("\u{1F642}", 2, "🙂 emoji"), ("\u{1F680}", 2, "🚀 emoji"), ("\u{1F1EC}\u{1F1E7}", 2, "🇬🇧 flag: two regional indicators"),
        ("\u{1B}", 0, "ESC"), ("\t", 0, "tab"), ("\n", 0, "newline"), ("\u{7F}", 0, "DEL"), ("\u{07}", 0, "BEL"),
        ("\u{2014}", 1, "— em dash"), ("\u{2026}", 1, "… ellipsis"), ("\u{2588}", 1, "█ full block"), ("\u{B7}", 1, "· middle dot"),
        ("\u{DC}n\u{EF}c\u{F6}d\u{E9} \u{6771}\u{4EAC} \u{1F642}", 15, "Ünïcödé 東京 🙂: 7 + 1 + 4 + 1 + 2"),
    ]

    func testKnownCharacters() {
        for (text, columns, what) in Self.known {
            XCTAssertEqual(DisplayWidth.of(text), columns, "\(what): \(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    func testTruncateCountsColumnsNotCharacters() {
        // 日本語テキスト is 7 characters, 14 columns: 7 columns hold three of them and the ellipsis.
        XCTAssertEqual(DisplayWidth.truncate("日本語テキスト", to: 7), "日本語…")
        XCTAssertEqual(DisplayWidth.truncate("日本語テキスト", to: 8), "日本語…", "a wide character never half-fits")
        XCTAssertEqual(DisplayWidth.truncate("café crème", to: 6, ascii: true), "caf...")
        XCTAssertEqual(DisplayWidth.truncate("e\u{301}te\u{301}", to: 4), "e\u{301}te\u{301}", "combining marks take no room")
        XCTAssertEqual(DisplayWidth.truncateLeft("abc東京", to: 5), "…東京", "c would make six columns")
    }

    func testPadFillsToExactColumns() {
        XCTAssertEqual(DisplayWidth.pad("東京", to: 6), "東京  ")
        XCTAssertEqual(DisplayWidth.pad("東京", to: 6, right: true), "  東京")
        XCTAssertEqual(DisplayWidth.pad("🙂x", to: 4), "🙂x ")
        XCTAssertEqual(DisplayWidth.pad("東京都庁", to: 5), "東京…")
    }
}
