// Tests for LibEditLineReader's history file: saved atomically into a created directory, loaded back.
import XCTest
@testable import Shell
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

final class LibEditHistoryTests: XCTestCase {
    func testHistoryIsSavedAndLoaded() throws {
        var template = Array("/tmp/probe-history-XXXXXX".utf8CString)
        let root = try XCTUnwrap(template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
            .map { String(cString: $0) })
        let path = root + "/state/probe/history"
        defer {
            unlink(path); rmdir(root + "/state/probe"); rmdir(root + "/state"); rmdir(root)
        }

        do {
            let reader = try XCTUnwrap(LibEditLineReader(historyPath: path))
            reader.addHistory("help")
            reader.addHistory("   ")   // blank: ignored
            reader.addHistory("search \"naïve ’q’\"")
            reader.addHistory("search \"naïve ’q’\"")   // duplicate: collapsed
            try reader.saveHistory()
        }
        let saved = readFile(path)
        XCTAssertTrue(saved.hasPrefix("_HiStOrY_V2_\n"), saved)
        XCTAssertEqual(saved.split(separator: "\n").count, 3, saved)
        var info = stat()
        stat(path, &info)
        XCTAssertEqual(info.st_mode & 0o777, 0o600, "history is private")

        // A second session loads the file and saves it again without losing entries.
        do {
            let reader = try XCTUnwrap(LibEditLineReader(historyPath: path))
            reader.addHistory("quit")
            try reader.saveHistory()
        }
        let again = readFile(path)
        XCTAssertEqual(again.split(separator: "\n").count, 4, again)
        XCTAssertTrue(again.contains("naïve"), again)
    }

    func testSaveFailureNamesThePath() throws {
        let reader = try XCTUnwrap(LibEditLineReader(historyPath: "/proc/probe-no-such/history"))
        reader.addHistory("help")
        XCTAssertThrowsError(try reader.saveHistory()) { error in
            XCTAssertTrue("\(error)".contains("/proc/probe-no-such/history"), "\(error)")
        }
    }

    private func readFile(_ path: String) -> String {
        guard let file = fopen(path, "r") else { return "" }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        while case let c = fgetc(file), c != EOF { bytes.append(UInt8(truncatingIfNeeded: c)) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
