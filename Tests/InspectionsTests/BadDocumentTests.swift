// BadDocumentTests: every document that cannot be read gets one error with a hint, and the other files still load.
import Foundation
import XCTest
import TestSupport
import Documents
@testable import Inspections

final class BadDocumentTests: XCTestCase {
    private func loader(cache: TempCorpus, pdf: PDFReader = PDFReader()) -> CorpusLoader {
        var l = CorpusLoader(registry: ProjectPaths.registry)
        l.documents = DocumentReader(pdf: pdf, cache: DocumentCache(directory: cache.path))
        return l
    }

    private static let page = """
    An inspection of probation services in:   Harbourshire PDU

    Leaders knew their teams well and the work was well organised in every office we visited.
    """

    private func run(_ tool: String, _ args: [String]) throws -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [tool] + args
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        return p.terminationStatus
    }

    func testEachBadDocumentIsOneErrorAndTheOthersLoad() throws {
        let corpus = try TempCorpus(), cache = try TempCorpus()
        let good = SimplePDF.fromLayout(Self.page)
        try corpus.write("good.pdf", Data(good))
        try corpus.write("notes.md", writeUp())
        try corpus.write("scanned.pdf", Data(SimplePDF.withoutText(pages: 2)))
        try corpus.write("truncated.pdf", Data(good.prefix(good.count / 2)))
        try corpus.write("huge.pdf", Data(SimplePDF.padded(to: 50_000_000)))
        try corpus.write("download.pdf", "<!DOCTYPE html><html><body><p>Page not found</p></body></html>")
        try corpus.write("report.htm", Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]))
        try corpus.write("empty.html", """
            <html><head><title>Reports</title><script>var a = 1;</script></head><body>
            <div class="cookie-banner"><p>Are you OK with cookies?</p></div>
            <nav><ul><li>Home</li><li>Reports</li></ul></nav><footer>© Crown copyright</footer></body></html>
            """)
        let plain = try corpus.write("plain.pdf", Data(good))
        if try run("qpdf", ["--encrypt", "reader", "owner", "256", "--", plain, corpus.path + "/encrypted.pdf"]) != 0 {
            throw XCTSkip("qpdf could not encrypt a PDF (Scripts/setup installs it)")
        }
        try FileManager.default.removeItem(atPath: plain)

        let result = loader(cache: cache).load(paths: [corpus.path])
        let errors = corpus.rendered(result).filter { $0.contains(": error: ") }
        XCTAssertEqual(errors, [
            "download.pdf: error: not a PDF: the file holds a web page (HTML)\nhint: probe reads PDF (.pdf), web pages (.html, .htm) and text (.md, .txt); save the document in one of these",
            "empty.html: error: no main content: the page has no text outside navigation, banners, menus and scripts\nhint: save the page once it has loaded ('Save page as', complete), or copy the report's text into a .txt file",
            "encrypted.pdf: error: encrypted PDF: it cannot be opened without a password\nhint: save an unprotected copy, e.g. 'qpdf --decrypt --password=PASSWORD FILE out.pdf', and load that",
            "huge.pdf: error: document too large: 47.7 MiB, over the 32 MiB limit for PDF and web pages\nhint: an inspection report is rarely over a few MiB; extract the text with 'pdftotext -layout FILE out.txt' and load the .txt",
            "report.htm: error: not a web page: the file holds a ZIP archive (such as a .docx or .odt document)\nhint: probe reads PDF (.pdf), web pages (.html, .htm) and text (.md, .txt); save the document in one of these",
            "scanned.pdf: error: no text layer: run OCR first, for example ocrmypdf (2 pages, no text)\nhint: a scanned PDF holds pictures of pages: 'ocrmypdf FILE out.pdf' adds a text layer; then load out.pdf",
            "truncated.pdf: error: truncated PDF: the file ends before the PDF's end-of-file marker (%%EOF)\nhint: the copy is incomplete: download the report again",
        ])
        XCTAssertEqual(result.reports.map(\.id), ["good", "test-crc-2019"])
        XCTAssertEqual(result.skipped, 7)
        XCTAssertEqual(result.reports.first?.provider.name, "Harbourshire PDU")
    }

    func testMissingToolNamesTheDebianPackage() throws {
        let corpus = try TempCorpus(), cache = try TempCorpus()
        try corpus.write("a.pdf", Data(SimplePDF.fromLayout(Self.page)))
        let result = loader(cache: cache, pdf: PDFReader(pdftotext: "/nonexistent/pdftotext")).load(paths: [corpus.path])
        XCTAssertEqual(corpus.rendered(result), [
            "a.pdf: error: cannot read PDF: pdftotext is not installed (Debian package poppler-utils)\nhint: install it: apt-get install poppler-utils (Scripts/setup does this)",
        ])
    }

    func testExtractionOverItsTimeLimitIsStopped() throws {
        let corpus = try TempCorpus(), cache = try TempCorpus(), tools = try TempCorpus()
        try corpus.write("a.pdf", Data(SimplePDF.fromLayout(Self.page)))
        let slow = try tools.write("pdftotext", "#!/bin/sh\nsleep 60\n")
        chmod(slow, 0o755)
        let result = loader(cache: cache, pdf: PDFReader(pdftotext: slow, timeLimit: 0.5)).load(paths: [corpus.path])
        XCTAssertEqual(corpus.rendered(result), [
            "a.pdf: error: pdftotext did not finish within 0.5 s and was stopped\nhint: the PDF may be very large or damaged; convert it by hand with 'pdftotext -layout FILE out.txt' and load the .txt",
        ])
    }

    /// Ctrl-C during a long extraction stops the tool at once (not at its time limit) and the load says it
    /// was cancelled. Were the tool not stopped, this test would wait out the 600 s limit.
    func testCancellingStopsARunningExtraction() throws {
        let corpus = try TempCorpus(), cache = try TempCorpus(), tools = try TempCorpus()
        try corpus.write("a.pdf", Data(SimplePDF.fromLayout(Self.page)))
        let pidFile = tools.path + "/pid"
        let slow = try tools.write("pdftotext", "#!/bin/sh\necho $$ > \(pidFile)\nexec sleep 600\n")
        chmod(slow, 0o755)
        var l = loader(cache: cache, pdf: PDFReader(pdftotext: slow, timeLimit: 600))
        // Cancelled once the tool has started.
        l.isCancelled = { FileManager.default.fileExists(atPath: pidFile) }
        let result = l.load(paths: [corpus.path])
        XCTAssertTrue(result.cancelled)
        XCTAssertEqual(result.reports.count, 0)
        let pid = try XCTUnwrap(Int32(String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        XCTAssertEqual(kill(pid, 0), -1, "the tool is no longer running")
    }
}
