// SavedScriptTests: every Scripts/*.probe runs on the bundled corpus and must print its Scripts/*.expected.
import Commands
import Shell
import Foundation
import XCTest

final class SavedScriptTests: XCTestCase {
    static var scriptsFolder: URL { Golden.repositoryRoot.appendingPathComponent("Scripts") }

    func testEveryScriptMatchesItsExpectedOutput() throws {
        let scripts = try FileManager.default.contentsOfDirectory(atPath: Self.scriptsFolder.path)
            .filter { $0.hasSuffix(".probe") }.sorted()
        XCTAssertFalse(scripts.isEmpty, "Scripts/ should hold saved research scripts")
        let corpus = LoadedCorpus.load(paths: [Golden.repositoryRoot.appendingPathComponent("Corpus").path])
        for name in scripts {
            let url = Self.scriptsFolder.appendingPathComponent(name)
            let text = try String(contentsOf: url, encoding: .utf8)
            let sink = CollectingSink()
            // The same settings batch mode uses: width 80, no colour, unicode.
            // Files the script writes (its tags file among them) go to a folder of its own, never the checkout.
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("probe-script-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            TemporaryFolders.shared.add(folder)
            let session = Session(corpus: corpus, terminal: TerminalInfo(width: 80), sink: sink,
                                  writeFile: { path, text, append in
                                      try AtomicFileWriter(path: path).write(text, mode: append ? .append : .replace)
                                  })
            session.settings.pager = .off
            // What PROBE_TAGS, PROBE_FIXED_TIME, PROBE_FIXED_FINGERPRINT and PROBE_FIXED_CORPUS do for probe itself.
            session.workspace.tagFileOverride = folder.appendingPathComponent("tags.tsv").path
            session.workspace.now = { "2026-01-01T00:00:00Z" }
            session.workspace.fixedFingerprint = "fixed-for-tests"
            session.workspace.fixedCorpusPaths = ["Corpus"]
            session.workspace.rereadTags()
            let outcome = ScriptRunner.run(text: text, name: "Scripts/" + name, session: session)
            XCTAssertEqual(outcome.errors, 0, "\(name): \(sink.errors)")
            let expectedURL = url.deletingPathExtension().appendingPathExtension("expected")
            Golden.compare(sink.output, with: expectedURL, named: "Scripts/" + expectedURL.lastPathComponent)
        }
    }
}
