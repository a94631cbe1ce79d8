// Tests for LineSplitter: shell-like quoting, lenient unclosed quotes, byte ranges into the line.
@testable import Commands
import XCTest

final class LineSplitterTests: XCTestCase {
    func words(_ s: String) -> [String] { LineSplitter.split(s).map(\.text) }

    func testPlainWordsAndSpaces() {
        XCTAssertEqual(words("  find  risk of   harm "), ["find", "risk", "of", "harm"])
        XCTAssertEqual(words(""), [])
    }

    func testQuotes() {
        XCTAssertEqual(words(#"show "Dorset, Devon and Cornwall""#), ["show", "Dorset, Devon and Cornwall"])
        XCTAssertEqual(words("show 'a \"b\" c'"), ["show", "a \"b\" c"])
        XCTAssertEqual(words(#"say "a \"quoted\" word""#), ["say", "a \"quoted\" word"])
        XCTAssertEqual(words(#"a\ b c"#), ["a b", "c"])
    }

    func testUnclosedQuoteRunsToEnd() {
        XCTAssertEqual(words(#"find "risk of harm"#), ["find", "risk of harm"])
    }

    func testRangesIncludeQuotesAndCountBytes() {
        let line = #"show "Café’s" x"#
        let ws = LineSplitter.split(line)
        XCTAssertEqual(ws[1].text, "Café’s")
        XCTAssertTrue(ws[1].quoted)
        XCTAssertEqual(LineSplitter.slice(line, ws[1].range), #""Café’s""#)
        XCTAssertEqual(LineSplitter.slice(line, ws[2].range), "x")
    }

    func testTrailingBackslashKept() {
        XCTAssertEqual(words("a \\"), ["a", "\\"])
    }
}
