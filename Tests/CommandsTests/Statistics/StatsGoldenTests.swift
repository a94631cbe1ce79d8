// StatsGoldenTests: freq, ngrams, collocates and keywords on the mini fixture corpus, as text at 40/80/120 columns
// in unicode and ascii, and in every data format. Goldens live in Golden/stats/; PROBE_UPDATE_GOLDEN=1 rewrites them.
import Commands
import Foundation
import XCTest

final class StatsGoldenTests: XCTestCase {
    static var corpus: String { Golden.fixtures.appendingPathComponent("mini").path }

    static let cases: [(String, String)] = [
        ("freq", "freq limit 12"),
        ("freq-nostop", "freq nostop limit 10"),
        ("freq-provider", "words fenland nostop min 2"),
        ("freq-adjusted", "freq nostop by adjusted limit 10"),
        ("ngrams-2", "ngrams 2 limit 8"),
        ("ngrams-query", "ngrams 3 \"risk\" min 1"),
        ("ngrams-filter", "ngrams 2 type:crc nostop"),
        ("collocates", "collocates \"risk\" window 4 min 1"),
        ("collocates-mi", "collocates work by mi min 1 nostop"),
        ("collocates-logdice", "collocates \"risk\" by logdice window 4 min 1"),
        ("collocates-tscore", "collocates work by tscore min 1 nostop"),
        ("keywords-provider", "keywords fenland vs rest min 2"),
        ("keywords-two-providers", "keywords fenland vs upland min 1"),
        ("keywords-phrase", "keywords \"risk\" vs rest min 1"),
        ("keywords-section", "keywords section:case-supervision min 1"),
        ("keywords-type", "keywords type:crc vs type:nps min 2"),
        ("keywords-year", "keywords year:2019 vs year:2020 p 0.01 min 1"),
        ("keywords-inspection", "keywords fenland@2020 vs fenland@2019 min 1 names keep"),
    ]

    func testEveryCommandAtEveryWidthAndCharset() {
        Golden.checkEveryWidthAndCharset(Self.cases, corpus: Self.corpus, folder: "stats")
    }

    func testDataFormatsCarryTheirMetadata() {
        for (name, command) in [("freq", "freq nostop limit 5"), ("freq-adjusted", "freq nostop by adjusted limit 5"), ("ngrams-2", "ngrams 2 min 2"),
                                ("collocates", "collocates \"risk\" window 4 min 1"), ("keywords-phrase", "keywords \"risk\" vs rest min 1"),
                                ("keywords-section", "keywords section:case-supervision min 1 limit 3")] {
            for format in ["csv", "tsv", "json", "markdown"] {
                let out = Golden.run([command + " --format " + format], corpus: [Self.corpus])
                Golden.check(out, "stats/\(name).data.\(format == "markdown" ? "md" : format)")
            }
        }
        let csv = Golden.run(["keywords fenland vs rest min 2 --format csv"], corpus: [Self.corpus])
        XCTAssertTrue(csv.hasPrefix("word,a_count,a_per_10k,b_count,b_per_10k,log_likelihood,log_ratio,percent_diff,key_in,a,b,a_words,b_words,p,p_value,log_ratio_low,log_ratio_high,a_dp,b_dp\r\n"))
    }

    /// Without a limit the data formats hold every row; with one, the same rows the screen shows.
    func testExportsAreCompleteUnlessLimited() {
        let all = Golden.run(["freq --format csv"], corpus: [Self.corpus]).split(separator: "\r\n").count
        let cut = Golden.run(["freq limit 5 --format csv"], corpus: [Self.corpus]).split(separator: "\r\n").count
        XCTAssertEqual(cut, 6)
        XCTAssertGreaterThan(all, 40)
    }

    func testFlagsAndOptionsInAnyOrder() {
        let a = Golden.run(["freq nostop limit 5"], corpus: [Self.corpus])
        XCTAssertEqual(Golden.run(["freq limit 5 nostop"], corpus: [Self.corpus]), a)
        XCTAssertEqual(Golden.run(["words nostop limit 5"], corpus: [Self.corpus]), a)
    }

    func testRestIsTheDefaultOtherSide() {
        XCTAssertEqual(Golden.run(["keywords fenland min 2"], corpus: [Self.corpus]),
                       Golden.run(["keywords fenland vs rest min 2"], corpus: [Self.corpus]))
    }

    func testErrorsPointAtTheWord() {
        let out = Golden.run(["set bail off", "keywords fenlnd vs rest", "keywords fenland vs", "keywords type:xyz vs rest",
                              "keywords rest vs rest", "ngrams 12", "collocates type:crc", "freq nostop limit many", "freq fenland@2019 by adjusted",
                              "collocates risk by zz", "ngrams 2 \"risk of harm\""], corpus: [Self.corpus])
        Golden.check(out, "stats/errors.txt")
    }
}
