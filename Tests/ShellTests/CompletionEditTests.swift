// Tests for what TAB does: insertion, quoting, common prefixes, listing and the bell.
import XCTest
@testable import Shell

final class CompletionEditTests: XCTestCase {
    private func plan(_ line: String, from: Int, _ candidates: [String]) -> CompletionEdit {
        CompletionEdit.plan(lineBeforeCursor: line, completion: Completion(replaceFrom: from, candidates: candidates))
    }

    func testSingleCandidateCompletesWithASpace() {
        XCTAssertEqual(plan("hel", from: 0, ["help"]), .replace(deleting: 3, inserting: "help "))
    }

    func testSingleCandidateWithSpacesIsQuoted() {
        XCTAssertEqual(plan("chart caf", from: 6, ["Café Society"]), .replace(deleting: 3, inserting: "\"Café Society\" "))
    }

    func testAnOpenedQuoteIsClosed() {
        XCTAssertEqual(plan("chart \"L’", from: 6, ["L’Express"]), .replace(deleting: 3, inserting: "\"L’Express\" "))
    }

    func testDirectoryKeepsCompleting() {
        XCTAssertEqual(plan("load Cor", from: 5, ["Corpus/"]), .replace(deleting: 3, inserting: "Corpus/"))
        XCTAssertEqual(plan("load My", from: 5, ["My Files/"]), .replace(deleting: 2, inserting: "\"My Files/"))
    }

    func testCommonPrefixIsInserted() {
        XCTAssertEqual(plan("h", from: 0, ["help", "hello"]), .replace(deleting: 1, inserting: "hel"))
    }

    func testCommonPrefixWithASpaceOpensAQuote() {
        XCTAssertEqual(plan("chart New Y", from: 6, ["New York Times", "New Yorker"]),
                       .replace(deleting: 5, inserting: "\"New York"))
        XCTAssertEqual(plan("chart \"New York", from: 6, ["New York Times", "New Yorker"]), .list(["New York Times", "New Yorker"]))
    }

    func testNothingMoreToInsertLists() {
        XCTAssertEqual(plan("hel", from: 0, ["help", "hello"]), .list(["help", "hello"]))
        XCTAssertEqual(plan("", from: 0, ["b", "a"]), .list(["b", "a"]))
    }

    func testNoCandidateRingsTheBell() {
        XCTAssertEqual(plan("xyz", from: 0, []), .ring)
        XCTAssertEqual(plan("xyz", from: 0, [""]), .ring)
    }

    func testDuplicatesCollapse() {
        XCTAssertEqual(plan("he", from: 0, ["help", "help"]), .replace(deleting: 2, inserting: "help "))
    }

    func testDeletionCountsCharactersNotBytes() {
        // "chart naï" : the word "naï" is 4 UTF-8 bytes but 3 characters in libedit's buffer.
        XCTAssertEqual(plan("chart naï", from: 6, ["naïve"]), .replace(deleting: 3, inserting: "naïve "))
    }

    func testOutOfRangeOffsetIsClamped() {
        XCTAssertEqual(plan("ab", from: 99, ["ab"]), .replace(deleting: 0, inserting: "ab "))
        XCTAssertEqual(plan("ab", from: -1, ["abc"]), .replace(deleting: 2, inserting: "abc "))
    }

    func testCommonPrefix() {
        XCTAssertEqual(CompletionEdit.commonPrefix(["Café Society", "Café Royal"]), "Café ")
        XCTAssertEqual(CompletionEdit.commonPrefix(["abc"]), "abc")
        XCTAssertEqual(CompletionEdit.commonPrefix(["abc", "xyz"]), "")
    }

    func testColumnsFillTopToBottom() {
        let items = ["alpha", "beta", "gamma", "delta", "epsilon"]
        // Column width 9 (7 + 2); 20 columns fit two of them.
        XCTAssertEqual(CompletionEdit.columns(items, width: 20), """
            alpha    delta
            beta     epsilon
            gamma
            """)
        XCTAssertEqual(CompletionEdit.columns(items, width: 5), items.joined(separator: "\n"))
    }

    func testColumnsEscapeControlCharacters() {
        XCTAssertEqual(CompletionEdit.columns(["a\u{1B}[31mb"], width: 80), "a?[31mb")
    }

    func testDisplayWidth() {
        XCTAssertEqual(CompletionEdit.displayWidth("café"), 4)
        XCTAssertEqual(CompletionEdit.displayWidth("cafe\u{301}"), 4)
        XCTAssertEqual(CompletionEdit.displayWidth("日本"), 4)
    }
}
