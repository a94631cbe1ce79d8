// SameInspectionTests: `load --add` puts documents beside a corpus; a document about an inspection a write-up
// gives is shown with it, its ratings filling the unknowns, a disagreement warned about; `import` never
// replaces a file unless asked.
import Commands
import Foundation
import Inspections
import Shell
import XCTest

final class SameInspectionTests: XCTestCase {
    /// A fictional write-up of the HLNY CRC inspection published February 2019 that states an overall rating
    /// the blog post does not (Good, against its Requires improvement) and one standard the blog leaves out.
    static let writeUp = """
        ---
        id: hlny-crc-2019
        provider: hlny-crc
        type: CRC
        published: 2019-02-21
        overall: Good
        ratings:
          leadership: Good
        sources:
          - https://example.org/fixture/hlny-2019
        ---
        # HLNY CRC: a fictional fixture

        ## Case supervision
        - Officers assessed most cases on time.

        """

    private func session(corpus: String, registry: String) -> (Session, CollectingSink) {
        let sink = CollectingSink()
        let session = Session(corpus: LoadedCorpus.load(paths: [corpus]), terminal: TerminalInfo(width: 400), sink: sink)
        session.settings.width = 400
        session.documentRegistry = { ProviderRegistry.load(path: registry).registry }
        session.createFile = { path, text, replace in try AtomicFileWriter(path: path).write(text, mode: replace ? .replace : .create) }
        return (session, sink)
    }

    /// Temporary folders in the output become fixed names, and a caret under one a fixed length, so the golden
    /// holds wherever the temporary folder is (the sessions are wide enough that no path wraps).
    private func stable(_ text: String, _ folders: [(URL, String)]) -> String {
        folders.reduce(text) { $0.replacingOccurrences(of: $1.0.path, with: $1.1) }
            .replacingOccurrences(of: #"\^+"#, with: "^^^", options: .regularExpression)
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.contains(" ms") ? String($0.prefix { $0 != "·" }) + "· (timing)" : String($0) }.joined(separator: "\n")
    }

    func testLoadAddShowsAWriteUpAndADocumentAsOneInspection() throws {
        let registry = Golden.repositoryRoot.appendingPathComponent("Corpus/providers.yaml").path
        let corpus = try ProbeProcess.folder(["hlny-crc-2019.md": Self.writeUp, "providers.yaml": try String(contentsOfFile: registry, encoding: .utf8)])
        let documents = try ProbeProcess.folder([:])
        try FileManager.default.copyItem(at: ImportTests.labelled.appendingPathComponent("blog-hlny-2019.html"),
                                         to: documents.appendingPathComponent("blog-hlny-2019.html"))
        let (session, sink) = session(corpus: corpus.path, registry: registry)
        _ = ScriptRunner.run(text: ["load --add \(documents.path)", "list", "show hlny-crc-2019", "show blog-hlny-2019",
                                    "check", "find \"assessed most cases\"", "export ratings --format csv", "reload"]
                                .joined(separator: "\n"), name: "test", session: session)
        let out = stable(sink.output + (sink.errors.isEmpty ? "" : "--- errors\n" + sink.errors),
                         [(corpus, "CORPUS"), (documents, "DOCUMENTS")])
        Golden.check(out, "corpus/same-inspection.txt")
        XCTAssertThrowsError(try session.execute("load --add \(documents.path)")) { e in
            XCTAssertEqual((e as? CommandError)?.message, "'\(documents.path)' is already loaded")
        }
        // The write-up's overall stays; the blog's two ratings fill unknowns; the disagreement names both files.
        let r = try XCTUnwrap(session.corpus.reports.first)
        XCTAssertEqual(session.corpus.reports.count, 1)
        XCTAssertEqual(r.overall, .good)
        XCTAssertEqual(r.ratings.map { "\($0.standard.key)=\($0.rating.label)" }.sorted(),
                       ["leadership=Good", "through the gate=Good", "unpaid work=Good"])
        XCTAssertTrue(session.corpus.diagnostics.contains {
            $0.severity == .warning && $0.message.hasPrefix("'overall' is Good in \(corpus.path)/hlny-crc-2019.md but Requires improvement in \(documents.path)/blog-hlny-2019.html")
        }, session.corpus.diagnostics.map(\.message).joined(separator: "\n"))
    }

    func testImportNeverReplacesAFileUnlessAsked() throws {
        let registry = Golden.repositoryRoot.appendingPathComponent("Corpus/providers.yaml").path
        let documents = try ProbeProcess.folder([:]), out = try ProbeProcess.folder([:])
        try FileManager.default.copyItem(at: ImportTests.labelled.appendingPathComponent("press-staffs.txt"),
                                         to: documents.appendingPathComponent("press-staffs.txt"))
        // A corpus without providers.yaml: documents are joined to the bundled providers.
        let (session, sink) = session(corpus: try ProbeProcess.folder([:]).path, registry: registry)
        let target = out.appendingPathComponent("press-staffs.md").path
        try session.execute("import \(documents.path) to \(out.path)")
        let written = try String(contentsOfFile: target, encoding: .utf8)
        XCTAssertTrue(written.contains("provider: \"staffs-west-midlands-crc\""), written)
        try "edited by hand\n".write(toFile: target, atomically: true, encoding: .utf8)
        try session.execute("import \(documents.path) to \(out.path)")
        XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), "edited by hand\n")
        try session.execute("import \(documents.path)/press-staffs.txt to \(out.path) overwrite")
        XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), written)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out.path), ["press-staffs.md"], "no temporary file is left")
        Golden.check(stable(sink.output + sink.errors, [(documents, "DOCUMENTS"), (out, "OUT")]), "corpus/import.txt")
    }
}
