// VariableExpansionTests: $NAME, ${NAME}, defaults and arguments expand as in a POSIX shell; quotes and \$ keep a dollar.
import XCTest
@testable import Workspace

final class VariableExpansionTests: XCTestCase {
    var vars: Variables {
        var v = Variables()
        v.set("p", "hlny")
        v.set("empty", "")
        v.positional = ["ddc", "two words"]
        return v
    }

    func expand(_ line: String) throws -> String { try VariableExpansion.expand(line, vars) }

    func testNamesBracesDefaultsAndArguments() throws {
        XCTAssertEqual(try expand("compare $p ddc"), "compare hlny ddc")
        XCTAssertEqual(try expand("show ${p}@2019"), "show hlny@2019")
        XCTAssertEqual(try expand("show ${missing:-${1:-x}}"), "show ddc")
        XCTAssertEqual(try expand("show ${empty:-hlny}"), "show hlny")
        XCTAssertEqual(try expand("$# $@ $0"), "2 ddc two words probe")
        XCTAssertEqual(try expand("count $_"), "count set:_")
    }

    func testQuotesAndEscapes() throws {
        XCTAssertEqual(try expand("find \"$p\""), "find \"hlny\"", "double quotes expand")
        XCTAssertEqual(try expand("find '$p'"), "find '$p'", "single quotes do not")
        XCTAssertEqual(try expand("find \\$p"), "find $p")
        XCTAssertEqual(try expand("find £5 or $ 5"), "find £5 or $ 5", "a dollar without a name stays")
    }

    func testErrorsPointAtTheReference() {
        func failure(_ line: String) -> VariableExpansion.Failure? {
            do { _ = try VariableExpansion.expand(line, vars); return nil } catch { return error }
        }
        XCTAssertEqual(failure("count pp $q x")?.range, 9..<11)
        XCTAssertEqual(failure("count pp $q x")?.message, "unset variable 'q'")
        XCTAssertEqual(failure("count \"£\" ${q}")?.range, 11..<15, "ranges are in bytes: £ is two")
        XCTAssertEqual(failure("show $3")?.message, "no argument $3: only 2 were given")
        XCTAssertEqual(failure("show ${p")?.message, "'${' is not closed")
        XCTAssertEqual(failure("show ${p:x}")?.message, "'${p:' needs '-' and a default")
        XCTAssertEqual(failure("show ${9a}")?.message, "'9a' is not a variable name")
    }
}
