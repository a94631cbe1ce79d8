// SearchGoldenTests: find, kwic, count, open, cite and explain on the mini fixture (plus planted cases) at 40, 80
// and 120 columns, as text, CSV and JSON; PROBE_UPDATE_GOLDEN=1 rewrites the expected files.
import XCTest

final class SearchGoldenTests: XCTestCase {
    /// The mini fixture everyone knows, plus a write-up with planted cases (an ANSI escape, a long finding,
    /// a phrase twice in one finding, hyphenated through-the-gate).
    let corpus = [Golden.fixtures.appendingPathComponent("mini").path,
                  Golden.fixtures.appendingPathComponent("search-planted").path]

    static let scripts: [(name: String, commands: [String])] = [
        ("find", ["find \"risk of harm\"", "find reviewing:inadequate \"management oversight\"", "find caseload* sort date",
                  "find \"risk of harm\" limit 2", "find gate sort provider", "find nothingmatchesthis",
                  "find risk or harm"]),
        ("kwic", ["kwic \"through the gate\" sort left1", "kwic \"risk of harm\" sort right1 context 3w",
                  "kwic harm sort provider context 20c", "kwic \"risk of harm\" limit 3", "kwic \"caseload*\" sort date",
                  "kwic \"risk of harm"]),
        ("count", ["count \"caseload*\" by owner", "count \"risk of harm\"", "count \"risk of harm\" by year",
                   "count \"risk of harm\" by section sort rate", "count \"risk of harm\" type:crc by provider",
                   "count nothingmatchesthis by type", "count (risk OR harm by type", "count harm by year sort hits",
                   "count harm by year type:crc", "count harm scope:all"]),
        ("open-cite", ["open fenland-crc-2019#case-supervision-2", "open fenland-crc-2021#case-supervision-1 around 1",
                       "cite fenland-crc-2019#case-supervision-2", "cite upland-crc-2019#recommendations-1"]),
        ("explain", ["explain \"risk of harm\" provider:fenland", "explain caseload* -type:nps OR ~review",
                     "explain \"caseload*\" year:2019..2020", "explain owner:nobody harm",
                     "explain risk and harm) \"of"]),
    ]

    /// Each command in a fresh session, its output under a `probe> COMMAND` line.
    func run(_ commands: [String], width: Int, format: String? = nil) -> String {
        let prefix = format.map { ["set format \($0)"] } ?? []
        return commands.map { "probe> \($0)\n" + Golden.run(prefix + [$0], corpus: corpus, width: width) }.joined(separator: "\n")
    }

    func testTextAtThreeWidths() {
        for script in Self.scripts {
            for width in [40, 80, 120] {
                Golden.check(run(script.commands, width: width), "search/\(script.name)-\(width).txt")
            }
        }
    }

    func testCSV() {
        for script in Self.scripts {
            Golden.check(run(script.commands, width: 80, format: "csv"), "search/\(script.name).csv")
        }
    }

    func testJSONAndTSV() {
        Golden.check(run(["find \"risk of harm\" limit 3", "count \"caseload*\" by owner", "kwic gate limit 2"], width: 80,
                         format: "json"), "search/results.json")
        // The TSV header names the columns scripts read: group, hits, documents, words, per_10k, juilland_d, dp, and on.
        let tsv = Golden.run(["count \"risk of harm\" by owner --format tsv"], corpus: corpus, width: 80)
        XCTAssertTrue(tsv.hasPrefix("group\thits\tdocuments\twords\tper_10k\tjuilland_d\tdp\tper_10k_low\tper_10k_high\twriteups\tsmall_group\n"), tsv)
        Golden.check(tsv, "search/count-owner.tsv")
    }

    func testPlantedEscapeNeverReachesTheTerminal() {
        for format in ["table", "csv", "tsv", "json", "markdown"] {
            let out = run(["find \"risk of harm\"", "kwic \"risk of harm\"", "open fenland-crc-2021#case-supervision-1",
                           "cite fenland-crc-2021#case-supervision-1"], width: 80, format: format)
            XCTAssertFalse(out.unicodeScalars.contains { $0.value == 0x1B }, "raw ESC in \(format) output")
            XCTAssertTrue(out.contains("\\x1b"), "escape not shown in \(format) output")
        }
    }

    func testNoLineExceedsTheWidth() {
        for script in Self.scripts {
            for width in [40, 80, 120] {
                for line in run(script.commands, width: width).split(separator: "\n") where !line.hasPrefix("probe> ") {
                    XCTAssertLessThanOrEqual(line.count, width, "\(script.name) at \(width): \(line)")
                }
            }
        }
    }

    func testErrorsPointAtTheFault() {
        let out = Golden.run(["set bail off", "find provider:fenlnd \"risk of harm\"", "kwic harm sort sideways",
                              "count harm by colour", "open fenland-crc-2019#case-supervison-2", "open fenland-crc-2019",
                              "cite nosuch-report#x-1", "find", "kwic harm context 9z", "find \"risk of harm\" limit lots",
                              "find year:2030..2019 harm"],
                             corpus: corpus, width: 80)
        Golden.check(out, "search/errors.txt")
    }
}
