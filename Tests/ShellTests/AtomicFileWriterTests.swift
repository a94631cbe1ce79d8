// Tests for AtomicFileWriter: replace, append, and failures that must leave the old file intact.
import TestSupport
import XCTest
@testable import Shell
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

final class AtomicFileWriterTests: XCTestCase {
    private var directory = ""

    override func setUpWithError() throws {
        var template = Array("/tmp/probe-atomic-XXXXXX".utf8CString)
        directory = try XCTUnwrap(template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
            .map { String(cString: $0) })
    }

    override func tearDown() {
        chmod(directory, 0o755)
        for name in contents(directory) { remove(directory + "/" + name) }
        rmdir(directory)
    }

    func testReplaceCreatesAndOverwrites() throws {
        let path = directory + "/out.csv"
        try AtomicFileWriter(path: path).write("one\n")
        XCTAssertEqual(read(path), "one\n")
        try AtomicFileWriter(path: path).write("two\n", mode: .replace)
        XCTAssertEqual(read(path), "two\n")
        XCTAssertEqual(contents(directory), ["out.csv"], "no temporary file is left behind")
    }

    func testCreateNeverReplacesAFile() throws {
        let path = directory + "/write-up.md"
        try AtomicFileWriter(path: path).write("first\n", mode: .create)
        XCTAssertEqual(read(path), "first\n")
        XCTAssertThrowsError(try AtomicFileWriter(path: path).write("second\n", mode: .create)) { e in
            XCTAssertTrue("\(e)".contains("File exists"), "\(e)")
        }
        XCTAssertEqual(read(path), "first\n")
        XCTAssertEqual(contents(directory), ["write-up.md"], "the temporary file is removed")
    }

    func testAppendKeepsOldContent() throws {
        let path = directory + "/log"
        try AtomicFileWriter(path: path).write("first\n", mode: .append)
        try AtomicFileWriter(path: path).write("second ’é’\n", mode: .append)
        XCTAssertEqual(read(path), "first\nsecond ’é’\n")
    }

    func testReplaceKeepsPermissions() throws {
        let path = directory + "/script.sh"
        try AtomicFileWriter(path: path).write("a")
        chmod(path, 0o750)
        try AtomicFileWriter(path: path).write("b")
        var info = stat()
        stat(path, &info)
        XCTAssertEqual(info.st_mode & 0o777, 0o750)
    }

    func testWritingThroughASymlinkReplacesItsTarget() throws {
        let target = directory + "/real", link = directory + "/link"
        try AtomicFileWriter(path: target).write("old")
        symlink(target, link)
        try AtomicFileWriter(path: link).write("new")
        XCTAssertEqual(read(target), "new")
        var info = stat()
        lstat(link, &info)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFLNK, "the link stays a link")
    }

    func testMissingDirectoryNamesThePathAndReason() {
        let path = directory + "/no/such/out.csv"
        XCTAssertThrowsError(try AtomicFileWriter(path: path).write("x")) { error in
            XCTAssertEqual((error as? FileWriteError)?.errno, ENOENT)
            XCTAssertEqual("\(error)", "cannot write '\(path)': No such file or directory")
        }
    }

    func testFailedRenameRemovesTheTemporaryFile() throws {
        // A directory where the file should go: the temporary file is written, the rename fails.
        let path = directory + "/taken"
        mkdir(path, 0o755)
        XCTAssertThrowsError(try AtomicFileWriter(path: path).write("x")) { error in
            XCTAssertEqual((error as? FileWriteError)?.operation, "replace")
        }
        XCTAssertEqual(contents(directory), ["taken"])
        rmdir(path)
    }

    func testUnwritableDirectoryLeavesTheOldFileIntact() throws {
        if Unprivileged.needsRerun {   // root ignores directory permissions
            let child = try Unprivileged.rerun(String(reflecting: type(of: self)), #function)
            return XCTAssertTrue(child.passed, child.output)
        }
        let path = directory + "/out.csv"
        try AtomicFileWriter(path: path).write("old\n")
        chmod(directory, 0o555)
        XCTAssertThrowsError(try AtomicFileWriter(path: path).write("new\n", mode: .append)) { error in
            XCTAssertEqual((error as? FileWriteError)?.errno, EACCES)
            XCTAssertTrue("\(error)".contains(path))
        }
        XCTAssertEqual(read(path), "old\n")
        XCTAssertEqual(contents(directory), ["out.csv"])
    }

    func testUnreadableOldFileFailsAppendAndLeavesItIntact() throws {
        // Appending to a directory: reading the old content fails after the temporary file exists.
        let path = directory + "/dir"
        mkdir(path, 0o755)
        XCTAssertThrowsError(try AtomicFileWriter(path: path).write("x", mode: .append)) { error in
            XCTAssertEqual((error as? FileWriteError)?.operation, "read")
        }
        XCTAssertEqual(contents(directory), ["dir"])
        rmdir(path)
    }

    private func read(_ path: String) -> String? {
        guard let file = fopen(path, "r") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        while case let c = fgetc(file), c != EOF { bytes.append(UInt8(c)) }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func contents(_ path: String) -> [String] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }
}
