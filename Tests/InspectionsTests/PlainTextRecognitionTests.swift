// PlainTextRecognitionTests: write-ups without front matter (press releases, blog posts) read for what their prose states.
import XCTest
@testable import Inspections
import Documents

final class PlainTextRecognitionTests: XCTestCase {
    private static let loaded = CorpusLoader(registry: ProjectPaths.registry)
        .load(paths: [ProjectPaths.fixtures + "/PlainText"])

    private func report(_ id: String) throws -> InspectionReport {
        try XCTUnwrap(Self.loaded.reports.first { $0.id == id }, "no report \(id)")
    }

    private func inferred(_ r: InspectionReport) -> [String] {
        r.inferred.map { "\($0.field)=\($0.value)" }
    }

    func testPressReleaseWithRunTogetherName() throws {
        let r = try report("hlny-press-release")
        XCTAssertEqual(r.provider.id, "hlny-crc")
        XCTAssertEqual(r.published, PartialDate(year: 2019, month: 2, day: 21))
        XCTAssertEqual(r.overall, .requiresImprovement)
        XCTAssertEqual(r.overallNote, "'requiring improvement' read as Requires improvement")
        XCTAssertEqual(r.ratings.map { "\($0.standard.key)=\($0.rating.label)" }, ["unpaid work=Good", "through the gate=Good"])
        XCTAssertEqual(r.chiefInspector, "Dame Glenys Stacey")
        XCTAssertEqual(r.supervised, "5,347")
        XCTAssertEqual(inferred(r), ["title=Probation services in Humberside, Lincolnshire and North Yorkshire must do more to protect the public",
                                     "provider=hlny-crc", "type=CRC", "published=2019-02-21", "chief_inspector=Dame Glenys Stacey",
                                     "supervised=5,347", "overall=Requires improvement", "unpaid work=Good", "through the gate=Good"])
        let provider = try XCTUnwrap(r.inferred.first { $0.field == "provider" })
        XCTAssertEqual(provider.sentence, "Published today (21 February 2019), the inspection report on HLNYCRC finds a committed leadership team working through a period of upheaval.")
        let ttg = try XCTUnwrap(r.inferred.first { $0.field == "through the gate" })
        XCTAssertEqual(ttg.sentence, "Unpaid work and Through the Gate work were both rated Good, with pick-up points helping people in rural areas reach their placements.")
        XCTAssertTrue(r.isInferred("overall"))
        XCTAssertFalse(r.isInferred("fieldwork"))
        XCTAssertNil(r.fieldwork)
    }

    func testBlogPostMarkdownWithoutFrontMatter() throws {
        let r = try report("bench-blog-post")
        XCTAssertEqual(r.title, "A mixed picture for BeNCH")
        XCTAssertEqual(r.provider.id, "bench-crc")
        XCTAssertEqual(r.published, PartialDate(year: 2019, month: 5, day: 3))
        XCTAssertEqual(r.overall, .requiresImprovement)
        XCTAssertNil(r.overallNote)
        XCTAssertEqual(r.ratings.map { "\($0.standard.key)=\($0.rating.label)" }, ["through the gate=Inadequate"])
        XCTAssertEqual(r.chiefInspector, "Dame Glenys Stacey")
        XCTAssertEqual(r.supervised, "more than 7,000")
        XCTAssertEqual(r.findings.map(\.citation), ["bench-blog-post#summary-1", "bench-blog-post#summary-2",
                                                    "bench-blog-post#summary-3", "bench-blog-post#summary-4",
                                                    "bench-blog-post#summary-5", "bench-blog-post#summary-6"])
    }

    func testNewsStoryWithMonthOnlyDate() throws {
        let r = try report("norfolk-suffolk-news")
        XCTAssertEqual(r.provider.id, "norfolk-suffolk-crc")
        XCTAssertEqual(r.published, PartialDate(year: 2019, month: 9))
        XCTAssertEqual(r.overall, .requiresImprovement)
        XCTAssertEqual(r.ratings.map { "\($0.standard.key)=\($0.rating.label)" }, ["unpaid work=Outstanding"])
        XCTAssertNil(r.chiefInspector, "quoted by name, but the text does not say he is the chief inspector")
        XCTAssertEqual(r.supervised, "more than 3,000")
    }

