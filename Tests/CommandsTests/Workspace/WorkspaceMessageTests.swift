// WorkspaceMessageTests: the workspace's rarer errors — a scope that stops resolving, an inspection outside the
// scope, an unreadable tags file, an unset variable — and a rating two files of one inspection cannot share.
@testable import Commands
import Foundation
import Inspections
import XCTest

final class WorkspaceMessageTests: XCTestCase {
    func testAnUnsetVariableNamedAloneSaysHowToSetIt() throws {
        let h = try WorkspaceHarness()
        XCTAssertEqual(h.failure("let region"), """
            error: unset variable 'region'
              let region
                  ^^^^^^
            hint: let region = VALUE sets it

            """)
    }

    func testAnInspectionOutsideTheScopeIsRefusedAtItsName() throws {
        let h = try WorkspaceHarness()
        h.run("use type:nps")
        XCTAssertEqual(h.failure("compare nps-coastal fenland"), """
            error: fenland-crc-2020 is outside the scope (type:nps)
              compare nps-coastal fenland
                                  ^^^^^^^
            hint: use all clears the scope

            """)
    }

    /// A scope naming a provider the newly loaded corpus lacks: every command says so until the scope changes.
    func testAScopeThatNoLongerResolvesAfterALoad() throws {
        let h = try WorkspaceHarness()
        h.run("use provider:upland")
        h.run("load " + Golden.fixtures.appendingPathComponent("ratings-corpus").path)
        let failure = h.failure("count harm").trimmingCharacters(in: .newlines)
        XCTAssertTrue(failure.hasPrefix("error: the scope 'provider:upland' no longer resolves: no provider 'upland'"), failure)
        XCTAssertTrue(failure.hasSuffix("hint: use all clears it; use FILTERS sets another"), failure)
        h.run("use all")
        XCTAssertTrue(h.run("count harm").contains("harm:"), h.sink.output)
    }

    /// A tags file that cannot be read (here a folder in its place) stops tagging before anything is written.
    func testAnUnreadableTagsFileChangesNothing() throws {
        let h = try WorkspaceHarness()
        let path = h.url(".probe-tags.tsv")
        try FileManager.default.createDirectory(at: path, withIntermediateDirectories: false)
        h.restart()
        h.run("find harm limit 2")
        XCTAssertEqual(h.failure("tag 1 rosh"), """
            error: the tags file cannot be read: cannot read '\(path.path)'
            hint: check its permissions; nothing was changed

            """)
        var isDirectory: ObjCBool = false
        XCTAssertTrue(FileManager.default.fileExists(atPath: path.path, isDirectory: &isDirectory) && isDirectory.boolValue)
    }

    /// The same id in two folders, one a CRC write-up rating unpaid work, the leading one an NPS division's: the
    /// NPS framework has no such standard, so the rating is left out with a warning naming the file.
    func testARatingOutsideTheLeadingFrameworkIsLeftOut() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("probe-frameworks-\(UUID().uuidString)")
        TemporaryFolders.shared.add(root)
        let a = root.appendingPathComponent("a"), b = root.appendingPathComponent("b")
        for dir in [a, b] { try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true) }
        func writeUp(_ type: String, _ rating: String) -> String {
            "---\nid: coastal-2019\nprovider: Coastal\ntype: \(type)\npublished: 2019-09\nratings:\n  \(rating)\n"
                + "sources:\n  - https://example.org/fixture/coastal\n---\n# Coastal\n\n## Case supervision\n- Plans were sound.\n"
        }
        try writeUp("NPS", "statutory victim work: Good").write(to: a.appendingPathComponent("coastal.md"), atomically: true, encoding: .utf8)
        let other = b.appendingPathComponent("coastal.md")
        try writeUp("CRC", "unpaid work: Inadequate").write(to: other, atomically: true, encoding: .utf8)
        let corpus = LoadedCorpus.load(paths: [a.path, b.path])
        XCTAssertEqual(corpus.reports.count, 1)
        let warning = try XCTUnwrap(corpus.diagnostics.first { $0.message.contains("unpaid work") })
        XCTAssertEqual(warning.message, "'unpaid work' is rated Inadequate here, but it is not a standard of coastal-2019's framework (nps-2018); left out")
        XCTAssertEqual(warning.hint, "check the type and date of both files: they are one inspection (the same id)")
        XCTAssertEqual(warning.location.file, other.path)
        XCTAssertNil(corpus.reports[0].ratings.first { $0.standard.key == "unpaid work" })
    }
}
