// TagFileTests: the tags file reads what a spreadsheet may save, keeps what it cannot read, and writes back sorted.
import XCTest
@testable import Workspace

final class TagFileTests: XCTestCase {
    func testRoundTripIsSortedWithAHeader() {
        let text = "citation\ttag\ttext_hash\ttagged_at\nb-crc-2019#x-1\trosh\tbbbb\t2026-01-01T00:00:00Z\n"
            + "a-crc-2019#x-2\tvictims\taaaa\t2026-01-02T00:00:00Z\na-crc-2019#x-2\tassessment\taaaa\t2026-01-02T00:00:00Z\n"
        let contents = TagFile.parse(text)
        XCTAssertEqual(contents.problems, [])
        XCTAssertEqual(TagFile.render(contents), """
            citation\ttag\ttext_hash\ttagged_at
            a-crc-2019#x-2\tassessment\taaaa\t2026-01-02T00:00:00Z
            a-crc-2019#x-2\tvictims\taaaa\t2026-01-02T00:00:00Z
            b-crc-2019#x-1\trosh\tbbbb\t2026-01-01T00:00:00Z

            """)
    }

    func testWhatASpreadsheetSavesIsRead() {
        // Columns reordered, CRLF line ends, quoted cells, a tag in capitals, a hand-written line without hash.
        let text = "tag\tcitation\ttagged_at\r\n\"ROSH\"\t\"a-crc-2019#x-1\"\t\r\nvictims\ta-crc-2019#x-2\t\r\n"
        let contents = TagFile.parse(text)
        XCTAssertEqual(contents.problems, [])
        XCTAssertEqual(contents.entries, [TagEntry(citation: "a-crc-2019#x-1", tag: "rosh", textHash: "", taggedAt: ""),
                                          TagEntry(citation: "a-crc-2019#x-2", tag: "victims", textHash: "", taggedAt: "")])
    }

    func testBadLinesAreKeptVerbatimAndReportedByLine() {
        let text = "citation\ttag\ttext_hash\ttagged_at\nno-hash-here\trosh\t\t\na-crc-2019#x-1\tbad tag!\t\t\n"
            + "a-crc-2019#x-1\trosh\th\tt\na-crc-2019#x-1\trosh\th2\tt2\n"
        let contents = TagFile.parse(text)
        XCTAssertEqual(contents.problems.map(\.line), [2, 3])
        XCTAssertEqual(contents.problems[0].message, "no citation id (REPORT#SECTION-N) in the citation column")
        XCTAssertTrue(contents.problems[1].message.hasPrefix("'bad tag!' is not a tag name: "), contents.problems[1].message)
        XCTAssertEqual(contents.entries.map(\.textHash), ["h"], "the first of two lines for one finding and tag stands")
        XCTAssertEqual(contents.unreadable, ["no-hash-here\trosh\t\t", "a-crc-2019#x-1\tbad tag!\t\t"])
        XCTAssertTrue(TagFile.render(contents).hasSuffix("no-hash-here\trosh\t\t\na-crc-2019#x-1\tbad tag!\t\t\n"),
                      "a line probe cannot read is written back, not lost")
    }

    func testAFileWithoutAHeaderIsReadInTheDocumentedOrder() {
        let contents = TagFile.parse("a-crc-2019#x-1\trosh\th\tt\n")
        XCTAssertEqual(contents.entries.map(\.tag), ["rosh"])
        XCTAssertEqual(contents.problems, [TagFile.Problem(line: 1, message: "no header line; columns read as citation, tag, text_hash, tagged_at")])
    }
}
