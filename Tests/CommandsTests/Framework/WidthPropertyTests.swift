// WidthPropertyTests: every command at 40 to 160 columns, on the bundled corpus and a fixture: nothing a reader needs is cut.
@testable import Commands
import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Properties that hold for any corpus and width: no line wider than the width (a lone address may be), every id
/// shown whole, every command name in help whole, no address split, and `list` rows told apart by their ids.
/// Widths are measured with the C library's wcwidth, not probe's own DisplayWidth.
final class WidthPropertyTests: XCTestCase {
    static let widths = [40, 60, 80, 100, 120, 160]
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let corpora: [(name: String, path: String)] = [
        ("bundled", root.appendingPathComponent("Corpus").path), ("fixture", Golden.fixtures.appendingPathComponent("mini").path),
    ]

    override class func setUp() {
        super.setUp()
        setlocale(LC_CTYPE, "C.UTF-8")
    }

    static let wcwidth: @convention(c) (Int32) -> Int32 = {
        guard let symbol = dlsym(nil, "wcwidth") else { fatalError("no wcwidth in the C library") }
        return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
    }()

    /// Terminal columns by wcwidth; a control character counts as 2 so it cannot hide.
    static func columns(_ text: some StringProtocol) -> Int {
        text.unicodeScalars.reduce(0) { $0 + max(Int(wcwidth(Int32(bitPattern: $1.value))), $1.value < 0x20 ? 2 : 0) }
    }

    /// Output of `commands`, each in turn, in one session on `corpus` at `width`.
    func run(_ commands: [String], _ corpus: LoadedCorpus, width: Int, format: String? = nil) -> String {
        let sink = CollectingSink()
        let session = Session(corpus: corpus, terminal: TerminalInfo(width: width), sink: sink)
        session.settings.width = width
        if let format { _ = ScriptRunner.run(text: "set format \(format)", name: "test", session: session) }
        _ = ScriptRunner.run(text: commands.joined(separator: "\n"), name: "test", session: session)
        return sink.output
    }

    /// Text with an id broken before its "#" joined again, so a citation id reads whole.
    static func joined(_ text: String) -> String {
        text.replacingOccurrences(of: "\\n *#", with: "#", options: .regularExpression)
    }

    /// A line that is one address, or one id with no '#' to break at, wider than the line: shown whole, as it
    /// must be to be clicked or typed.
    static func isLone(_ line: Substring) -> Bool {
        !line.trimmingCharacters(in: .whitespaces).contains(" ")
    }

    func testNoLineExceedsTheWidth() throws {
        for (name, path) in Self.corpora {
            let corpus = LoadedCorpus.load(paths: [path])
            let report = corpus.reports.sorted { $0.id < $1.id }.first!
            let other = corpus.reports.sorted { $0.id < $1.id }.last!
            let citation = report.findings.first { !$0.isNote }!.citation
            let commands = ["help", "help chart", "list", "list type nps", "show \(report.id)", "league", "league by standard",
                            "compare \(report.id) \(other.id)", "chart ratings", "track \"risk of harm\"",
                            "count \"risk of harm\" by year", "count harm by provider", "find \"risk of harm\"", "kwic harm",
                            "cite \(citation)", "open \(citation)", "explain risk or \"harm", "check", "export ratings",
                            "freq limit 10", "ngrams 2 limit 10", "collocates harm", "keywords type:crc"]
            for width in Self.widths {
                for command in commands {
                    for line in run([command], corpus, width: width).split(separator: "\n") where !Self.isLone(line) {
                        XCTAssertLessThanOrEqual(Self.columns(line), width, "\(name) \(command) at \(width): \(line)")
                    }
                }
            }
        }
    }

    func testIDsAndCitationsAreShownWhole() throws {
        for (name, path) in Self.corpora {
            let corpus = LoadedCorpus.load(paths: [path])
            for width in Self.widths {
                let list = Self.joined(run(["list"], corpus, width: width))
                let words = Set(list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
                for r in corpus.reports { XCTAssertTrue(words.contains(r.id), "\(name) list at \(width) lacks \(r.id)") }
                for (command, column) in [("find \"risk of harm\" limit 10", 1), ("kwic harm limit 10", 0)] {
                    let text = Self.joined(run([command], corpus, width: width))
                    let tokens = Set(text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
                    let csv = run([command], corpus, width: width, format: "tsv").split(separator: "\n").dropFirst()
                    let ids = csv.map { String($0.split(separator: "\t", omittingEmptySubsequences: false)[column]) }
                    XCTAssertFalse(ids.isEmpty, "\(name) \(command) found nothing to check")
                    for id in ids where id.contains("#") {
                        XCTAssertTrue(tokens.contains(id), "\(name) \(command) at \(width) lacks \(id) whole")
                    }
                }
            }
        }
    }

    func testListRowsAreToldApart() {
        for (name, path) in Self.corpora {
            let corpus = LoadedCorpus.load(paths: [path])
            for width in Self.widths {
                // Each report's row (or the line its id is lifted to) starts with its id, so no two rows share a key.
                let firsts = Self.joined(run(["list"], corpus, width: width)).split(separator: "\n")
                    .compactMap { $0.split(separator: " ").first.map(String.init) }
                let ids = corpus.reports.map(\.id)
                XCTAssertEqual(Set(firsts).intersection(ids).count, ids.count, "\(name) list at \(width)")
                XCTAssertEqual(firsts.filter { ids.contains($0) }.count, ids.count, "\(name) list at \(width): an id twice")
            }
        }
    }

    func testHelpShowsEveryCommandNameWhole() {
        let corpus = LoadedCorpus.load(paths: [Self.corpora[1].path])
        for width in Self.widths {
            let tokens = Set(run(["help"], corpus, width: width).split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
            for spec in CommandCatalog.all { XCTAssertTrue(tokens.contains(spec.name), "help at \(width) lacks \(spec.name)") }
        }
    }

    func testCiteKeepsItsAddressesWhole() {
        for (name, path) in Self.corpora {
            let corpus = LoadedCorpus.load(paths: [path])
            guard let report = corpus.reports.sorted(by: { $0.id < $1.id }).first(where: { !$0.sources.isEmpty }),
                  let finding = report.findings.first else { XCTFail("\(name): no report with a source"); continue }
            for width in Self.widths {
                let lines = run(["cite \(finding.citation)"], corpus, width: width).split(separator: "\n")
                for source in report.sources {
                    XCTAssertTrue(lines.contains { $0.split(separator: " ").contains(Substring(source)) },
                                  "\(name) cite at \(width) splits \(source)")
                }
            }
        }
    }
}
