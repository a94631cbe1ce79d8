// SetsAndTagsTests: saved sets stay frozen across reload; the tags file is written atomically and survives reload and restart.
import Commands
import Foundation
import XCTest

final class SetsAndTagsTests: XCTestCase {
    /// The four findings of the mini corpus that say "harm".
    let harm = ["fenland-crc-2019#case-supervision-1", "nps-coastal-2019#case-supervision-1",
                "upland-crc-2019#case-supervision-1", "fenland-crc-2020#case-supervision-1"]

    func testASavedSetMeansTheSameFindingsAfterAReload() throws {
        let h = try WorkspaceHarness()
        h.run("find harm", "save rh")
        XCTAssertEqual(WorkspaceHarness.row(h.run("sets"), "rh"), ["rh", "4", "4", "0", "0", "find", "harm"])
        XCTAssertTrue(h.run("count set:rh").contains("set:rh: 4 hits in 4 findings of 4 write-ups"), h.sink.output)

        // One finding's text changes, one write-up goes, and a new finding about harm appears.
        try h.edit("upland-crc-2019.md", replacing: "The risk of harm to children was missed in many cases.",
                   with: "The risk of harm to children was missed in most cases.")
        try FileManager.default.removeItem(at: h.url("fenland-crc-2020.md"))
        try h.edit("nps-coastal-2019.md", replacing: "- Assessment of the risk of harm was thorough.",
                   with: "- Assessment of the risk of harm was thorough.\n- Harm to victims was assessed late.")
        h.run("reload")

        // Saved 4, found 2 as they were, 1 changed, 1 vanished.
        XCTAssertEqual(WorkspaceHarness.row(h.run("sets"), "rh"), ["rh", "4", "2", "1", "1", "find", "harm"])
        // The set is not re-run: the new finding about harm is not in it, the changed and vanished are left out.
        let first = h.run("count set:rh")
        XCTAssertTrue(first.contains("set:rh: 2 hits in 2 findings of 2 write-ups"), first)
        XCTAssertTrue(h.sink.errors.contains("note: set rh: 1 of its 4 findings changed, 1 vanished since it was saved; left out"),
                      h.sink.errors)
        // Reported once per set and corpus, not on every use.
        let notes = h.sink.errors
        h.run("count set:rh")
        XCTAssertEqual(h.sink.errors, notes)
        XCTAssertTrue(h.run("count victims").contains("2 hits"), "the corpus itself did change")
    }

    func testSetsCombineLikeAnyOtherField() throws {
        let h = try WorkspaceHarness()
        h.run("find harm", "save a", "find cases", "save b")
        XCTAssertTrue(h.run("count set:a set:b").contains("3 hits in 3 findings"), h.sink.output)
        XCTAssertTrue(h.run("count set:a -set:b").contains("1 hit in 1 finding"), h.sink.output)
        XCTAssertTrue(h.run("count set:a OR set:b").contains("6 hits in 6 findings"), h.sink.output)
        XCTAssertTrue(h.run("count (victims OR harm) set:a").contains("4 hits in 4 findings"), h.sink.output)
        h.run("drop a")
        XCTAssertTrue(h.failure("count set:a").contains("error: no set 'a'"))
    }

    func testDollarUnderscoreIsTheLastResult() throws {
        let h = try WorkspaceHarness()
        h.run("find harm type:crc")
        XCTAssertTrue(h.run("count $_").contains("set:_: 3 hits in 3 findings"), h.sink.output)
    }

    func testTagsFileIsPlainSortedAndSurvivesReloadAndRestart() throws {
        let h = try WorkspaceHarness()
        h.run("find harm sort date", "tag 1 2 rosh", "tag 2 victims")
        let file = h.tagsFile ?? ""
        let lines = file.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "citation\ttag\ttext_hash\ttagged_at")
        XCTAssertEqual(lines.count, 4, file)
        XCTAssertEqual(lines.dropFirst().map { $0.split(separator: "\t").count }, [4, 4, 4], "four tab-separated columns")
        XCTAssertEqual(lines.dropFirst().map { $0.split(separator: "\t")[0] + " " + $0.split(separator: "\t")[1] },
                       ["fenland-crc-2019#case-supervision-1 rosh", "upland-crc-2019#case-supervision-1 rosh",
                        "upland-crc-2019#case-supervision-1 victims"])
        XCTAssertTrue(lines.dropFirst().allSatisfy { $0.hasSuffix("\t" + WorkspaceHarness.fixedTime) })
        // Nothing else in the folder: the write went through a temporary file that was renamed.
        let names = try FileManager.default.contentsOfDirectory(atPath: h.folder.path).sorted()
        XCTAssertEqual(names, [".probe-tags.tsv", "fenland-crc-2019.md", "fenland-crc-2020.md", "nps-coastal-2019.md",
                               "providers.yaml", "upland-crc-2019.md"])

