// RatingsGoldenTests: compare, league, chart and track on a fictional fixture corpus, at widths 40, 80 and 120, in
// unicode and ascii, plus the data formats; batch and interactive sessions must print the same. Goldens live in
// Golden/ratings/; PROBE_UPDATE_GOLDEN=1 rewrites them.
import Commands
import Foundation
import XCTest

final class RatingsGoldenTests: XCTestCase {
    static var corpus: String { Golden.fixtures.appendingPathComponent("ratings-corpus").path }

    /// (golden name, command): each runs at every width and charset.
    static let cases: [(String, String)] = [
        ("compare-two-providers", "compare nmarsh southdown"),
        ("compare-two-inspections", "compare nmarsh@2019 nmarsh@2020"),
        ("compare-query", "compare \"North Marsh\" southdown \"risk of harm\""),
        ("compare-across-frameworks", "compare riverton lowmoor"),
        ("league-crc", "league type crc"),
        ("league-all", "league"),
        ("league-year", "league type crc 2019"),
        ("league-round", "league round 2"),
        ("league-by-standard", "league type crc by reviewing"),
        ("league-limit", "league limit 2"),
        ("chart-ratings-crc", "chart ratings type crc"),
        ("chart-ratings-all", "chart ratings sort overall"),
        ("chart-overall", "chart overall"),
        ("chart-overall-by-owner", "chart overall by owner"),
        ("chart-overall-by-year", "chart overall by year"),
        ("chart-query-by-owner", "chart \"caseload*\" by owner"),
        ("chart-query-by-provider", "chart \"risk of harm\" by provider"),
        ("chart-dispersion", "chart dispersion \"risk of harm\""),
        ("track-by-year", "track \"through the gate\" by year"),
        ("track-by-provider", "track \"caseload*\" by provider"),
    ]

    func testEveryCommandAtEveryWidthAndCharset() {
        Golden.checkEveryWidthAndCharset(Self.cases, corpus: Self.corpus, folder: "ratings", errorsAllowed: true)
    }

    func testDataFormats() {
        for (name, command) in [("league-crc", "league type crc"), ("chart-ratings-crc", "chart ratings type crc"),
                                ("chart-overall-by-owner", "chart overall by owner"), ("compare-two-providers", "compare nmarsh southdown"),
                                ("compare-query", "compare \"North Marsh\" southdown \"risk of harm\""),
                                ("chart-query-by-owner", "chart \"caseload*\" by owner"), ("track-by-year", "track \"through the gate\" by year")] {
            for format in ["csv", "tsv", "json", "markdown"] {
                let out = Golden.run([command + " --format " + format], corpus: [Self.corpus])
                Golden.check(out, "ratings/\(name).data.\(format == "markdown" ? "md" : format)")
            }
        }
    }

    /// The same commands print the same text whether typed at a terminal or run from a script (colour off).
    func testInteractiveAndBatchAgree() {
        let loaded = LoadedCorpus.load(paths: [Self.corpus])
        let commands = Self.cases.map(\.1)
        let batchSink = CollectingSink()
        let batch = Session(corpus: loaded, terminal: TerminalInfo(interactive: false, width: nil), sink: batchSink)
        batch.settings.width = 80
        _ = ScriptRunner.run(text: commands.joined(separator: "\n"), name: "batch", session: batch)
        let termSink = CollectingSink()
        let term = Session(corpus: loaded, terminal: TerminalInfo(interactive: true, width: 80, colorAllowed: false, utf8: true), sink: termSink)
        for c in commands { XCTAssertNoThrow(try term.execute(c)) }
        XCTAssertEqual(batchSink.output, termSink.output)
        XCTAssertEqual(batchSink.errors, "")
    }

    func testUnknownRatingsAreNeverCountedAsRatings() {
        // Lowmoor NPS has no overall rating: it is counted as unknown, not as any rating.
        let out = Golden.run(["chart overall --format csv"], corpus: [Self.corpus])
        // The counts come first; each rating's share and its Wilson interval follow.
        XCTAssertTrue(out.hasPrefix("group,outstanding,good,requires_improvement,inadequate,unknown,total,outstanding_share,"), out)
        XCTAssertTrue(out.contains("\r\nall,0,2,2,1,1,6,"), out)
        let league = Golden.run(["league --format csv"], corpus: [Self.corpus])
        let lowmoor = league.split(separator: "\r\n").first { $0.contains("Lowmoor") }!
        XCTAssertTrue(lowmoor.hasPrefix("5,"), "unknown overall ranks last: \(lowmoor)")
    }

    /// Field filters in the query narrow charts and tracks as they narrow `count`: same hits, same words.
    func testFieldFiltersWorkInChartsAsInCount() {
        let run = { (command: String) in Golden.run([command + " --format csv"], corpus: [Self.corpus]) }
        let inQuery = run("chart \"risk of harm\" type:crc by owner")
        XCTAssertEqual(inQuery, run("chart \"risk of harm\" by owner type crc"))
        // The same intervals as count's below.
        XCTAssertEqual(inQuery, "owner,hits,writeups_with_hits,writeups,words,per_10k_words,per_10k_low,per_10k_high,small_group\r\n"
                       + "Kestrel Justice,2,1,1,77,259.74,31.46,938.27,yes\r\nHeron Partners,4,3,3,181,220.99,60.21,565.83,yes\r\n")
        XCTAssertEqual(run("count \"risk of harm\" type:crc by owner"),
                       "group,hits,documents,words,per_10k,juilland_d,dp,per_10k_low,per_10k_high,writeups,small_group\r\n"
                       + "Heron Partners,4,3,181,220.99,0.8126,0.0787,60.21,565.83,3,yes\r\n"
                       + "Kestrel Justice,2,1,77,259.74,,,31.46,938.27,1,yes\r\n")
        XCTAssertEqual(run("track \"risk of harm\" provider:nmarsh by provider"),
                       "provider,year,hits,words,per_10k_words,per_10k_low,per_10k_high,writeups,small_group\r\n"
                       + "North Marsh CRC,2019,2,92,217.39,26.33,785.29,1,yes\r\nNorth Marsh CRC,2020,1,58,172.41,4.37,960.63,1,yes\r\n")
        let strips = run("chart dispersion \"risk of harm\" -type:crc").split(separator: "\r\n").dropFirst()
        XCTAssertEqual(strips.map { String($0.prefix { $0 != "," }) }, ["nps-lowmoor-2019", "riverton-pdu-2023"])
        // `-"phrase"` negates the phrase here too.
        let negated = run("chart \"risk*\" -\"risk of harm\" by type")
        XCTAssertEqual(negated, run("chart \"risk*\" NOT \"risk of harm\" by type"))
        XCTAssertTrue(negated.contains("\r\nCRC,1,1,4,258,38.76,0.98,215.96,yes\r\n"), negated)
    }

    func testErrorsPointAtTheWord() {
        let out = Golden.run(["set bail off", "league type xyz", "compare nmarsh nowhere", "chart \"caseload*\""], corpus: [Self.corpus])
        Golden.check(out, "ratings/errors.txt")
    }
}
