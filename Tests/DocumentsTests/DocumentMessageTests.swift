// DocumentMessageTests: the PDF reader's failures brought about for real (a tool that fails, cannot start, says too much).
import Foundation
import XCTest
import TestSupport
@testable import Documents

final class DocumentMessageTests: XCTestCase {
    var dir: URL!
    var pdf: String { dir.appendingPathComponent("report.pdf").path }

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("probe-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data(SimplePDF.fromLayout("Case supervision\nPlans were written too late for most people.")).write(to: URL(fileURLWithPath: pdf))
    }

    override func tearDownWithError() throws { try FileManager.default.removeItem(at: dir) }

    func failure(_ reader: PDFReader) throws -> DocumentError {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: pdf)))
        switch reader.read(path: pdf, bytes: bytes) {
        case .failure(let e): return e
        case .success: throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "the PDF was read"])
        }
    }

    func testAToolThatFailsSilentlyMeansADamagedFile() throws {
        let e = try failure(PDFReader(pdftotext: "/bin/false"))
        XCTAssertEqual(e.message, "damaged PDF: the tool exited with status 1")
        XCTAssertEqual(e.hint, "download the report again, or open it in a PDF viewer and save a fresh copy")
    }

    func testACancelledExtraction() throws {
        var reader = PDFReader()
        reader.isCancelled = { true }
        let e = try failure(reader)
        XCTAssertEqual(e.message, "not read: the load was interrupted")
    }

    func testToolOutputOverTheLimit() throws {
        let e = try failure(PDFReader(maxOutput: 16))
        XCTAssertEqual(e, .outputTooLarge(limit: 16))
        XCTAssertEqual(e.message, "extracted text over 16 bytes; the document is not read")
        XCTAssertEqual(e.hint, "split the document, or extract the part you need as text")
    }

    func testAToolThatCannotStart() throws {
        // An executable file that is no program (no #! line, not a binary): found, then refused by the system.
        let tool = dir.appendingPathComponent("pdftotext").path
        try "this is not a program\n".write(toFile: tool, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: tool)
        let e = try failure(PDFReader(pdftotext: tool))
        XCTAssertEqual(e.message, "cannot run pdftotext: Exec format error")
        XCTAssertEqual(e.hint, "check that the tool runs from a shell")
    }
}
