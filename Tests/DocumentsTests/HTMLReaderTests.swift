// HTMLReaderTests: saved web pages read for their main text only.
import XCTest
@testable import Documents

final class HTMLReaderTests: XCTestCase {
    static let page = """
    <!DOCTYPE html>
    <!-- saved from url=(0072)https://example.org/document/an-inspection-of-harbourshire-pdu-2025/ -->
    <html lang="en"><head><meta charset="utf-8"><title>Harbourshire PDU – HM Inspectorate of Probation</title>
    <style>body { color: red }</style><script>var x = "rated Good";</script></head>
    <body>
    <div class="cookie-banner"><p>Are you OK with cookies?</p><p>Which cookies are you happy for us to use?</p>
    <button>Accept</button></div>
    <a href="#main" class="skip-link">Skip to content</a>
    <header class="site-header"><nav><ul><li><a href="/">Home</a></li><li>Menu</li></ul></nav></header>
    <nav class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/reports">Reports</a></nav>
    <main id="main">
    <h1>An inspection of probation services in: Harbourshire PDU</h1>
    <p>Published: 8 May 2025</p>
    <h2>Foreword <a href="#top">(Back to top)</a></h2>
    <p>Inspectors found a unit under strain,
       with <strong>high</strong> caseloads.</p>
    <ul><li>Staff were committed.<ul><li>Most had been in post for years.</li></ul></li></ul>
    <table><thead><tr><th>Standard</th><th>Rating</th></tr></thead>
    <tbody><tr><td>Leadership</td><td>Good</td></tr><tr><td>Staffing</td><td>Requires improvement</td></tr></tbody></table>
    <div class="share-links"><p>Share on Twitter</p></div>
    <p><a href="#top">Back to top</a></p>
    </main>
    <footer><p>© Crown copyright</p></footer>
    </body></html>
    """

    func testMainTextOnly() throws {
        let doc = try HTMLReader().read(path: "page.html", bytes: Array(Self.page.utf8)).get()
        let shown = doc.blocks.map { b in
            "\(b.kind) \(b.level) \(b.position) | " + (b.kind == .tableRow ? b.cells.joined(separator: " | ") : b.text)
        }
        XCTAssertEqual(shown, [
            "heading 1 line 12 (body/main/h1[1]) | An inspection of probation services in: Harbourshire PDU",
            "paragraph 0 line 13 (body/main/p[1]) | Published: 8 May 2025",
            "heading 2 line 14 (body/main/h2[1]) | Foreword",
            "paragraph 0 line 15 (body/main/p[2]) | Inspectors found a unit under strain, with high caseloads.",
            "listItem 0 line 17 (body/main/ul[1]/li[1]) | Staff were committed.",
            "listItem 0 line 17 (body/main/ul[1]/li[1]/ul[1]/li[1]) | Most had been in post for years.",
            "tableRow 0 line 18 (body/main/table[1]/tr[1]) | Standard | Rating",
            "tableRow 0 line 19 (body/main/table[1]/tr[2]) | Leadership | Good",
            "tableRow 0 line 19 (body/main/table[1]/tr[3]) | Staffing | Requires improvement",
        ])
        XCTAssertEqual(doc.declaredTitle, "Harbourshire PDU – HM Inspectorate of Probation")
        XCTAssertEqual(doc.statedURL, "https://example.org/document/an-inspection-of-harbourshire-pdu-2025/")
    }

    func testPageWithoutMainContentIsAnError() {
        let page = """
        <html><head><title>Reports</title></head><body>
        <div class="cookie-banner"><p>Are you OK with cookies? We use some essential cookies.</p></div>
        <nav><ul><li>Home</li><li>Reports</li><li>About us</li></ul></nav>
        <script>document.write("loading")</script>
        <footer>© Crown copyright</footer></body></html>
        """
        XCTAssertEqual(HTMLReader().read(path: "empty.html", bytes: Array(page.utf8)).failure, .noMainContent)
        XCTAssertEqual(DocumentError.noMainContent.message,
                       "no main content: the page has no text outside navigation, banners, menus and scripts")
    }

    func testBrokenMarkupIsRecovered() throws {
        let page = "<html><body><main><h2>Ratings<p>Leadership was rated Good by inspectors in a long sentence that runs on<li>An item</main>"
        let doc = try HTMLReader(minimumWords: 3).read(path: "broken.html", bytes: Array(page.utf8)).get()
        XCTAssertEqual(doc.blocks.map(\.kind), [.heading, .paragraph, .listItem])
    }
}

extension Result {
    var failure: Failure? { if case .failure(let e) = self { return e }; return nil }
}
