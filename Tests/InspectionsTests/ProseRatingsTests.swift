// ProseRatingsTests: sentences that rate this inspection, and the ones that only seem to.
import XCTest
@testable import Inspections

final class ProseRatingsTests: XCTestCase {
    private func read(_ sentence: String, _ framework: Framework = .crc2018) -> [String] {
        let outcome = ProseRatings.read(sentence, framework: framework, namesOtherProvider: { $0.contains("essex") },
                                        namesSubject: { $0.contains("hlny") })
        return outcome.ratings.map { r in
            if case .standard(let s) = r.target { return "\(s.key)=\(r.reading.rating.label)" }
            return "overall=\(r.reading.rating.label)"
        }
    }

    func testStatementsAboutThisInspection() {
        XCTAssertEqual(read("Inspectors rated the company as requiring improvement."), ["overall=Requires improvement"])
        XCTAssertEqual(read("HLNY has been given an overall rating of ‘Inadequate’."), ["overall=Inadequate"])
        XCTAssertEqual(read("It was rated Good for unpaid work and Requires improvement overall."),
                       ["unpaid work=Good", "overall=Requires improvement"])
        XCTAssertEqual(read("Staffing and information and facilities were rated Requires improvement.", .pdu2022),
                       ["staff=Requires improvement", "information and facilities=Requires improvement"])
        XCTAssertEqual(read("Unpaid work and Through the Gate services were both rated good."),
                       ["unpaid work=Good", "through the gate=Good"], "'Through the Gate services' is not Services")
        XCTAssertEqual(read("Inspectors gave an overall rating of ‘Requires improvement’ – the same mark as last year."),
                       ["overall=Requires improvement"])
        XCTAssertEqual(read("The CRC continues to require improvement."), ["overall=Requires improvement"])
    }

    func testStatementsThatRateSomethingElse() {
        for sentence in [
            "Eight of the nine providers were rated Requires improvement.",
            "Lambeth and Newham were rated ‘Good’ and ‘Requires improvement’, respectively.",
            "The CRC was previously rated Good.",
            "It was rated Good last year.",
            "No provider would be rated Outstanding while caseloads stay this high.",
            "To be rated Good, a unit must assess every case on time.",
            "It was insufficient in all four of our standards.",
            "It was rated Inadequate for all four of our case supervision standards.",
            "Essex CRC was rated Good.",
            "Leadership was not rated Inadequate.",
            "Through the Gate services were rated poor by the prisons.",
            "The leadership team was rated good by staff.",
            "Inspectors found good practice in the rated cases.",
            "Other CRCs in the region were rated requires improvement.",
        ] {
            XCTAssertEqual(read(sentence), [], sentence)
        }
    }

    func testRejectionsSayWhy() {
        let o = ProseRatings.read("Eight of the nine providers were rated Requires improvement.", framework: .crc2018,
                                  namesOtherProvider: { _ in false }, namesSubject: { _ in false })
        XCTAssertEqual(o.rejections, ["'Requires improvement' rates other providers or a group ('eight')"])
    }
}
