// GoldenUpdateTests: update mode rewrites only what changed, says what it did, and never swallows a failed write.
import Foundation
import XCTest

final class GoldenUpdateTests: XCTestCase {
    func testUpdateWritesOnlyChangedFilesAndSaysWhich() throws {
        let dir = try ProbeProcess.folder(["same.txt": "kept\n", "old.txt": "before\n"])
        XCTAssertNil(try Golden.update(dir.appendingPathComponent("same.txt"), to: "kept\n"))
        XCTAssertEqual(try Golden.update(dir.appendingPathComponent("old.txt"), to: "after\n"), "rewritten")
        XCTAssertEqual(try Golden.update(dir.appendingPathComponent("sub/new.txt"), to: "new\n"), "created")
        XCTAssertEqual(try String(contentsOf: dir.appendingPathComponent("old.txt"), encoding: .utf8), "after\n")
        XCTAssertEqual(try String(contentsOf: dir.appendingPathComponent("sub/new.txt"), encoding: .utf8), "new\n")
    }

    func testUpdateThrowsWhenTheFileCannotBeWritten() throws {
        // A regular file where the golden's folder should be: no user, root included, can create it.
        let dir = try ProbeProcess.folder(["blocker": "a file, not a folder\n"])
        XCTAssertThrowsError(try Golden.update(dir.appendingPathComponent("blocker/x.txt"), to: "x\n"))
        XCTAssertEqual(try String(contentsOf: dir.appendingPathComponent("blocker"), encoding: .utf8), "a file, not a folder\n")
    }
}
