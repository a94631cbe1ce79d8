// Tests for Terminal's pure decisions (width, height, colour, charset) and Pager's paging rule.
import XCTest
@testable import Shell

final class TerminalTests: XCTestCase {
    func testWidthPrefersTheKernel() {
        XCTAssertEqual(Terminal.resolveWidth(ioctlColumns: 120, environment: ["COLUMNS": "90"]), 120)
    }

    func testWidthFallsBackToColumnsThen80() {
        XCTAssertEqual(Terminal.resolveWidth(ioctlColumns: nil, environment: ["COLUMNS": "90"]), 90)
        XCTAssertEqual(Terminal.resolveWidth(ioctlColumns: nil, environment: ["COLUMNS": "0"]), 80)
        XCTAssertEqual(Terminal.resolveWidth(ioctlColumns: nil, environment: ["COLUMNS": "wide"]), 80)
        XCTAssertEqual(Terminal.resolveWidth(ioctlColumns: nil, environment: [:]), 80)
    }

    func testHeight() {
        XCTAssertEqual(Terminal.resolveHeight(ioctlRows: 50, environment: ["LINES": "30"]), 50)
        XCTAssertEqual(Terminal.resolveHeight(ioctlRows: nil, environment: ["LINES": "30"]), 30)
        XCTAssertEqual(Terminal.resolveHeight(ioctlRows: nil, environment: [:]), 24)
    }

    func testColourNeedsATerminal() {
        XCTAssertTrue(Terminal.colourAllowed(stdoutIsTerminal: true, environment: ["TERM": "xterm-256color"]))
        XCTAssertTrue(Terminal.colourAllowed(stdoutIsTerminal: true, environment: [:]))
        XCTAssertFalse(Terminal.colourAllowed(stdoutIsTerminal: false, environment: ["TERM": "xterm"]))
    }

    func testNoColourAndDumbTerminal() {
        XCTAssertFalse(Terminal.colourAllowed(stdoutIsTerminal: true, environment: ["NO_COLOR": "1"]))
        XCTAssertFalse(Terminal.colourAllowed(stdoutIsTerminal: true, environment: ["TERM": "dumb"]))
        // no-color.org: an empty NO_COLOR does not disable colour.
        XCTAssertTrue(Terminal.colourAllowed(stdoutIsTerminal: true, environment: ["NO_COLOR": ""]))
    }

    func testCodesetNames() {
        for name in ["UTF-8", "utf8", "UTF8", "utf-8"] { XCTAssertTrue(Terminal.isUTF8(codeset: name), name) }
        for name in ["ANSI_X3.4-1968", "ISO-8859-1", ""] { XCTAssertFalse(Terminal.isUTF8(codeset: name), name) }
    }

    func testPagerCommandFromEnvironment() {
        XCTAssertEqual(Pager(environment: [:]).command, "less -FRX")
        XCTAssertEqual(Pager(environment: ["PAGER": "more"]).command, "more")
        XCTAssertNil(Pager(environment: ["PAGER": ""]).command)
        XCTAssertNil(Pager(environment: ["PAGER": " cat "]).command)
    }

    func testPagingRule() {
        XCTAssertFalse(Pager.shouldPage(lineCount: 23, terminalRows: 24, stdoutIsTerminal: true))
        XCTAssertTrue(Pager.shouldPage(lineCount: 24, terminalRows: 24, stdoutIsTerminal: true))
        XCTAssertFalse(Pager.shouldPage(lineCount: 1000, terminalRows: 24, stdoutIsTerminal: false))
    }

    func testScreenLinesCountsWrapping() {
        XCTAssertEqual(Pager.screenLines("", width: 80), 0)
        XCTAssertEqual(Pager.screenLines("a\nb\n", width: 80), 2)
        XCTAssertEqual(Pager.screenLines("a\n\nb", width: 80), 3)
        XCTAssertEqual(Pager.screenLines(String(repeating: "x", count: 81) + "\n", width: 80), 2)
    }
}
