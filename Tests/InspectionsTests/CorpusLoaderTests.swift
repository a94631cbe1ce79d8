// CorpusLoaderTests: folders, mixed good and broken files, the real Corpus, size limits, links and permissions.
import Foundation
import TestSupport
import XCTest
@testable import Inspections

final class CorpusLoaderTests: XCTestCase {
    func testRealCorpusLoadsWithoutErrors() throws {
        let result = CorpusLoader.load(paths: [ProjectPaths.corpus])
        XCTAssertEqual(result.diagnostics.filter { $0.severity == .error }.map(\.rendered), [])
        XCTAssertEqual(result.errors, 0)
        XCTAssertGreaterThan(result.reports.count, 100)
        XCTAssertEqual(result.skipped, 0)
        let registry = try XCTUnwrap(result.registry, "Corpus/providers.yaml is the registry")
        for report in result.reports {
            XCTAssertFalse(report.sources.isEmpty, "\(report.id) has no sources")
            XCTAssertNotNil(registry.provider(id: report.provider.id), "\(report.id): provider \(report.provider.id) not in the registry")
            if case .found(let p) = registry.resolve(report.provider.id) {
                XCTAssertEqual(p.id, report.provider.id)
            } else {
                XCTFail("\(report.provider.id) does not resolve")
            }
            XCTAssertFalse(report.title.isEmpty, report.id)
            XCTAssertEqual(Set(report.findings.map(\.citation)).count, report.findings.count, "\(report.id): citations unique")
        }
        XCTAssertEqual(Set(result.reports.map(\.id)).count, result.reports.count, "ids unique")
        XCTAssertEqual(result.reports.map(\.id), result.reports.map(\.id).sorted(), "sorted by id")
        XCTAssertEqual(result.files, result.reports.count, "README.md at the root and providers.yaml are not write-ups")
    }

    func testHLNYReportFields() throws {
        let result = CorpusLoader.load(paths: [ProjectPaths.corpus])
        let report = try XCTUnwrap(result.reports.first { $0.id == "hlny-crc-2019" })
        XCTAssertEqual(report.provider.shortName, "HLNY CRC")
        XCTAssertEqual(report.type, .crc)
        XCTAssertEqual(report.framework.id, "crc-2018")
        XCTAssertEqual(report.published, PartialDate(year: 2019, month: 2, day: 21))
        XCTAssertEqual(report.overall, .requiresImprovement)
        XCTAssertEqual(report.ratings.map { "\($0.standard.key)=\($0.rating.label)" }, ["unpaid work=Good", "through the gate=Good"])
        XCTAssertEqual(report.ownerGroup, "Purple Futures")
        XCTAssertEqual(report.supervised, "5,347")
        XCTAssertEqual(report.sections.first, "Summary")
        XCTAssertTrue(report.findings.contains { $0.citation == "hlny-crc-2019#case-supervision-3" })
        let first = try XCTUnwrap(report.findings.first { $0.citation == "hlny-crc-2019#organisational-delivery-1" })
        XCTAssertTrue(report.text(of: first).hasPrefix("HLNY CRC's leadership team"))
    }

    func testMixedFolderLoadsTheGoodFiles() throws {
        let corpus = try TempCorpus()
        try corpus.write("good-1.md", writeUp(id: "good-1"))
        try corpus.write("sub/good-2.markdown", writeUp(id: "good-2"))
        try corpus.write("sub/deeper/good-3.txt", writeUp(id: "good-3"))
        try corpus.write("broken-yaml.md", "---\nid: [\n---\n# T\n")
        try corpus.write("empty.md", "")
        try corpus.write("README.md", "# About this corpus\n")           // skipped at the root
        try corpus.write("sub/README.md", writeUp(id: "sub-readme"))      // loaded below the root
        try corpus.write("notes.docx", "not a write-up extension")
        try corpus.write(".hidden.md", writeUp(id: "hidden"))
        let result = CorpusLoader().load(paths: [corpus.path])
        XCTAssertEqual(result.reports.map(\.id), ["good-1", "good-2", "good-3", "sub-readme"])
        XCTAssertEqual(result.files, 6)
        XCTAssertEqual(result.skipped, 2)
        XCTAssertEqual(result.errors, 2)
        XCTAssertEqual(corpus.rendered(result).map { $0.components(separatedBy: ": error:").first ?? "" },
                       ["broken-yaml.md:3:1", "empty.md"])
        XCTAssertGreaterThan(result.bytes, 0)
    }

    func testSyntheticStyleFileLoadsWithoutWarnings() throws {
        let corpus = try TempCorpus()
        try corpus.write("0000/0000000.md", """
        ---
        id: HMIP-2023-0000000
        provider: Jympeartshyingfield CRC
        type: CRC
        owner: Pliegra Justice Ltd
        published: 2023-10-05
        overall: Good
        ratings:
          "1.1": Requires improvement
          "1.2": Good
          "1.3": Outstanding
          "1.4": Outstanding
          "2.1": Good
          "2.2": Good
          "2.3": Good
          "2.4": Outstanding
          "3.1": Good
          "3.2": Outstanding
        ---

        # Jympeartshyingfield CRC – CRC inspection

        ## Organisational delivery

        Police scoolded snoockza professional judgement.

        - Fo about consistently community diend.
        - **Strength:** Clack griemp jutise.

        """)
        let result = CorpusLoader().load(paths: [corpus.path])
        XCTAssertEqual(corpus.rendered(result), [])
        XCTAssertEqual(result.warnings, 0)
        let report = try XCTUnwrap(result.reports.first)
        XCTAssertEqual(report.framework.id, "numbered")
        XCTAssertEqual(report.ratings.count, 10)
        XCTAssertEqual(report.ownerGroup, "Pliegra Justice Ltd")
        XCTAssertEqual(report.findings.map(\.citation), ["HMIP-2023-0000000#organisational-delivery-1",
                                                         "HMIP-2023-0000000#organisational-delivery-2",
                                                         "HMIP-2023-0000000#organisational-delivery-3"])
    }

