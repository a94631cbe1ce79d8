// Tests for ScriptRunner: comments, continuations, CRLF, error locations, bail and keep-going.
@testable import Commands
import XCTest

final class ScriptRunnerTests: XCTestCase {
    func testCommandsSkipCommentsAndJoinContinuations() {
        let script = "# a comment\n\nset width 90\n  set \\\n  format csv\r\nhelp"
        let cmds = ScriptRunner.commands(in: script)
        XCTAssertEqual(cmds.map(\.text), ["set width 90", "set format csv", "help"])
        XCTAssertEqual(cmds.map(\.line), [3, 4, 6])
        XCTAssertEqual(cmds[1].column, 3)
    }

    func testErrorLocationAndBail() {
        let sink = CollectingSink()
        let session = Session(sink: sink)
        let outcome = ScriptRunner.run(text: "set width 90\nchrat ratings\nset width 100\n", name: "s.probe", session: session)
        XCTAssertEqual(outcome, ScriptOutcome(errors: 1, stopped: true))
        XCTAssertEqual(sink.errors, """
            s.probe:2:1: error: unknown command 'chrat'
              chrat ratings
              ^^^^^
            hint: did you mean 'chart'?

            """)
        XCTAssertEqual(session.settings.width, 90, "the line after the error must not run")
    }

    func testKeepGoingRunsEverything() {
        let sink = CollectingSink()
        let session = Session(sink: sink)
        session.settings.bail = false
        let outcome = ScriptRunner.run(text: "set width 90\nset colour on\nset width 100", name: "s", session: session)
        XCTAssertEqual(outcome.errors, 1)
        XCTAssertFalse(outcome.stopped)
        XCTAssertEqual(session.settings.width, 100)
        XCTAssertTrue(sink.errors.hasPrefix("s:2:5: error: no setting 'colour'\n"), sink.errors)
        XCTAssertTrue(sink.errors.contains("hint: did you mean 'color'?"), sink.errors)
    }

    func testSettingValueErrorPointsAtValue() {
        let sink = CollectingSink()
        let session = Session(sink: sink)
        _ = ScriptRunner.run(text: "set format xml", name: "f", session: session)
        XCTAssertEqual(sink.errors, """
            f:1:12: error: 'xml' is not a value of format
              set format xml
                         ^^^
            hint: output format: table for people; csv, tsv, json, markdown for the data; e.g. table, csv, tsv, json, markdown

            """)
    }

    func testQuitStopsTheScript() {
        let sink = CollectingSink()
        let session = Session(sink: sink)
        let outcome = ScriptRunner.run(text: "quit\nset width 99", name: "q", session: session)
        XCTAssertTrue(outcome.stopped)
        XCTAssertNil(session.settings.width)
    }
}

final class LongLineErrorTests: XCTestCase {
    func testErrorInAHugeLineShowsAWindowAroundTheFault() {
        let line = "set width " + String(repeating: "9", count: 100_000)
        let error = CommandError.usage("bad", at: 10..<100_010)
        let caret = error.caret(in: line)!
        XCTAssertLessThan(caret.count, 300)
        XCTAssertTrue(caret.hasPrefix("  set width 999"), caret)
        XCTAssertTrue(caret.contains("…"))
        let short = CommandError.usage("bad", at: 4..<6).caret(in: "set xx 1")
        XCTAssertEqual(short, "  set xx 1\n      ^^")
    }
}
