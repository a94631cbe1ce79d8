// Tests for `> file` and `>> file`: splitting, quoting, and errors.
@testable import Commands
import XCTest

final class RedirectionTests: XCTestCase {
    func testSplit() throws {
        let (cmd, target) = try Redirection.split("list type crc > out.csv")
        XCTAssertEqual(cmd, "list type crc")
        XCTAssertEqual(target?.path, "out.csv")
        XCTAssertEqual(target?.append, false)
        let (cmd2, t2) = try Redirection.split("list >>log.txt")
        XCTAssertEqual(cmd2, "list")
        XCTAssertEqual(t2?.path, "log.txt")
        XCTAssertEqual(t2?.append, true)
    }

    func testQuotedGreaterThanIsNotARedirection() throws {
        let (cmd, target) = try Redirection.split(#"find "a > b""#)
        XCTAssertEqual(cmd, #"find "a > b""#)
        XCTAssertNil(target)
    }

    func testRedirectionNeedsOneFile() {
        XCTAssertThrowsError(try Redirection.split("list > a b")) { error in
            XCTAssertEqual((error as? CommandError)?.message, "'>' needs one file name after it")
        }
    }

    func testWriteGoesThroughTheWriterAndFailuresKeepOldFile() throws {
        var written: [(String, String, Bool)] = []
        let sink = CollectingSink()
        let session = Session(sink: sink, writeFile: { p, t, a in written.append((p, t, a)) })
        try session.execute("set > settings.txt")
        XCTAssertEqual(written.count, 1)
        XCTAssertEqual(written[0].0, "settings.txt")
        XCTAssertTrue(written[0].1.hasPrefix("setting"))
        XCTAssertEqual(sink.output, "")
        struct DiskFull: Error {}
        let failing = Session(sink: sink, writeFile: { _, _, _ in throw DiskFull() })
        XCTAssertThrowsError(try failing.execute("set >> x.txt")) { error in
            let e = error as? CommandError
            XCTAssertEqual(e?.hint, "the previous file, if any, is unchanged")
            XCTAssertTrue(e?.message.hasPrefix("could not write 'x.txt'") == true)
        }
    }
}

final class RedirectionConfirmationTests: XCTestCase {
    /// The settings table has one row per setting; `set` lists them all.
    var settingRows: Int { SettingCatalog.all.count }

    func testATerminalIsToldWhatWasWritten() throws {
        let sink = CollectingSink()
        let session = Session(terminal: TerminalInfo(interactive: true), sink: sink, writeFile: { _, _, _ in })
        try session.execute("set > settings.csv")
        try session.execute("set >> settings.json")
        try session.execute("set > settings.txt")
        XCTAssertEqual(sink.output, "")
        let lines = sink.errors.split(separator: "\n")
        XCTAssertEqual(lines.prefix(2), ["wrote \(settingRows) rows to settings.csv", "appended \(settingRows) rows to settings.json"])
        // Text is counted in lines, as wrapped at the width: the header and at least one per setting.
        let text = lines.last.map(String.init) ?? ""
        XCTAssertTrue(text.hasPrefix("wrote ") && text.hasSuffix(" lines to settings.txt"), text)
        XCTAssertGreaterThan(Int(text.split(separator: " ")[1]) ?? 0, settingRows, text)
    }

    func testScriptsWriteSilentlyUnlessAsked() throws {
        let sink = CollectingSink()
        let session = Session(terminal: TerminalInfo(interactive: false), sink: sink, writeFile: { _, _, _ in })
        try session.execute("set > settings.csv")
        XCTAssertEqual(sink.errors, "")
        try session.execute("set confirm on")
        try session.execute("set > settings.tsv")
        XCTAssertEqual(sink.errors, "wrote \(settingRows) rows to settings.tsv\n")
    }

    func testRowsAreCountedNotLines() {
        let target = Redirection.Target(path: "x.csv", append: false, range: 0..<5)
        XCTAssertEqual(Redirection.confirmation("a,b\r\n1,\"two\nlines\"\r\n", format: .csv, target: target), "wrote 1 row to x.csv")
        XCTAssertEqual(Redirection.confirmation("| a |\n| --- |\n", format: .markdown, target: target), "wrote 0 rows to x.csv")
    }
}

final class RedirectionFormatTests: XCTestCase {
    func testExtensionChoosesFormatUnlessOneIsNamed() throws {
        var written: [String: String] = [:]
        let session = Session(sink: CollectingSink(), writeFile: { p, t, _ in written[p] = t })
        try session.execute("set > s.csv")
        try session.execute("set > s.json")
        try session.execute("set --format tsv > s2.csv")
        try session.execute("set > s.txt")
        XCTAssertTrue(written["s.csv"]!.hasPrefix("setting,value,meaning\r\n"))
        XCTAssertTrue(written["s.json"]!.hasPrefix("[\n  {\"setting\": \"format\""))
        XCTAssertTrue(written["s2.csv"]!.hasPrefix("setting\tvalue\tmeaning\n"))
        XCTAssertTrue(written["s.txt"]!.hasPrefix("setting      value"))
    }
}