    func testAProviderNotInTheRegistryKeepsItsStatedName() throws {
        let r = try report("harbourshire-notes")
        XCTAssertEqual(r.provider.id, "harbourshire-probation-delivery-unit")
        XCTAssertEqual(r.provider.name, "Harbourshire Probation Delivery Unit")
        XCTAssertEqual(r.type, .pdu)
        XCTAssertNil(r.published)
        XCTAssertNil(r.overall)
        XCTAssertEqual(r.ratings, [])
        XCTAssertNil(r.chiefInspector)
        XCTAssertNil(r.supervised)
        XCTAssertEqual(inferred(r), ["title=Notes from a visit to Harbourshire Probation Delivery Unit",
                                     "provider=harbourshire-probation-delivery-unit", "type=PDU"])
        let source = try XCTUnwrap(r.inferred.first { $0.field == "type" }?.source)
        XCTAssertEqual(source.description, "harbourshire-notes.txt, line 1")
    }

    func testDiagnostics() {
        let fixtures = ProjectPaths.fixtures + "/PlainText/"
        XCTAssertEqual(Self.loaded.diagnostics.map { $0.rendered.replacingOccurrences(of: fixtures, with: "") }, [
            "bench-blog-post.md:1:1: note: no front matter: read as plain text; inferred title, provider, type, published, chief_inspector, supervised, overall, through the gate",
            "harbourshire-notes.txt:1: warning: provider 'Harbourshire Probation Delivery Unit' is not in providers.yaml; kept under its stated name\nhint: add it to providers.yaml, or set 'provider' in the write-up",
            "harbourshire-notes.txt:1:1: note: no front matter: read as plain text; inferred title, provider, type",
            "hlny-press-release.txt:1:1: note: no front matter: read as plain text; inferred title, provider, type, published, chief_inspector, supervised, overall, unpaid work, through the gate",
            "norfolk-suffolk-news.txt:1:1: note: no front matter: read as plain text; inferred title, provider, type, published, supervised, overall, unpaid work",
        ])
        XCTAssertEqual(Self.loaded.reports.count, 4)
    }

    func testWithoutRegistryTheNameIsTakenFromTheProse() {
        let doc = PlainTextReader().document("Today Harbourshire Probation Delivery Unit was rated Good overall.")
        let facts = ReportRecognizer.recognize(doc, file: "x.txt", registry: nil)
        XCTAssertEqual(facts.provider.id, "harbourshire-probation-delivery-unit")
        XCTAssertEqual(facts.provider.type, .pdu)
        XCTAssertEqual(facts.overall?.rating, .good)
    }

    func testAStatedNameIsKeptAsWrittenAndItsSentenceIsTheEvidence() throws {
        let sentence = "Inspectors rated Bedfordshire, Northamptonshire, Cambridgeshire and Hertfordshire CRC’s work with people on probation."
        let doc = PlainTextReader().document("A note on a visit\n\n" + sentence + "\n")
        let facts = ReportRecognizer.recognize(doc, file: "x.txt", registry: nil)
        XCTAssertEqual(facts.provider.name, "Bedfordshire, Northamptonshire, Cambridgeshire and Hertfordshire CRC")
        XCTAssertEqual(facts.provider.id, "bedfordshire-northamptonshire-cambridgeshire-and-hertfordshire-crc")
        XCTAssertEqual(facts.type, .crc)
        for field in ["provider", "type"] {
            XCTAssertEqual(try XCTUnwrap(facts.inferred.first { $0.field == field }).sentence, sentence, field)
        }
    }

    func testStatedNamesDropOnlyThePunctuationAroundThem() {
        XCTAssertEqual(ProviderMentions.statedNames(in: "at ‘Kent, Surrey and Sussex CRC’."), ["Kent, Surrey and Sussex CRC"])
        XCTAssertEqual(ProviderMentions.statedNames(in: "The King’s Lynn PDU’s staff"), ["King’s Lynn PDU"])
        XCTAssertEqual(ProviderMentions.statedNames(in: "Inspectors visited Essex Community Rehabilitation Company (CRC) twice"),
                       ["Essex Community Rehabilitation Company"])
    }

    /// "An inspection of probation services in:" takes the name from the next line only; a block further on
    /// (lines between dropped, or on the next page) would make a title the text never wrote.
    func testATitleEndingInInTakesOnlyTheNextLine() throws {
        func title(_ text: String) -> String? {
            ReportRecognizer.recognize(PlainTextReader().document(text), file: "t.txt", registry: nil)
                .inferred.first { $0.field == "title" }?.sentence
        }
        XCTAssertEqual(title("HM Inspectorate of Probation\n\nAn inspection of probation services in:\nEssex Community Rehabilitation Company\n"),
                       "An inspection of probation services in: Essex Community Rehabilitation Company")
        XCTAssertEqual(title("An inspection of probation services in:\n\n\n\nThe leaders had a clear vision.\n"),
                       "An inspection of probation services in:")
        XCTAssertEqual(title("An inspection of probation services in:\n\u{0C}The leaders had a clear vision.\n"),
                       "An inspection of probation services in:")
    }
}
