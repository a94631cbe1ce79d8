// MarkdownBodyTests: title, sections, findings, byte ranges, lines and citation ids.
import XCTest
@testable import Inspections

final class MarkdownBodyTests: XCTestCase {
    private func parse(_ text: String, id: String = "r") -> (ParsedBody, String) {
        var copy = text
        let body = copy.withUTF8 { MarkdownBody.parse($0, from: 0, firstLine: 1, reportID: id) }
        return (body, text)
    }

    private func texts(_ body: ParsedBody, _ text: String) -> [String] {
        let report = InspectionReport(id: "r", provider: Provider(id: "p", name: "P", type: .crc), type: .crc,
                                      framework: .crc2018, findings: body.findings, text: text)
        return body.findings.map { String(report.text(of: $0)) }
    }

    func testSectionsFindingsAndCitations() {
        let (body, text) = parse("""
        # The title

        A summary paragraph
        over two lines.

        ## Case supervision
        - First bullet.
        * Second bullet
          continues here.
        + Third.
        1. Numbered.

        A closing paragraph.

        ### Risk of harm
        - Sub-section bullet.
        """, id: "hlny-crc-2019")
        XCTAssertEqual(body.title, "The title")
        XCTAssertEqual(body.sections, ["Summary", "Case supervision", "Case supervision › Risk of harm"])
        XCTAssertEqual(body.findings.map(\.citation), [
            "hlny-crc-2019#summary-1",
            "hlny-crc-2019#case-supervision-1", "hlny-crc-2019#case-supervision-2", "hlny-crc-2019#case-supervision-3",
            "hlny-crc-2019#case-supervision-4", "hlny-crc-2019#case-supervision-5",
            "hlny-crc-2019#case-supervision-risk-of-harm-1",
        ])
        XCTAssertEqual(texts(body, text), [
            "A summary paragraph\nover two lines.", "First bullet.", "Second bullet\n  continues here.", "Third.",
            "Numbered.", "A closing paragraph.", "Sub-section bullet.",
        ])
        XCTAssertEqual(body.findings.map(\.line), [3, 7, 8, 10, 11, 13, 16])
        XCTAssertEqual(body.findings.map(\.kind), [.paragraph, .bullet, .bullet, .bullet, .bullet, .paragraph, .bullet])
        XCTAssertEqual(body.findings.map(\.ordinal), [1, 1, 2, 3, 4, 5, 1])
    }

    func testCRLFAndLoneCR() {
        let (crlf, t1) = parse("# T\r\n\r\n## S\r\n- a\r\n- b\r\n")
        XCTAssertEqual(texts(crlf, t1), ["a", "b"])
        XCTAssertEqual(crlf.findings.map(\.line), [4, 5])
        let (cr, t2) = parse("# T\r\r## S\r- a\r  more\r- b\r")
        XCTAssertEqual(texts(cr, t2), ["a\r  more", "b"])
        XCTAssertEqual(cr.findings.map(\.line), [4, 6])
    }

    func testHeadingsAreNotFindingsAndSameSlugSharesACounter() {
        let (body, _) = parse("# T\n## Findings\n- a\n## Findings!\n- b\n## ¿?\n- c\n")
        XCTAssertEqual(body.findings.map(\.citation), ["r#findings-1", "r#findings-2", "r#section-1"])
        XCTAssertEqual(body.sections, ["Findings", "Findings!", "¿?"])
    }

    func testThematicBreakAndEmptyBullet() {
        let (body, text) = parse("# T\n\npara\n---\n-\n- x\n***\n")
        XCTAssertEqual(texts(body, text), ["para", "x"])
    }

    func testSlug() {
        XCTAssertEqual(Slug.make("Unpaid work and Through the Gate"), "unpaid-work-and-through-the-gate")
        XCTAssertEqual(Slug.make("  Leadership: 1.1 (Good) "), "leadership-1-1-good")
        XCTAssertEqual(Slug.make("Café"), "caf")
        XCTAssertEqual(Slug.make("–"), "section")
    }

    func testOneMegabyteSingleLine() {
        let line = String(repeating: "word ", count: 200_000)
        let (body, text) = parse("# T\n\n## S\n- " + line + "\n")
        XCTAssertEqual(body.findings.count, 1)
        XCTAssertEqual(texts(body, text).first?.utf8.count, line.utf8.count - 1, "trailing space trimmed")
    }
}

final class NotesTests: XCTestCase {
    private func parse(_ text: String, leadIsNote: Bool) -> ParsedBody {
        var copy = text
        return copy.withUTF8 { MarkdownBody.parse($0, from: 0, firstLine: 1, reportID: "r", leadIsNote: leadIsNote) }
    }

    static let text = """
    # Title

    Our summary of the inspection.

    ## Case supervision
    - Assessment was thorough.

    ## notes
    - National background, not this inspection.

    ### Sources
    - The press release only.

    ## Unpaid work
    - Placements started promptly.
    """

    func testTheLeadAndNotesSectionsWithTheirSubSectionsAreNotes() {
        let body = parse(Self.text, leadIsNote: true)
        XCTAssertEqual(body.findings.map(\.citation), ["r#summary-1", "r#case-supervision-1", "r#notes-1",
                                                       "r#notes-sources-1", "r#unpaid-work-1"])
        XCTAssertEqual(body.findings.map(\.isNote), [true, false, true, true, false])
        XCTAssertEqual(body.findings[3].section, "notes › Sources")
    }

    func testWithoutFrontMatterOnlyANotesSectionHoldsNotes() {
        XCTAssertEqual(parse(Self.text, leadIsNote: false).findings.map(\.isNote), [false, false, true, true, false])
    }

    func testWriteUpsWithFrontMatterHaveTheirLeadAsANote() throws {
        let dir = try TempCorpus()
        try dir.write("a.md", writeUp(body: Self.text))
        try dir.write("b.txt", "Essex CRC was inspected. It was rated Good overall.\n\nStaff were well trained.\n")
        let result = CorpusLoader.load(paths: [dir.path])
        let a = try XCTUnwrap(result.reports.first { $0.path.hasSuffix("a.md") })
        XCTAssertEqual(a.findings.map(\.isNote), [true, false, true, true, false])
        let b = try XCTUnwrap(result.reports.first { $0.path.hasSuffix("b.txt") })
        XCTAssertFalse(b.findings.isEmpty)
        XCTAssertTrue(b.findings.allSatisfy { !$0.isNote }, "plain text has no lead to set apart")
    }
}
