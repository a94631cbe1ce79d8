// SavedScriptTests: every Scripts/*.probe runs on the bundled corpus and must print its Scripts/*.expected.
import Commands
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
            let session = Session(corpus: corpus, terminal: TerminalInfo(width: 80), sink: sink)
            session.settings.pager = .off
            let outcome = ScriptRunner.run(text: text, name: "Scripts/" + name, session: session)
            XCTAssertEqual(outcome.errors, 0, "\(name): \(sink.errors)")
            let expectedURL = url.deletingPathExtension().appendingPathExtension("expected")
            Golden.compare(sink.output, with: expectedURL, named: "Scripts/" + expectedURL.lastPathComponent)
        }
    }
}
