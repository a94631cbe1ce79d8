// WorkspaceHarness: a session on a private copy of a fixture corpus, writing files as the shell does, restartable.
import Commands
import Foundation
import Shell
import XCTest

/// A copy of a fixture corpus in a temporary folder (so tags files and edits stay there), a session over it
/// whose clock is fixed, and helpers to edit files, reload and start a new session on the same folder.
final class WorkspaceHarness {
    static let fixedTime = "2026-01-02T03:04:05Z"
    let folder: URL
    private(set) var sink = CollectingSink()
    private(set) var session: Session
    /// Replaces the session's file writer, e.g. with one that fails.
    var writeFile: (String, String, Bool) throws -> Void = WorkspaceHarness.atomicWrite

    init(fixture: String = "mini") throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("probe-workspace-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Golden.fixtures.appendingPathComponent(fixture), to: dir)
        TemporaryFolders.shared.add(dir)
        folder = dir
        session = Session(sink: sink)
        restart()
    }

    static func atomicWrite(_ path: String, _ text: String, _ append: Bool) throws {
        try AtomicFileWriter(path: path).write(text, mode: append ? .append : .replace)
    }

    /// A new session on the same folder, as when probe is started again: sets and scope are gone, tags are read.
    func restart() {
        sink = CollectingSink()
        let corpus = LoadedCorpus.load(paths: [folder.path])
        session = Session(corpus: corpus, terminal: TerminalInfo(width: 80), sink: sink,
                          writeFile: { [unowned self] in try self.writeFile($0, $1, $2) })
        session.settings.pager = .off
        session.workspace.now = { WorkspaceHarness.fixedTime }
    }

    /// Runs each line, failing the test on an error; returns what they printed.
    @discardableResult
    func run(_ lines: String..., file: StaticString = #filePath, line: UInt = #line) -> String {
        let start = sink.output.endIndex
        for text in lines {
            do { try session.execute(text) } catch { XCTFail("\(text): \(error)", file: file, line: line) }
        }
        return String(sink.output[start...])
    }

    /// Runs a line that must fail; returns the error as the shell shows it.
    func failure(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        do {
            try session.execute(text)
            XCTFail("\(text) should have failed", file: file, line: line)
            return ""
        } catch let error as CommandError {
            return ErrorFormatter.interactive(error, line: text)
        } catch {
            return "\(error)"
        }
    }

    func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

    func read(_ name: String) -> String? { try? String(contentsOf: url(name), encoding: .utf8) }

    /// Replaces `old` with `new` in a corpus file (the test fails if `old` is not there).
    func edit(_ name: String, replacing old: String, with new: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let text = try String(contentsOf: url(name), encoding: .utf8)
        XCTAssertTrue(text.contains(old), "\(name) lacks '\(old)'", file: file, line: line)
        try text.replacingOccurrences(of: old, with: new).write(to: url(name), atomically: true, encoding: .utf8)
    }

    var tagsFile: String? { read(".probe-tags.tsv") }

    /// The words of the first line of `output` whose first word is `first`: a table row without its spacing.
    static func row(_ output: String, _ first: String) -> [String] {
        for line in output.split(separator: "\n") {
            let words = line.split(separator: " ").map(String.init)
            if words.first == first { return words }
        }
        return []
    }
}
