// PDFReaderTests: PDFs written from text, read back through pdftotext into blocks.
import Foundation
import XCTest
import TestSupport
@testable import Documents

final class PDFReaderTests: XCTestCase {
    static let sample = """
    HM Inspectorate of Probation

    An inspection of probation services in:
    Harbourshire Probation Delivery Unit

    HMI Probation, March 2023
    \u{0C}Contents
    Foreword ........................................ 3
    Summary of ratings ........................... 4
    2.3. Implementation and delivery ............... 9

    Inspection of probation services: Harbourshire PDU                          2
    \u{0C}Foreword

    The fieldwork for this inspection started on 06 January 2023. Inspectors
    found a unit that knew its community well, and whose staff had kept
    going through a long period of vacancies.

    • Caseloads were high in
      every team.
    • Managers met staff weekly.

    Inspection of probation services: Harbourshire PDU                          3
    \u{0C}Summary of ratings

    1.1 Leadership                                    Good
    1.4 Information and                               Requires
        facilities                                    improvement
    Overall rating                                    Inadequate

    2.3 Implementation and delivery

    Delivery was uneven: some people saw their officer every week while
    others waited a month.

    Inspection of probation services: Harbourshire PDU                          4
    """

    func testLayoutIsReadIntoBlocks() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("probe-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("sample.pdf").path
        let bytes = SimplePDF.fromLayout(Self.sample)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let doc = try PDFReader().read(path: path, bytes: bytes).get()
        let shown = doc.blocks.map { b in
            "\(b.kind) \(b.level) \(b.number ?? "-") \(b.position) | " + (b.kind == .tableRow ? b.cells.joined(separator: " | ") : b.text)
        }
        XCTAssertEqual(shown, [
            "heading 2 - page 1, line 1 | HM Inspectorate of Probation",
            "paragraph 0 - page 1, line 3 | An inspection of probation services in: Harbourshire Probation Delivery Unit",
            "heading 2 - page 1, line 6 | HMI Probation, March 2023",
            "heading 2 - page 3, line 1 | Foreword",
            "paragraph 0 - page 3, line 3 | The fieldwork for this inspection started on 06 January 2023. Inspectors found a unit that knew its community well, and whose staff had kept going through a long period of vacancies.",
            "listItem 0 - page 3, line 7 | Caseloads were high in every team.",
            "listItem 0 - page 3, line 9 | Managers met staff weekly.",
            "heading 2 - page 4, line 1 | Summary of ratings",
            "tableRow 0 - page 4, line 3 | 1.1 Leadership | Good",
            "tableRow 0 - page 4, line 4 | 1.4 Information and facilities | Requires improvement",
            "tableRow 0 - page 4, line 6 | Overall rating | Inadequate",
            "heading 3 2.3 page 4, line 8 | 2.3 Implementation and delivery",
            "paragraph 0 - page 4, line 10 | Delivery was uneven: some people saw their officer every week while others waited a month.",
        ], "contents page, running footers and page numbers dropped; the wrapped row joined")
        XCTAssertEqual(doc.pageCount, 4)
    }
}
