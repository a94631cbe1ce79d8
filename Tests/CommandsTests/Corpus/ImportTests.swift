// ImportTests: a folder of real-style documents (report PDF, report web page, press release, blog post) loads
// joined to the bundled providers with exactly the ratings each states, and imports as write-ups that pass --check.
import Foundation
import TestSupport
import XCTest

final class ImportTests: XCTestCase {
    static let labelled = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("InspectionsTests/Fixtures/Labelled")

    /// One document of each kind, about four different inspections.
    static let documents = ["pdf-essex-crc-2018.pdf.txt", "web-leeds-pdu-2024.html", "press-staffs.txt", "blog-hlny-2019.html"]

    /// The four documents in a new folder (a `.pdf.txt` page layout written as a PDF), and their labels.
    static func folder() throws -> (URL, [String: [String: String]]) {
        let dir = try ProbeProcess.folder([:])
        var labels: [String: [String: String]] = [:]
        for name in documents {
            let source = labelled.appendingPathComponent(name)
            var target = name
            if name.hasSuffix(".pdf.txt") {
                target = String(name.dropLast(4))
                try Data(SimplePDF.fromLayout(try String(contentsOf: source, encoding: .utf8))).write(to: dir.appendingPathComponent(target))
            } else {
                try FileManager.default.copyItem(at: source, to: dir.appendingPathComponent(name))
            }
            let stem = String(name.prefix { $0 != "." })
            var fields: [String: String] = ["file": target]
            for line in try String(contentsOf: labelled.appendingPathComponent(stem + ".expected"), encoding: .utf8).split(separator: "\n") {
                guard let colon = line.firstIndex(of: ":") else { continue }
                var key = String(line[..<colon])
                for prefix in ["table ", "prose "] where key.hasPrefix(prefix) { key = "rating " + key.dropFirst(prefix.count) }
                fields[key] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
            labels[stem] = fields
        }
        return (dir, labels)
    }

    static func json(_ run: ProbeRun) throws -> [[String: Any]] {
        let rows = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]]
        return try XCTUnwrap(rows, run.stdout + run.stderr)
    }

    /// For each inspection: its provider, publication date, and every rating known, with the file it came from.
    static func facts(corpus: String, cache: URL) throws -> [String: [String: String]] {
        let env = ["XDG_CACHE_HOME": cache.path]
        let reports = try json(ProbeProcess.run(["--corpus", corpus, "--format", "json", "-c", "export reports"], environment: env))
        let ratings = try json(ProbeProcess.run(["--corpus", corpus, "--format", "json", "-c", "export ratings"], environment: env))
        var out: [String: [String: String]] = [:]
        for r in reports {
            let id = r["id"] as! String
            out[id, default: [:]]["provider"] = r["provider"] as? String
            out[id, default: [:]]["published"] = r["published"] as? String
        }
        for row in ratings {
            guard let rating = row["rating"] as? String else { continue }
            let id = row["id"] as! String
            out[id, default: [:]]["rating " + (row["standard"] as! String)] = rating
            out[id, default: [:]]["from " + (row["standard"] as! String)] = (row["source_file"] as? String) ?? "(not inferred)"
        }
        return out
    }

    func testFolderOfDocumentsShowsEachJoinedWithOnlyTheRatingsItStatesAndImportsAsWriteUpsThatPassCheck() throws {
        let (dir, labels) = try Self.folder()
        let cache = try ProbeProcess.folder([:])
        let loaded = try Self.facts(corpus: dir.path, cache: cache)
        XCTAssertEqual(Set(loaded.keys), Set(labels.keys))
        for (id, label) in labels {
            let got = try XCTUnwrap(loaded[id], id)
            XCTAssertEqual(got["provider"], label["provider"], "\(id): provider joined to the bundled registry")
            XCTAssertEqual(got["published"], label["published"], id)
            let stated = label.filter { $0.key.hasPrefix("rating ") }
            XCTAssertEqual(got.filter { $0.key.hasPrefix("rating ") }, stated, "\(id): every stated rating and no other")
            for key in stated.keys {
                XCTAssertEqual(got["from " + key.dropFirst(7)], label["file"], "\(id): \(key) says the document it was read from")
            }
        }

        // import writes one write-up per document; --check passes on them; loaded, they give the same facts.
        let out = try ProbeProcess.folder([:])
        let imported = try ProbeProcess.run(["--import", dir.path, "--to", out.path], environment: ["XDG_CACHE_HOME": cache.path])
        XCTAssertEqual(imported.status, 0, imported.stdout + imported.stderr)
        XCTAssertTrue(imported.stdout.contains("4 write-ups written, 0 skipped, 0 documents not read"), imported.stdout)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted(), labels.keys.sorted().map { $0 + ".md" })
        let check = try ProbeProcess.run(["--check", out.path])
        XCTAssertEqual(check.status, 0, check.stdout + check.stderr)
        XCTAssertTrue(check.stdout.contains("0 errors"), check.stdout)
        let again = try Self.facts(corpus: out.path, cache: cache)
        for (id, label) in labels {
            let got = try XCTUnwrap(again[id], id)
            XCTAssertEqual(got.filter { $0.key.hasPrefix("rating ") }, label.filter { $0.key.hasPrefix("rating ") }, id)
            XCTAssertEqual(got["published"], label["published"], id)
        }
    }
}
