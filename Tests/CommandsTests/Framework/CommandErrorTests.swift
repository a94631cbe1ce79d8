// CommandErrorTests: carets sit under the fault in display columns, and query errors map into the line once.
@testable import Commands
import QueryLanguage
import XCTest

final class CommandErrorTests: XCTestCase {
    func testCaretCountsDisplayColumnsOfWideCharacters() {
        // "東京" takes four columns: the caret under "zzz" must start after them, not two columns early.
        let line = "find 東京 zzz"
        let start = line.utf8.count - 3
        let caret = CommandError.usage("x", at: start..<line.utf8.count).caret(in: line)
        XCTAssertEqual(caret, "  find 東京 zzz\n            ^^^")
    }

    func testQueryErrorsPointIntoTheLineAndStayWithinTheirWords() {
        let error = QueryError("no scope 'x'", range: 6..<7, hint: "scope:notes")
        let mapped = CommandError(error, queryOffset: 5)
        XCTAssertEqual(mapped.range, 11..<12)
        XCTAssertEqual(mapped.kind, .usage)
        XCTAssertEqual(mapped.hint, "scope:notes")
        XCTAssertEqual(CommandError(QueryError("e", range: 0..<40), queryOffset: 2, end: 10).range, 2..<10)
        XCTAssertEqual(CommandError(QueryError("e", range: 3..<3), queryOffset: 0).range, 3..<4, "an empty range still gets a caret")
    }
}
