// Tests for HistoryLocation: the precedence of PROBE_HISTORY, XDG_STATE_HOME and HOME.
import XCTest
@testable import Shell

final class HistoryLocationTests: XCTestCase {
    func testExplicitPathWins() {
        let env = ["PROBE_HISTORY": "/tmp/h", "XDG_STATE_HOME": "/state", "HOME": "/home/u"]
        XCTAssertEqual(HistoryLocation.resolve(environment: env), "/tmp/h")
    }

    func testExplicitTildeExpandsToHome() {
        XCTAssertEqual(HistoryLocation.resolve(environment: ["PROBE_HISTORY": "~/h", "HOME": "/home/u/"]), "/home/u/h")
        XCTAssertNil(HistoryLocation.resolve(environment: ["PROBE_HISTORY": "~/h"]))
    }

    func testEmptyExplicitPathDisablesHistory() {
        XCTAssertNil(HistoryLocation.resolve(environment: ["PROBE_HISTORY": "", "HOME": "/home/u"]))
    }

    func testXDGStateHome() {
        let env = ["XDG_STATE_HOME": "/home/u/.local/state", "HOME": "/home/u"]
        XCTAssertEqual(HistoryLocation.resolve(environment: env), "/home/u/.local/state/probe/history")
        XCTAssertEqual(HistoryLocation.resolve(environment: ["XDG_STATE_HOME": "/s/"]), "/s/probe/history")
    }

    func testRelativeXDGStateHomeIsIgnored() {
        let env = ["XDG_STATE_HOME": "state", "HOME": "/home/u"]
        XCTAssertEqual(HistoryLocation.resolve(environment: env), "/home/u/.probe_history")
    }

    func testHomeFallback() {
        XCTAssertEqual(HistoryLocation.resolve(environment: ["HOME": "/home/u"]), "/home/u/.probe_history")
        XCTAssertEqual(HistoryLocation.resolve(environment: ["HOME": "/"]), "/.probe_history")
    }

    func testNothingSet() {
        XCTAssertNil(HistoryLocation.resolve(environment: [:]))
        XCTAssertNil(HistoryLocation.resolve(environment: ["HOME": ""]))
    }
}
