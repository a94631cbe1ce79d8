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
            XCTAssertEqual(back.findings.count, r.findings.count, r.id)
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

            HMI Probation, November 2018

            | 4.1 Unpaid work | Good |

            """)
    }
}