        h.run("reload")
        XCTAssertTrue(h.run("count tag:rosh").contains("tag:rosh: 2 hits in 2 findings"), h.sink.output)
        h.restart()
        XCTAssertEqual(WorkspaceHarness.row(h.run("tags"), "rosh").prefix(2), ["rosh", "2"])
        // By tag: each finding under each of its tags; the one tagged victims is also tagged rosh.
        let byTag = h.run("count tag:rosh by tag")
        XCTAssertEqual(WorkspaceHarness.row(byTag, "rosh").prefix(3), ["rosh", "2", "2"])
        XCTAssertEqual(WorkspaceHarness.row(byTag, "victims").prefix(3), ["victims", "1", "1"])
        XCTAssertEqual(h.tagsFile, file, "reading the tags file does not rewrite it")
    }

    func testTagsOfChangedOrVanishedFindingsAreKeptButReported() throws {
        let h = try WorkspaceHarness()
        h.run("find harm sort date", "tag 1 2 4 rosh")
        try h.edit("upland-crc-2019.md", replacing: "missed in many cases", with: "missed in a few cases")
        try FileManager.default.removeItem(at: h.url("fenland-crc-2020.md"))
        h.run("reload")
        let tags = h.run("tags")
        XCTAssertEqual(WorkspaceHarness.row(tags, "rosh").prefix(2), ["rosh", "1"])
        XCTAssertTrue(tags.contains("2 tag lines are not applied: the finding changed or vanished since it was tagged"), tags)
        XCTAssertTrue(tags.contains("upland-crc-2019#case-supervision-1 rosh: changed"), tags)
        XCTAssertTrue(tags.contains("fenland-crc-2020#case-supervision-1 rosh: vanished"), tags)
        XCTAssertEqual(h.tagsFile?.split(separator: "\n").count, 4, "the lines stay in the file for the researcher to see")
        XCTAssertTrue(h.run("count tag:rosh").contains("1 hit in 1 finding"), h.sink.output)
        // The count is smaller than before the reload, and says why, once.
        XCTAssertEqual(h.sink.errors, "note: tag rosh: 1 of its 3 findings changed, 1 vanished since it was given; left out (tags lists them)\n")
        h.run("count tag:rosh")
        XCTAssertEqual(h.sink.errors.components(separatedBy: "note:").count, 2)
    }

    func testAFailedWriteChangesNeitherTheFileNorTheSession() throws {
        let h = try WorkspaceHarness()
        h.run("find harm sort date", "tag 1 rosh")
        let before = h.tagsFile
        h.writeFile = { _, _, _ in throw CocoaError(.fileWriteNoPermission) }
        let error = h.failure("tag 2 rosh")
        XCTAssertTrue(error.contains("error: could not write the tags file"), error)
        XCTAssertTrue(error.contains("hint: nothing was changed"), error)
        XCTAssertEqual(h.tagsFile, before)
        XCTAssertTrue(h.run("count tag:rosh").contains("1 hit in 1 finding"), h.sink.output)
    }

    func testCountByTagHasAnUntaggedRowAndEachRowDrillsDown() throws {
        let h = try WorkspaceHarness()
        h.run("find harm sort date", "tag 1 2 rosh", "tag 2 3 children")
        let csv = h.run("count harm OR cases by tag --format csv").replacingOccurrences(of: "\r\n", with: "\n")
        let rows = csv.split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }.filter { $0[0] != "all" }
        // Tagged findings count under each of their tags; the rest under untagged.
        XCTAssertEqual(rows.map { "\($0[0]) \($0[1])" }, ["rosh 4", "untagged 4", "children 3"], "hits: harm and cases in one finding are two")
        for (i, row) in rows.enumerated() {
            let lines = h.run("lines \(i + 1) limit 100 --format csv").replacingOccurrences(of: "\r\n", with: "\n")
            XCTAssertEqual(lines.split(separator: "\n").count - 1, Int(row[1])!, "row \(row[0])")
        }
    }

    /// `by tag by year`: each tagged cell is what a one-way count with that tag and year as filters says; a finding
    /// with two tags counts under both; the overall total counts it once.
    func testCountByTagByYearCellsEqualFilteredCounts() throws {
        let h = try WorkspaceHarness()
        h.run("find harm sort date", "tag 1 2 rosh", "tag 2 3 children")
        let csv = h.run("count harm by tag by year --format csv").replacingOccurrences(of: "\r\n", with: "\n")
        let rows = csv.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        XCTAssertEqual(Set(rows.map(\.[0])), ["children", "rosh", "untagged"], csv)
        var tagged = 0
        for row in rows where row[0] != "untagged" {
            let one = h.run("count harm tag:\(row[0]) year:\(row[1]) --format csv").replacingOccurrences(of: "\r\n", with: "\n")
            let fields = one.split(separator: "\n")[1].split(separator: ",").map(String.init)
            XCTAssertEqual([fields[1], fields[3]], [row[2], row[4]], "\(row[0]) \(row[1]): hits and words")
            tagged += Int(row[2])!
        }
        XCTAssertEqual(tagged, 4, "rosh (findings 1, 2) and children (2, 3): finding 2 counts under both, so 4 over 3 findings")
        let text = h.run("count harm by tag by year")
        XCTAssertTrue(text.contains("a finding with several tags counts under each of them"), text)
        XCTAssertTrue(text.contains("harm: 4 hits in 4 findings"), "the total counts each finding once: \(text)")
        for width in [40, 80, 120] {
            for charset in ["unicode", "ascii"] {
                h.run("set width \(width)", "set charset \(charset)")
                Golden.check(h.run("count harm by tag by year"), "uncertainty/count-by-tag-by-year.\(width).\(charset).txt")
            }
        }
    }

    func testUntagAndTagsColumnInExports() throws {
        let h = try WorkspaceHarness()
        h.run("find harm sort date", "tag 1 2 rosh", "tag 1 early")
        let csv = h.run("find harm sort date --format csv")
        XCTAssertTrue(csv.hasPrefix("rank,") && csv.contains(",tags\r\n"), csv)
        XCTAssertTrue(csv.contains("fenland-crc-2019#case-supervision-1") && csv.contains(",early;rosh\r\n"), csv)
        h.run("untag 1 rosh")
        XCTAssertTrue(h.run("count tag:rosh").contains("1 hit in 1 finding"), h.sink.output)
        XCTAssertEqual(h.tagsFile?.split(separator: "\n").count, 3)
    }
}
