// Tests for PlainLineReader over a pipe: invalid UTF-8, CRLF, a 1 MB line and no final newline.
import Dispatch
import XCTest
@testable import Shell
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

final class PlainLineReaderTests: XCTestCase {
    /// A reader over a pipe fed by another thread (the pipe buffer is smaller than the input).
    private func reader(feeding bytes: [UInt8]) throws -> PlainLineReader {
        var ends: [Int32] = [-1, -1]
        XCTAssertEqual(pipe(&ends), 0)
        let writeEnd = ends[1]
        DispatchQueue.global().async {
            bytes.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let n = write(writeEnd, buffer.baseAddress! + offset, buffer.count - offset)
                    if n <= 0 { break }
                    offset += n
                }
            }
            close(writeEnd)
        }
        return try XCTUnwrap(PlainLineReader(fileDescriptor: ends[0]))
    }

    func testLinesInvalidUTF8AndNoFinalNewline() throws {
        let input: [UInt8] = Array("help\n".utf8) + [0x63, 0x61, 0x66, 0xE9, 0x0A] + Array("\r\nlast".utf8)
        let lines = try reader(feeding: input)
        XCTAssertFalse(lines.isInteractive)
        XCTAssertEqual(lines.readLine(prompt: "> "), .line("help"))
        XCTAssertEqual(lines.readLine(prompt: "> "), .line("caf\u{FFFD}"))
        XCTAssertEqual(lines.readLine(prompt: "> "), .line(""), "CRLF is one line ending")
        XCTAssertEqual(lines.readLine(prompt: "> "), .line("last"))
        XCTAssertEqual(lines.readLine(prompt: "> "), .endOfInput)
        XCTAssertEqual(lines.readLine(prompt: "> "), .endOfInput)
    }

    func testOneMegabyteLine() throws {
        let long = String(repeating: "naïve ", count: 150_000)   // about 1 MB
        let lines = try reader(feeding: Array((long + "\nafter\n").utf8))
        XCTAssertEqual(lines.readLine(prompt: ""), .line(long))
        XCTAssertEqual(lines.readLine(prompt: ""), .line("after"))
        XCTAssertEqual(lines.readLine(prompt: ""), .endOfInput)
    }

    func testEmptyInput() throws {
        XCTAssertEqual(try reader(feeding: []).readLine(prompt: ""), .endOfInput)
    }
}
