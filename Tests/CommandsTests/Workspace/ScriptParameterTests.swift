// ScriptParameterTests: the real binary takes -v NAME=VALUE and script arguments, and foreach writes one file per run.
import Foundation
import XCTest

final class ScriptParameterTests: XCTestCase {
    var report: String { Golden.repositoryRoot.appendingPathComponent("Scripts/provider-report.probe").path }
    var bundled: [String] { ["--corpus", Golden.repositoryRoot.appendingPathComponent("Corpus").path] }

    func testProviderReportTakesAVariableOrAnArgument() throws {
        let expected = try String(contentsOf: Golden.repositoryRoot.appendingPathComponent("Scripts/provider-report.expected"),
                                  encoding: .utf8)
        let byVariable = try ProbeProcess.run(bundled + ["-v", "provider=hlny", report])
        XCTAssertEqual(byVariable.status, 0, byVariable.stderr)
        XCTAssertEqual(byVariable.stdout, expected)
        let byArgument = try ProbeProcess.run(bundled + [report, "ddc"])
        XCTAssertEqual(byArgument.status, 0, byArgument.stderr)
        XCTAssertTrue(byArgument.stdout.hasPrefix("scope provider:ddc: 1 of "), byArgument.stdout)
        XCTAssertTrue(byArgument.stdout.contains("ddc-crc-2019"), byArgument.stdout)
        // -v wins over the argument, as the script's header says.
        let both = try ProbeProcess.run(bundled + ["-v", "provider=ddc", report, "hlny"])
        XCTAssertTrue(both.stdout.hasPrefix("scope provider:ddc:"), both.stdout)
    }

    func testPositionalArgumentsCountAndAll() throws {
        let dir = try ProbeProcess.folder(["args.probe": "let n = $#\nlet all = \"$@\"\nlet\n"])
        let r = try ProbeProcess.run(["--corpus", ProbeProcess.miniCorpus, dir.appendingPathComponent("args.probe").path, "a", "b c"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, "variable  value\nall       a b c\nn         2\n1         a\n2         b c\n")
    }

    func testAMalformedVariableIsAUsageError() throws {
        let r = try ProbeProcess.run(["-v", "1x=2", "-c", "help"])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("-v takes NAME=VALUE"), r.stderr)
    }

    func testForeachWritesAFilePerRunAndMakesTheFolder() throws {
        let dir = try ProbeProcess.folder([:])
        let r = try ProbeProcess.run(["--corpus", ProbeProcess.miniCorpus, "-c",
                                      "foreach p in providers type:crc: count harm provider:$p > out/$p.txt"], directory: dir)
        XCTAssertEqual(r.status, 0, r.stderr)
        let out = dir.appendingPathComponent("out")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted(), ["fenland-crc.txt", "upland-crc.txt"])
        let fenland = try String(contentsOf: out.appendingPathComponent("fenland-crc.txt"), encoding: .utf8)
        XCTAssertTrue(fenland.contains("harm provider:fenland-crc: 2 hits"), fenland)
        XCTAssertTrue(fenland.contains("made by `count harm provider:fenland-crc` (written `count harm provider:$p`)"), fenland)
    }

    func testTheResearchChainWritesTagsWherePROBE_TAGSSaysAndFixesTimeForTests() throws {
        let dir = try ProbeProcess.folder([:])
        let tags = dir.appendingPathComponent("tags.tsv")
        let env = ["PROBE_TAGS": tags.path, "PROBE_FIXED_TIME": "2026-01-01T00:00:00Z",
                   "PROBE_FIXED_FINGERPRINT": "fixed-for-tests", "PROBE_FIXED_CORPUS": "Corpus"]
        let chain = Golden.repositoryRoot.appendingPathComponent("Scripts/research-chain.probe").path
        let r = try ProbeProcess.run(bundled + [chain], environment: env)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, try String(contentsOf: Golden.repositoryRoot.appendingPathComponent("Scripts/research-chain.expected"),
                                            encoding: .utf8))
        let file = try String(contentsOf: tags, encoding: .utf8)
        XCTAssertEqual(file.split(separator: "\n").count, 19, "a header and 18 tag lines")
        // A second run (a restart) finds the tags already there.
        let again = try ProbeProcess.run(bundled + ["-c", "count tag:assessment"], environment: env)
        XCTAssertTrue(again.stdout.contains("tag:assessment: 8 hits in 8 findings"), again.stdout)
    }
}
