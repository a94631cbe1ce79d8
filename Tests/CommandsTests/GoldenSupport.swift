// GoldenSupport: compares output with files under Golden/, showing a line diff; PROBE_UPDATE_GOLDEN=1 rewrites them.
import Commands
import Foundation
import XCTest

enum Golden {
    /// The source folder of the golden files (not the copied bundle), so updates land in the repository.
    static let sourceDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Asserts `actual` equals the golden file `name` (a path under Golden/).
    static func check(_ actual: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        compare(actual, with: sourceDirectory.appendingPathComponent(name), named: "Golden/" + name, file: file, line: line)
    }

    /// True when `PROBE_UPDATE_GOLDEN=1`: expected files are rewritten instead of compared.
    static var updating: Bool { ProcessInfo.processInfo.environment["PROBE_UPDATE_GOLDEN"] == "1" }

    /// Compares `actual` with the file at `url`; in update mode writes it when it differs, says so on
    /// stderr (the diff is for review, so nothing changes unnoticed) and fails if the write fails.
    static func compare(_ actual: String, with url: URL, named name: String,
                        file: StaticString = #filePath, line: UInt = #line) {
        if updating {
            do {
                if let change = try update(url, to: actual) {
                    FileHandle.standardError.write(Data("golden \(change): \(url.path)\n".utf8))
                }
            } catch {
                XCTFail("could not update \(name): \(error)", file: file, line: line)
            }
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            XCTFail("missing \(name); run with PROBE_UPDATE_GOLDEN=1 to create it, then review it", file: file, line: line)
            return
        }
        if expected != actual {
            XCTFail("output differs from \(name):\n" + lineDiff(expected: expected, actual: actual), file: file, line: line)
        }
    }

    /// Writes `text` to `url` unless it already holds it; returns "created" or "rewritten", or nil if unchanged.
    static func update(_ url: URL, to text: String) throws -> String? {
        let previous = try? String(contentsOf: url, encoding: .utf8)
        guard previous != text else { return nil }
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return previous == nil ? "created" : "rewritten"
    }

    /// A minimal line diff: lines only in the expected output start with "-", only in the actual with "+".
    static func lineDiff(expected: String, actual: String) -> String {
        let a = expected.components(separatedBy: "\n"), b = actual.components(separatedBy: "\n")
        // Longest common subsequence table; goldens are small.
        var lcs = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var out: [String] = [], i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] { out.append("  " + a[i]); i += 1; j += 1 }
            else if j < b.count, i == a.count || lcs[i][j + 1] >= lcs[i + 1][j] { out.append("+ " + b[j]); j += 1 }
            else { out.append("- " + a[i]); i += 1 }
        }
        return out.joined(separator: "\n")
    }

    /// Each (name, command) on `corpus` at 40, 80 and 120 columns in UTF-8 and ASCII, compared with
    /// `folder/NAME.WIDTH.CHARSET.txt`: no line wider than the width, nothing but ASCII in ASCII, and, unless
    /// `errorsAllowed`, nothing on the error stream.
    static func checkEveryWidthAndCharset(_ cases: [(String, String)], corpus: String, folder: String, errorsAllowed: Bool = false,
                                          file: StaticString = #filePath, line: UInt = #line) {
        for (name, command) in cases {
            for width in [40, 80, 120] {
                for charset in ["unicode", "ascii"] {
                    let out = run([command], corpus: [corpus], width: width, charset: charset)
                    check("$ " + command + "\n" + out, "\(folder)/\(name).\(width).\(charset).txt", file: file, line: line)
                    if !errorsAllowed { XCTAssertFalse(out.contains("--- errors"), "\(command): \(out)", file: file, line: line) }
                    for text in out.split(separator: "\n") {
                        XCTAssertLessThanOrEqual(text.count, width, "\(command) at \(width) \(charset): \(text)", file: file, line: line)
                    }
                    if charset == "ascii" {
                        XCTAssertTrue(out.unicodeScalars.allSatisfy(\.isASCII), "\(command) at \(width) in ascii has non-ASCII output",
                                      file: file, line: line)
                    }
                }
            }
        }
    }

    /// Runs commands against a fresh session on `corpus` at a pinned width, colour off; returns stdout + stderr.
    static func run(_ commands: [String], corpus: [String], width: Int = 80, charset: String = "unicode") -> String {
        let sink = CollectingSink()
        let session = Session(corpus: LoadedCorpus.load(paths: corpus), terminal: TerminalInfo(width: width), sink: sink)
        session.settings.width = width
        _ = ScriptRunner.run(text: "set charset \(charset)\n" + commands.joined(separator: "\n"), name: "test", session: session)
        return sink.output + (sink.errors.isEmpty ? "" : "--- errors\n" + sink.errors)
    }
}
