// EditDistanceTests: the bounded Levenshtein distance and "did you mean" suggestions.
import XCTest
@testable import Inspections

final class EditDistanceTests: XCTestCase {
    func testDistances() {
        XCTAssertEqual(EditDistance.distance("kitten", "sitting"), 3)
        XCTAssertEqual(EditDistance.distance("", "abc"), 3)
        XCTAssertEqual(EditDistance.distance("HLNY", "hlny"), 0, "case is ignored")
        XCTAssertEqual(EditDistance.distance("provider", "providr"), 1)
        XCTAssertEqual(EditDistance.distance("café", "cafe"), 1, "counted in Unicode scalars")
    }

    func testBoundStopsEarly() {
        XCTAssertEqual(EditDistance.distance("abcdefgh", "zyxwvuts", bound: 2), 3, "bound + 1 once over the bound")
        XCTAssertEqual(EditDistance.distance("a", "abcdefgh", bound: 2), 3, "lengths alone exceed the bound")
        XCTAssertEqual(EditDistance.distance("leadershp", "leadership", bound: 2), 1)
    }

    func testSuggestions() {
        let keys = FrontMatterFields.keys
        XCTAssertEqual(EditDistance.suggestions(for: "providr", among: keys), ["provider"])
        XCTAssertEqual(EditDistance.suggestions(for: "publshed", among: keys), ["published"])
        XCTAssertEqual(EditDistance.suggestions(for: "xyz", among: keys), [], "short words suggest only near misses")
        XCTAssertEqual(EditDistance.suggestions(for: "tite", among: ["title", "type", "time"], max: 2), ["title", "time"])
    }

    func testDidYouMean() {
        XCTAssertNil(EditDistance.didYouMean([]))
        XCTAssertEqual(EditDistance.didYouMean(["a"]), "did you mean 'a'?")
        XCTAssertEqual(EditDistance.didYouMean(["a", "b", "c"]), "did you mean 'a', 'b' or 'c'?")
    }
}
