// LabelledSetTests: recognition measured on the labelled documents (PDF-style, web pages, press releases,
// blog posts, notes): precision and recall per field; no rating may be invented.
import Foundation
import XCTest
import TestSupport
import Documents
@testable import Inspections

final class LabelledSetTests: XCTestCase {
    static let folder = ProjectPaths.fixtures + "/Labelled"

    /// A document's labels: field -> value, and ratings with whether a table states them.
    struct Labels {
        var fields: [String: String] = [:]
        var ratings: [String: (rating: String, table: Bool)] = [:]

        init(_ text: String) {
            for line in text.split(separator: "\n") {
                guard let colon = line.firstIndex(of: ":") else { continue }
                let key = String(line[..<colon]), value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                if key.hasPrefix("table ") { ratings[String(key.dropFirst(6))] = (value, true) }
                else if key.hasPrefix("prose ") { ratings[String(key.dropFirst(6))] = (value, false) }
                else { fields[key] = value }
            }
        }
    }

    static let fieldNames = ["title", "provider", "type", "published", "fieldwork", "chief_inspector", "supervised"]

    static func predicted(_ r: InspectionReport) -> [String: String] {
        var out: [String: String] = ["title": r.title]
        if r.provider.id != "unknown" { out["provider"] = r.provider.id }
        if r.type != .unknown { out["type"] = r.type.rawValue }
        out["published"] = r.published?.description
        out["fieldwork"] = r.fieldwork?.description
        out["chief_inspector"] = r.chiefInspector
        out["supervised"] = r.supervised
        return out
    }

    static func predictedRatings(_ r: InspectionReport) -> [String: String] {
        var out: [String: String] = [:]
        if let o = r.overall { out["overall"] = o.label }
        for s in r.ratings { out[s.standard.key] = s.rating.label }
        return out
    }

    /// The fixtures as a corpus folder: `.pdf.txt` page layouts written as PDFs, everything else copied.
    static func materialise(into dir: URL) throws -> [String: Labels] {
        var labels: [String: Labels] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() {
            let source = URL(fileURLWithPath: folder).appendingPathComponent(name)
            if name.hasSuffix(".expected") {
                labels[String(name.dropLast(9))] = Labels(try String(contentsOf: source, encoding: .utf8))
            } else if name.hasSuffix(".pdf.txt") {
                let pdf = SimplePDF.fromLayout(try String(contentsOf: source, encoding: .utf8))
                try Data(pdf).write(to: dir.appendingPathComponent(String(name.dropLast(4))))
            } else if name != "README.md" {
                try FileManager.default.copyItem(at: source, to: dir.appendingPathComponent(name))
            }
        }
        return labels
    }

    func testRecognitionOnTheLabelledSet() throws {
        let corpus = try TempCorpus(), cache = try TempCorpus()
        let labels = try Self.materialise(into: corpus.url)
        XCTAssertGreaterThanOrEqual(labels.count, 40, "the labelled set must hold at least 40 documents")
        var loader = CorpusLoader(registry: ProjectPaths.registry)
        loader.documents = DocumentReader(cache: DocumentCache(directory: cache.path))
        // Each document is scored on its own: two files about one inspection must not be merged before scoring.
        loader.combinesSameInspection = false
        let result = loader.load(paths: [corpus.path])
        XCTAssertEqual(result.errors, 0, corpus.rendered(result).filter { $0.contains("error:") }.joined(separator: "\n"))

        // field -> (predicted, expected, correct)
        var tally: [String: (p: Int, e: Int, c: Int)] = [:]
        var tableCells = (expected: 0, found: 0)
        var mistakes: [String] = []
        for (id, label) in labels.sorted(by: { $0.key < $1.key }) {
            guard let report = result.reports.first(where: { $0.id == id }) else {
                mistakes.append("\(id): not loaded"); continue
            }
            let got = Self.predicted(report)
            for field in Self.fieldNames {
                let p = got[field], e = label.fields[field]
                var t = tally[field] ?? (0, 0, 0)
                if p != nil { t.p += 1 }
                if e != nil { t.e += 1 }
                if p != nil, p == e { t.c += 1 } else if p != e { mistakes.append("\(id): \(field) is \(p ?? "-"), labelled \(e ?? "-")") }
                tally[field] = t
            }
            let ratings = Self.predictedRatings(report)
            var t = tally["ratings"] ?? (0, 0, 0)
            for key in Set(ratings.keys).union(label.ratings.keys).sorted() {
                let p = ratings[key], e = label.ratings[key]
                if p != nil { t.p += 1 }
                if e != nil { t.e += 1 }
                if p != nil, p == e?.rating { t.c += 1 } else { mistakes.append("\(id): rating \(key) is \(p ?? "-"), labelled \(e?.rating ?? "-")") }
                if let e, e.table {
                    tableCells.expected += 1
                    if p == e.rating { tableCells.found += 1 }
                }
            }
            tally["ratings"] = t
        }
        func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 1 : Double(a) / Double(b) }
        var lines = ["field            predicted expected correct precision recall"]
        for field in Self.fieldNames + ["ratings"] {
            let t = tally[field] ?? (0, 0, 0)
            lines.append(field.padding(toLength: 16, withPad: " ", startingAt: 0)
                         + String(format: " %9d %8d %7d %9.3f %6.3f", t.p, t.e, t.c, ratio(t.c, t.p), ratio(t.c, t.e)))
        }
        lines.append(String(format: "table cells: %d of %d found, recall %.3f", tableCells.found, tableCells.expected,
                            ratio(tableCells.found, tableCells.expected)))
        print("Labelled set, \(labels.count) documents:\n" + lines.joined(separator: "\n"))
        if !mistakes.isEmpty { print("Differences from the labels:\n  " + mistakes.joined(separator: "\n  ")) }

        let r = tally["ratings"] ?? (0, 0, 0)
        XCTAssertEqual(ratio(r.c, r.p), 1.0, "a rating was invented: " + mistakes.filter { $0.contains("rating") && !$0.contains(" is -,") }.joined(separator: "; "))
        XCTAssertGreaterThanOrEqual(ratio(tableCells.found, tableCells.expected), 0.95, "ratings-table cells missed")
    }
}
