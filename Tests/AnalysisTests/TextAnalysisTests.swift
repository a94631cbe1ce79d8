// TextAnalysisTests: keyness (log-likelihood), query hits with positions, rates per group and timelines.
import XCTest
import Inspections
import Search
@testable import Analysis

final class TextAnalysisTests: XCTestCase {
    let a = Make.provider("alpha-crc", "Alpha CRC"), b = Make.provider("beta-crc", "Beta CRC")

    func testLogLikelihoodMatchesHandComputedValue() {
        // a=10 of 1000, b=2 of 1000: E=6 each; G2 = 2(10 ln(10/6) + 2 ln(2/6)) = 5.822...
        XCTAssertEqual(Keyness.logLikelihood(10, 1000, 2, 1000), 5.8221, accuracy: 0.001)
        XCTAssertEqual(Keyness.logLikelihood(5, 100, 5, 100), 0, accuracy: 1e-12)
        XCTAssertEqual(Keyness.logLikelihood(0, 100, 0, 100), 0)
    }

    func testKeynessFindsEachSidesWordsAndDropsNames() {
        let ra = Make.report("alpha-crc-2019", provider: a, year: 2019, overall: .good, findings: [
            "Alpha CRC ran a ferry to unpaid work; the ferry was popular.", "The ferry timetable suited staff and the ferry ran daily.",
            "Caseloads were high at Alpha CRC.", "Caseloads were discussed."])
        let rb = Make.report("beta-crc-2019", provider: b, year: 2019, overall: .good, findings: [
            "Beta CRC used telephone supervision.", "Telephone supervision was common and telephone contact brief.",
            "Caseloads were high.", "Caseloads were discussed at Beta CRC."])
        let names = TermCounts.nameWords(a).union(TermCounts.nameWords(b))
        XCTAssertTrue(names.contains("alpha") && names.contains("crc"))
        let k = Keyness(a: TermCounts(ra, exclude: names), b: TermCounts(rb, exclude: names))
        XCTAssertEqual(k.distinctiveA.first?.term, "ferry")
        XCTAssertEqual(k.distinctiveB.first?.term, "telephone")
        XCTAssertTrue(k.shared.contains { $0.term == "caseloads" })
        XCTAssertFalse((k.distinctiveA + k.distinctiveB + k.shared).contains { $0.term.contains("alpha") || $0.term.contains("crc") })
    }

    func testQueryHitsGivePositionsWithinFindings() throws {
        let r = Make.report("alpha-crc-2019", provider: a, year: 2019, overall: nil, findings: [
            "risk of harm was weak", "nothing here", "work on risk of harm and more risk of harm"])
        let corpus = SearchCorpus(reports: [r])
        let hits = try corpus.reportHits(try corpus.parse("\"risk of harm\""))
        XCTAssertEqual(hits[0].words, 5 + 2 + 10)
        XCTAssertEqual(hits[0].positions, [0, 9, 14], "offsets count the words of earlier findings")
        XCTAssertEqual(hits[0].findings, [0, 2])
        XCTAssertEqual(hits[0].per10k, 3.0 * 10_000 / 17, accuracy: 1e-9)
    }

    func testGroupRatesAndTimeline() throws {
        let r1 = Make.report("alpha-crc-2019", provider: a, year: 2019, overall: nil, owner: "Heron", findings: ["caseloads high", "caseload"])
        let r2 = Make.report("alpha-crc-2020", provider: a, year: 2020, overall: nil, owner: "Heron", findings: ["none at all here"])
        let r3 = Make.report("beta-crc-2021", provider: b, year: 2021, overall: nil, owner: "Kite", findings: ["caseload caseload"])
        let corpus = SearchCorpus(reports: [r1, r2, r3])
        let hits = try corpus.reportHits(try corpus.parse("caseload*"))
        let rates = GroupRates.compute(hits, by: .owner)
        XCTAssertEqual(rates.map(\.group), ["Kite", "Heron"])
        XCTAssertEqual(rates[1].hits, 2); XCTAssertEqual(rates[1].words, 7); XCTAssertEqual(rates[1].documents, 1)
        let t = Timeline(hits, by: .provider)
        XCTAssertEqual(t.years, [2019, 2020, 2021])
        XCTAssertEqual(t.series.map(\.name), ["Alpha CRC", "Beta CRC"])
        XCTAssertEqual(t.series[0].per10k(2020), 0)
        XCTAssertNil(t.series[0].per10k(2021))
        XCTAssertEqual(t.all.totalHits, 4)
    }
}
