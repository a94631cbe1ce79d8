// RatingFormTests: the rating vocabulary — words, "RI", letters by width, and the legends, defined once.
import XCTest
@testable import Inspections

final class RatingFormTests: XCTestCase {
    func testFormFollowsTheWidth() {
        XCTAssertEqual(RatingForm(width: 120), .word)
        XCTAssertEqual(RatingForm(width: 100), .word)
        XCTAssertEqual(RatingForm(width: 99), .short)
        XCTAssertEqual(RatingForm(width: 60), .short)
        XCTAssertEqual(RatingForm(width: 59), .letter)
    }

    func testTextsAndFootnotes() {
        XCTAssertEqual(RatingForm.word.text(.requiresImprovement), "Requires improvement")
        XCTAssertEqual(RatingForm.short.text(.requiresImprovement), "RI")
        XCTAssertEqual(RatingForm.short.text(.inadequate), "Inadequate")
        XCTAssertEqual(RatingForm.letter.text(.outstanding), "O")
        for form in [RatingForm.word, .short, .letter] { XCTAssertEqual(form.text(nil), "?") }
        XCTAssertNil(RatingForm.word.footnote)
        XCTAssertEqual(RatingForm.short.footnote, "RI: requires improvement")
        XCTAssertEqual(RatingForm.letter.footnote, "O G R I: outstanding, good, requires improvement, inadequate; ? not known")
    }

    func testLegends() {
        XCTAssertEqual(RatingForm.pointsLegend, "O 3, G 2, R 1, I 0")
        XCTAssertEqual(RatingForm.letterLegend, ["O outstanding", "G good", "R requires improvement", "I inadequate", "? not known"])
    }
}
