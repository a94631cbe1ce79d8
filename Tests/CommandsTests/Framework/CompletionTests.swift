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
        XCTAssertEqual(complete("set small"), ["smallgroups"])
        XCTAssertEqual(complete("set smallgroups "), ["hide", "mark", "show"])
    }

    func testOptionValues() {
        XCTAssertEqual(complete("list type "), ["crc", "nps", "pdu", "region", "unknown"])
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

/// Completion of subcommand options, flags, bare values and region names.
final class CompletionFormsTests: XCTestCase {
    lazy var session: Session = {
        Session(corpus: LoadedCorpus.load(paths: [Golden.fixtures.appendingPathComponent("ratings-corpus").path]), sink: CollectingSink())
    }()

    func complete(_ line: String) -> [String] { Completer.complete(line, session: session).candidates }

    func testASubcommandCompletesItsOwnOptionsAndBareValues() {
        let ratings = complete("chart ratings ")
        for word in ["type", "year", "sort", "crc", "pdu", "2019"] { XCTAssertTrue(ratings.contains(word), word) }
        XCTAssertFalse(ratings.contains("by"), "chart ratings takes no by")
        XCTAssertEqual(complete("chart ratings sort "), ["name", "overall"])
        XCTAssertTrue(complete("chart overall ").contains("by"))
        XCTAssertEqual(complete("chart overall by re"), ["region"])
    }

    func testFlagsAndLeagueKeys() {
        XCTAssertEqual(complete("freq nos"), ["nostop"])
        XCTAssertTrue(complete("league by ").contains("region"))
        XCTAssertTrue(complete("league by ").contains("reviewing"))
        XCTAssertTrue(complete("league ").contains("2019"))
    }

    func testRegionValuesOnceTheFieldIsTyped() {
        let regions = Set(session.corpus.reports.compactMap(\.region))
        XCTAssertFalse(regions.isEmpty, "the fixture names regions")
        let offered = complete("count risk region:").filter { $0 != "region:" }
        XCTAssertEqual(offered, ["region:fenland"])
        XCTAssertEqual(offered.count, regions.count)
    }
}
