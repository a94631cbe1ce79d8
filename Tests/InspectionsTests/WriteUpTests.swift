// WriteUpTests: a report recognised from a document, written as a write-up, loads back with the same facts.
import Foundation
import XCTest
import TestSupport
import Documents
@testable import Inspections

final class WriteUpTests: XCTestCase {
    private func facts(_ r: InspectionReport) -> [String] {
        [r.type.rawValue, r.framework.id, r.published?.description ?? "-", r.fieldwork?.description ?? "-",
         r.chiefInspector ?? "-", r.supervised ?? "-", r.overall?.label ?? "-"]
            + r.ratings.map { "\($0.standard.key)=\($0.rating.label)" } + r.sources
    }

    func testEveryLabelledDocumentRoundTrips() throws {
        let corpus = try TempCorpus(), cache = try TempCorpus(), written = try TempCorpus()
        _ = try LabelledSetTests.materialise(into: corpus.url)
        var loader = CorpusLoader(registry: ProjectPaths.registry)
        loader.documents = DocumentReader(cache: DocumentCache(directory: cache.path))
        // The labelled set holds several documents about one inspection: each is written on its own.
        loader.combinesSameInspection = false
        let first = loader.load(paths: [corpus.path])
        XCTAssertGreaterThanOrEqual(first.reports.count, 40)
        for r in first.reports { try written.write(r.id + ".md", WriteUp.markdown(for: r)) }
        let again = loader.load(paths: [written.path])
        XCTAssertEqual(again.errors, 0, written.rendered(again).filter { $0.contains("error") }.joined(separator: "\n"))
        XCTAssertEqual(written.rendered(again).filter { $0.contains("unknown key") }, [])
        for r in first.reports {
            let back = try XCTUnwrap(again.reports.first { $0.id == r.id }, r.id)
            XCTAssertEqual(facts(back), facts(r), r.id)
            if r.provider.aliases.isEmpty == false { XCTAssertEqual(back.provider.id, r.provider.id, r.id) }
            // The document's text is all findings in the write-up (its opening under `## Document text`); the
            // write-up's own notes say where it came from; a text's first line read as its title is the heading.
            XCTAssertEqual(back.findings.filter { !$0.isNote }.map { String(back.text(of: $0)) }.filter { $0 != r.title },
                           r.findings.map { String(r.text(of: $0)) }.filter { $0 != r.title }, r.id)
            XCTAssertTrue(back.findings.contains { $0.isNote && back.text(of: $0).hasPrefix("Imported by probe from") }, r.id)
            XCTAssertEqual(back.inferred.map(\.field), r.inferred.map(\.field).filter { $0 != "title" }, r.id)
        }
    }

    func testFrontMatterSaysWhereEachValueWasRead() throws {
        let doc = Document(format: .pdf, blocks: [
            .paragraph("An inspection of probation services in: Essex Community Rehabilitation Company", at: BlockPosition(page: 1, line: 3)),
            .paragraph("HMI Probation, November 2018", at: BlockPosition(page: 1, line: 6)),
            .tableRow(["4.1 Unpaid work", "Good"], at: BlockPosition(page: 4, line: 12)),
        ], pageCount: 4)
        let recognized = ReportRecognizer.recognize(doc, file: "/tmp/essex.pdf", registry: ProjectPaths.registry)
        let report = DocumentReportBuilder.report(recognized, id: "essex", path: "/tmp/essex.pdf",
                                                  text: DocumentBody.render(doc, title: recognized.title, titleBlock: recognized.titleBlockIndex),
                                                  registry: ProjectPaths.registry)
        XCTAssertEqual(WriteUp.markdown(for: report), """
            ---
            id: "essex"
            provider: "essex-crc"
            type: CRC
            framework: crc-2018
            owner: "Sodexo Justice Services (in partnership with Nacro)"
            published: 2018-11
            ratings:
              unpaid work: Good
            sources:
              - "essex.pdf"
            inferred:
              provider: "essex.pdf, page 1, line 3: An inspection of probation services in: Essex Community Rehabilitation Company"
              type: "essex.pdf, page 1, line 3: An inspection of probation services in: Essex Community Rehabilitation Company"
              published: "essex.pdf, page 1, line 6: HMI Probation, November 2018"
              unpaid work: "essex.pdf, page 4, line 12 (table row): 4.1 Unpaid work | Good"
            ---
            # An inspection of probation services in: Essex Community Rehabilitation Company

            ## Document text

            HMI Probation, November 2018

            | 4.1 Unpaid work | Good |

            ## Notes

            - Imported by probe from essex.pdf (a PDF, its text extracted with pdftotext). The text under the headings above is the document's, as extracted; delete anything in it that is not the report's own (a menu, a footer).
            - The front matter holds what probe recognised in the document, unchecked. Each `inferred:` entry gives the page and line (or the element) and the sentence or table row a value was read from: check each against the document, correct the value if it is wrong, then delete the entry.
            - Not found in the document: the overall rating, 1.1 Leadership, 1.2 Staff, 1.3 Services, 1.4 Information and facilities, 2.1 Assessment, 2.2 Planning, 2.3 Implementation and delivery, 2.4 Reviewing, 4.2 Through the Gate. Add a rating only where a source states it.

            """)
    }
}
