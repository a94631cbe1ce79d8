// ScopeAndVariablesTests: `use` confines every command; `let`, $NAME, arguments and foreach; errors point at the variable.
@testable import Commands
import Foundation
import XCTest

final class ScopeAndVariablesTests: XCTestCase {
    func testScopeConfinesEveryCommandUntilUseAll() throws {
        let h = try WorkspaceHarness()
        XCTAssertEqual(h.session.prompt, "probe> ")
        h.run("use type:crc year:..2019")
        XCTAssertEqual(h.session.prompt, "probe[type:crc year:..2019]> ")
        // The same table as the filters written out: the scope is ANDed into the query.
        let scoped = h.run("count harm by year")
        h.run("use all")
        let written = h.run("count harm type:crc year:..2019 by year")
        XCTAssertEqual(scoped.split(separator: "\n").prefix(3), written.split(separator: "\n").prefix(3))
        XCTAssertTrue(scoped.contains("2019   2 *     2"), scoped)
        h.run("use type:crc year:..2019")
        let list = h.run("list sort id")
        XCTAssertTrue(list.contains("fenland-crc-2019") && list.contains("upland-crc-2019"), list)
        XCTAssertFalse(list.contains("nps-coastal-2019") || list.contains("fenland-crc-2020"), list)
        XCTAssertTrue(h.run("use").contains("scope type:crc year:..2019"), h.sink.output)
        h.run("use all")
        XCTAssertEqual(h.session.prompt, "probe> ")
        XCTAssertTrue(h.run("list sort id").contains("nps-coastal-2019"))
    }

    func testAScopeAndAConflictingFilterAreAnded() throws {
        let h = try WorkspaceHarness()
        h.run("use type:crc")
        // A command's own filters narrow the scope further; one outside it finds nothing, and says so.
        let out = h.run("count harm type:nps")
        XCTAssertTrue(out.contains("0 hits"), out)
        XCTAssertTrue(h.sink.errors.contains("note: the scope (type:crc) applies too: this command's type: is ANDed with it, "
                                             + "so a value outside the scope matches nothing (use all clears the scope)"), h.sink.errors)
    }

    func testVariablesExpandOutsideSingleQuotesOnly() throws {
        let h = try WorkspaceHarness()
        h.run("let what = harm", "let where = type:crc")
        XCTAssertTrue(h.run("count $what ${where}").contains("harm type:crc: 3 hits"), h.sink.output)
        XCTAssertTrue(h.run("count \"$what\"").contains("4 hits"), "double quotes expand")
        XCTAssertTrue(h.run("count ${missing:-harm}").contains("4 hits"), h.sink.output)
        // Single quotes and \$ keep a dollar as it is.
        XCTAssertTrue(h.run("count '$what'").contains("0 hits"), h.sink.output)
        XCTAssertTrue(h.run("count \\$what").contains("0 hits"), h.sink.output)
    }

    func testAnUnsetVariableIsAnErrorAtItsLineAndColumn() {
        let sink = CollectingSink()
        let session = Session(sink: sink)
        let outcome = ScriptRunner.run(text: "let p = hlny\n\ncount risk provider:$q\nlet x = 1\n", name: "r.probe", session: session)
        XCTAssertEqual(outcome, ScriptOutcome(errors: 1, stopped: true))
        XCTAssertEqual(sink.errors, """
            r.probe:3:21: error: unset variable 'q'
              count risk provider:$q
                                  ^^
            hint: did you mean 'p'? set it with let q = VALUE, or probe -v q=VALUE; \\$ writes a dollar sign

            """)
        XCTAssertNil(session.workspace.variables.value(of: "x"), "the script stopped at the error")
    }

    func testAMissingArgumentAndAnUnclosedBraceAreErrorsWithACaret() {
        let sink = CollectingSink()
        let session = Session(sink: sink)
        session.settings.bail = false
        session.workspace.variables.scriptName = "report.probe"
        _ = ScriptRunner.run(text: "count $1\ncount ${p\n", name: "report.probe", session: session)
        XCTAssertEqual(sink.errors, """
            report.probe:1:7: error: no argument $1: none was given
              count $1
                    ^^
            hint: give arguments after the script, e.g. probe report.probe ARG; ${1:-DEFAULT} gives a default
            report.probe:2:7: error: '${' is not closed
              count ${p
                    ^^^
            hint: write ${NAME}, or \\$ for a dollar sign

            """)
    }

    func testForeachRunsOncePerInspectionOrProvider() throws {
        let h = try WorkspaceHarness()
        let out = h.run("foreach i in type:crc: cite $i#case-supervision-1")
        XCTAssertEqual(out.split(separator: "\n").filter { $0.hasPrefix("citation ") }.map { $0.split(separator: " ").last! },
                       ["fenland-crc-2019#case-supervision-1", "fenland-crc-2020#case-supervision-1", "upland-crc-2019#case-supervision-1"])
        let providers = h.run("foreach p in providers type:crc: count harm provider:$p")
        XCTAssertTrue(providers.contains("harm provider:fenland-crc: 2 hits"), providers)
        XCTAssertTrue(providers.contains("harm provider:upland-crc: 1 hit"), providers)
        XCTAssertNil(h.session.workspace.variables.value(of: "p"), "the loop variable is not left behind")
    }

    func testForeachStopsAtTheFirstFailureUnlessKeepGoing() throws {
        let h = try WorkspaceHarness()
        // fenland-crc-2020 has two case-supervision findings, the others three.
        let body = "foreach i in type:crc: cite $i#case-supervision-3"
        XCTAssertTrue(h.failure(body).contains("1 of 3 runs of foreach failed (stopped at the first)"))
        XCTAssertFalse(h.sink.output.contains("upland-crc-2019"), "the loop stopped at fenland-crc-2020")
        XCTAssertTrue(h.sink.errors.contains("foreach i=fenland-crc-2020: error: fenland-crc-2020 has no finding '#case-supervision-3'"),
                      h.sink.errors)
        h.session.settings.bail = false
        XCTAssertTrue(h.failure(body).contains("1 of 3 runs of foreach failed"))
        XCTAssertTrue(h.sink.output.contains("upland-crc-2019"), "with bail off every run is tried")
        // In a script the loop's failure carries the script's line, after each run's own error.
        h.session.settings.bail = true
        _ = ScriptRunner.run(text: "set width 80\n" + body + "\n", name: "f.probe", session: h.session)
        XCTAssertTrue(h.sink.errors.hasSuffix("""
            f.probe:2:1: error: 1 of 3 runs of foreach failed (stopped at the first)
              \(body)
              ^^^^^^^
            hint: each run's error is shown above, after foreach i=ID

            """), h.sink.errors)
        XCTAssertTrue(h.sink.output.contains("upland-crc-2019"), "with bail off every run is tried")
    }
}
