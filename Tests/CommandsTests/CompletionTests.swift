// CompletionTests: TAB completion driven by the command definitions.
@testable import Commands
import Foundation
import XCTest

final class CompletionTests: XCTestCase {
    lazy var session: Session = {
        Session(corpus: LoadedCorpus.load(paths: [Golden.fixtures.appendingPathComponent("mini").path]), sink: CollectingSink())
    }()

    func complete(_ line: String) -> [String] { Completer.complete(line, session: session).candidates }

    func testCommandNames() {
        XCTAssertEqual(complete("hel"), ["help"])
        XCTAssertTrue(complete("").contains("list"))
        XCTAssertEqual(Completer.complete("hel", session: session).replaceFrom, 0)
    }

    func testProviderNamesAndAliases() {
        XCTAssertEqual(complete("show fen"), ["fenland"])
        XCTAssertEqual(complete("show FM"), ["FMCRC"])
        XCTAssertEqual(Completer.complete("show fen", session: session).replaceFrom, 5)
    }

    func testSettingsAndValues() {
        XCTAssertEqual(complete("set form"), ["format"])
        XCTAssertEqual(complete("set format c"), ["csv"])
        XCTAssertEqual(complete("set charset "), ["ascii", "auto", "unicode"])
    }

    func testOptionValues() {
        XCTAssertEqual(complete("list type "), ["crc", "nps", "pdu", "region"])
        XCTAssertEqual(complete("list so"), ["sort"])
    }

    /// chart's first word is a chart (ratings, overall, dispersion) or the start of a query.
    func testChartCompletesItsChartsAndQueryWords() {
        let first = complete("chart ")
        for word in ["ratings", "overall", "dispersion", "provider:", "type:", "by"] { XCTAssertTrue(first.contains(word), word) }
        XCTAssertEqual(complete("chart rat"), ["ratings"])
        XCTAssertEqual(complete("chart ov"), ["overall", "overall:"])
        XCTAssertEqual(complete("plot disp"), ["dispersion"])
        XCTAssertFalse(complete("chart ratings ").contains("overall"), "only the first word is a chart")
        XCTAssertFalse(complete("chart \"risk of harm\" ").contains("dispersion"))
        XCTAssertTrue(complete("chart \"risk of harm\" ").contains("provider:"))
        XCTAssertFalse(complete("track ").contains("ratings"), "track has no charts to name")
    }

    func testPathsAfterSource() throws {
        let dir = try ProbeProcess.folder(["alpha.probe": "", "beta.txt": ""])
        XCTAssertEqual(complete("source \(dir.path)/al"), ["\(dir.path)/alpha.probe"])
        XCTAssertEqual(complete("list > \(dir.path)/be"), ["\(dir.path)/beta.txt"])
    }
}
