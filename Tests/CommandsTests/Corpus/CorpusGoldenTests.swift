// CorpusGoldenTests: list, show, check, export, load, help and set on the fixture corpus, at pinned widths.
import Commands
import Foundation
import XCTest

final class CorpusGoldenTests: XCTestCase {
    var mini: String { Golden.fixtures.appendingPathComponent("mini").path }

    func testCorpusCommandsAtThreeWidths() {
        let commands = ["list", "list type crc sort overall", "show fenland", "show fenland@2019", "show nps-coastal-2019",
                        "export ratings", "check"]
        for width in [40, 80, 120] {
            Golden.check(Golden.run(commands, corpus: [mini], width: width), "corpus/commands-\(width).txt")
        }
    }

    func testDataFormats() {
        for format in ["csv", "tsv", "json", "markdown"] {
            let out = Golden.run(["set format \(format)", "list", "show fenland@2019", "export reports", "export findings type nps"],
                                 corpus: [mini])
            Golden.check(out, "corpus/formats.\(format)")
        }
    }

    func testHelpAndSettings() {
        for width in [40, 80] {
            Golden.check(Golden.run(["help", "help find", "help set", "set"], corpus: [mini], width: width),
                         "corpus/help-\(width).txt")
        }
    }

    func testErrors() {
        let out = Golden.run(["set bail off", "show nowhere", "show fenland@2031", "show fenland@soon", "list type prison",
                              "list year twenty", "export everything", "load /nonexistent/folder", "help nothing"],
                             corpus: [mini])
        Golden.check(out, "corpus/errors.txt")
    }

    func testLoadAndReloadReplaceTheCorpus() {
        let planted = Golden.fixtures.appendingPathComponent("search-planted").path
        let out = Golden.run(["load \(planted)", "list", "load \(mini)", "reload", "list type nps"], corpus: [mini])
        // Timings vary: compare the lines without them.
        let stable = out.split(separator: "\n").map { line in
            line.contains(" ms") ? String(line.prefix { $0 != "·" }) + "· (timing)" : String(line)
        }.joined(separator: "\n")
        Golden.check(stable + "\n", "corpus/load.txt")
    }

    func testBenchCountsDocumentsAndRefusesWrongExpectations() throws {
        let sink = CollectingSink()
        let session = Session(sink: sink)
        try session.execute("bench \(mini) runs 2 --format csv")
        XCTAssertTrue(sink.output.contains("risk of harm,3,"), sink.output)
        XCTAssertTrue(sink.output.contains("purple elephant parade,0,"), sink.output)
        // The index's parts, and the same count again on the index mapped back from a snapshot file.
        XCTAssertTrue(sink.output.contains("  of which doc blocks,"), sink.output)
        XCTAssertTrue(sink.output.contains("snapshot risk of harm docs,3"), sink.output)
        // The text as kept: the mini corpus fits one block.
        XCTAssertTrue(sink.output.split(whereSeparator: \.isNewline).contains("text blocks,1"), sink.output)
        let expected = try ProbeProcess.folder(["results.json": #"{"peers": {"sqlite-mem": {"queries": {"risk of harm": {"docs": 4}}}}}"#])
        XCTAssertThrowsError(try session.execute("bench \(mini) runs 1 expect \(expected.path)/results.json")) { e in
            XCTAssertEqual((e as? CommandError)?.message,
                           "document counts differ from the expected ones: risk of harm: probe 3, expected 4")
        }
    }
}