    func testThousandsOfTinyFilesInDeterministicOrder() throws {
        let corpus = try TempCorpus()
        for i in 0..<3000 {
            try corpus.write(String(format: "%02d/%05d.md", i % 7, i), writeUp(id: String(format: "r%05d", i), body: "# T\n- f\n"))
        }
        let one = CorpusLoader(workers: 1).load(paths: [corpus.path])
        let many = CorpusLoader(workers: 4).load(paths: [corpus.path])
        XCTAssertEqual(one.reports.count, 3000)
        XCTAssertEqual(one.diagnostics, [])
        XCTAssertEqual(one.reports.map(\.id), many.reports.map(\.id))
        XCTAssertEqual(one.reports.map(\.path), many.reports.map(\.path))
    }

    func testSizeCap() throws {
        let corpus = try TempCorpus()
        let big = try corpus.write("big.md", "")
        // A sparse 65 MiB file: the cap is checked before reading.
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: big))
        try handle.truncate(atOffset: 65 << 20)
        try handle.close()
        try corpus.write("ok.md", writeUp(id: "ok"))
        let result = CorpusLoader().load(paths: [corpus.path])
        XCTAssertEqual(corpus.rendered(result), ["big.md: error: file too large: 65 MiB, over the 64 MiB limit\nhint: a write-up is one inspection; split the file"])
        XCTAssertEqual(result.reports.map(\.id), ["ok"])
        let small = CorpusLoader(maxFileSize: 1000).load(paths: [corpus.path + "/ok.md"])
        XCTAssertEqual(small.reports.count, 1)
        let tiny = CorpusLoader(maxFileSize: 10).load(paths: [corpus.path + "/ok.md"])
        XCTAssertEqual(corpus.rendered(tiny), ["ok.md: error: file too large: 93 bytes, over the 10 bytes limit\nhint: a write-up is one inspection; split the file"])
    }

    func testFiftyMegabyteFileUnderTheCapLoads() throws {
        let corpus = try TempCorpus()
        let bullet = "- " + String(repeating: "x", count: 998) + "\n"            // 1,000 bytes a line
        var text = writeUp(id: "big", body: "# Big\n\n## Findings\n")
        text += String(repeating: bullet, count: 50_000)
        try corpus.write("big.md", text)
        let result = CorpusLoader().load(paths: [corpus.path])
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertEqual(result.reports.first?.findings.count, 50_000)
        XCTAssertEqual(result.reports.first?.findings.last?.citation, "big#findings-50000")
    }

    func testOneMegabyteSingleLineFile() throws {
        let corpus = try TempCorpus()
        try corpus.write("line.md", writeUp(id: "line", body: "# T\n" + String(repeating: "long ", count: 210_000)))
        let result = CorpusLoader().load(paths: [corpus.path])
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertEqual(result.reports.first?.findings.count, 1)
    }

    func testSymlinkLoopsAreErrorsAndOthersLoad() throws {
        let corpus = try TempCorpus()
        try corpus.write("a/good.md", writeUp(id: "good"))
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: corpus.path + "/a/self.md", withDestinationPath: "self.md")
        try fm.createSymbolicLink(atPath: corpus.path + "/a/up", withDestinationPath: "..")
        try fm.createSymbolicLink(atPath: corpus.path + "/alias.md", withDestinationPath: "a/good.md")
        try fm.createSymbolicLink(atPath: corpus.path + "/gone.md", withDestinationPath: "nowhere.md")
        let result = CorpusLoader().load(paths: [corpus.path])
        let real = try XCTUnwrap(URL(fileURLWithPath: corpus.path).resolvingSymlinksInPath().path.removingPercentEncoding)
        let messages = corpus.rendered(result).map { $0.replacingOccurrences(of: real, with: "ROOT") }
        XCTAssertEqual(messages, [
            "a/self.md: error: symbolic link loop\nhint: fix or remove the link",
            "a/up: error: symbolic link loop: this folder is ROOT, which is already being loaded\nhint: remove the link, or load the folders it joins separately",
            // alias.md is a second path to good.md: its id is a duplicate, reported on the later path.
            "alias.md:2:1: error: duplicate id 'good': already used by a/good.md\nhint: give each write-up its own id; this file is skipped",
            "gone.md: error: broken symbolic link: no such file or folder\nhint: fix or remove the link",
        ])
        XCTAssertEqual(result.reports.map(\.id), ["good"])
    }

    func testUnreadableFile() throws {
        if Unprivileged.needsRerun {   // root reads files whatever their permissions
            let child = try Unprivileged.rerun(String(reflecting: type(of: self)), #function)
            return XCTAssertTrue(child.passed, child.output)
        }
        let corpus = try TempCorpus()
        let locked = try corpus.write("locked.md", writeUp(id: "locked"))
        try corpus.write("open.md", writeUp(id: "open"))
        chmod(locked, 0)
        defer { chmod(locked, 0o644) }
        let result = CorpusLoader().load(paths: [corpus.path])
        XCTAssertEqual(corpus.rendered(result), ["locked.md: error: cannot read: permission denied\nhint: check the file's permissions"])
        XCTAssertEqual(result.reports.map(\.id), ["open"])
    }

    func testMissingPath() {
        let result = CorpusLoader().load(paths: ["/nonexistent/probe-corpus"])
        XCTAssertEqual(result.diagnostics.map(\.rendered), ["/nonexistent/probe-corpus: error: cannot open: no such file or folder"])
        XCTAssertEqual(result.skipped, 1)
    }
}
