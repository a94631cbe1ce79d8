// ProvenanceTests: every written table says how it was made — JSON object, Markdown caption, CSV/TSV left clean with FILE.meta.json.
import Commands
import Foundation
import XCTest

final class ProvenanceTests: XCTestCase {
    /// A session on the mini corpus with a set, a tag and a scope, ready to export.
    func prepared() throws -> WorkspaceHarness {
        let h = try WorkspaceHarness()
        h.run("find harm sort date", "save rh", "tag 1 2 rosh", "use type:crc")
        return h
    }

    func testJSONCarriesAProvenanceObjectAroundTheData() throws {
        let h = try prepared()
        let path = h.url("counts.json").path
        h.run("let what = harm", "count $what set:rh tag:rosh by year > \(path)")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: h.url("counts.json"))) as! [String: Any]
        let p = object["provenance"] as! [String: Any]
        XCTAssertEqual(p["command"] as? String, "count harm set:rh tag:rosh by year")
        XCTAssertEqual(p["written"] as? String, "count $what set:rh tag:rosh by year")
        XCTAssertEqual(p["query"] as? String, "harm set:rh tag:rosh")
        XCTAssertEqual(p["scope"] as? String, "type:crc")
        XCTAssertEqual((p["sets"] as! [[String: Any]]).map { "\($0["name"]!) \($0["findings"]!) \($0["made_by"]!)" },
                       ["rh 4 find harm sort date"])
        XCTAssertEqual((p["tags"] as! [[String: Any]]).map { "\($0["name"]!) \($0["findings"]!)" }, ["rosh 2"])
        let corpus = p["corpus"] as! [String: Any]
        XCTAssertEqual(corpus["paths"] as? [String], [h.folder.path])
        XCTAssertEqual(corpus["write_ups"] as? Int, 4)
        XCTAssertEqual(corpus["files"] as? Int, 4, "write-up files; providers.yaml is not one")
        XCTAssertEqual((corpus["fingerprint"] as? String)?.count, 16)
        XCTAssertEqual(p["probe"] as? String, ProbeVersion.number)
        XCTAssertEqual(p["time"] as? String, WorkspaceHarness.fixedTime)
        XCTAssertEqual(p["format"] as? String, "json")
        let rows = object["data"] as! [[String: Any]]
        XCTAssertEqual(rows.map { "\($0["group"]!) \($0["hits"]!)" }, ["2019 2"])
    }

    func testCSVStaysCleanAndGetsAMetaFileBesideIt() throws {
        let h = try prepared()
        let path = h.url("rh.csv").path
        h.run("find set:rh > \(path)")
        let csv = h.read("rh.csv") ?? ""
        XCTAssertTrue(csv.hasPrefix("rank,citation,"), "the first line is the header, so pandas and spreadsheets read it: " + csv)
        XCTAssertFalse(csv.contains("provenance") || csv.contains("made by") || csv.hasPrefix("#"), csv)
        let meta = try JSONSerialization.jsonObject(with: Data(contentsOf: h.url("rh.csv.meta.json"))) as! [String: Any]
        XCTAssertEqual(meta["file"] as? String, "rh.csv")
        var records = meta["provenance"] as! [[String: Any]]
        XCTAssertEqual(records.map { $0["command"] as? String }, ["find set:rh"])
        // >> adds a record; > starts the list again.
        h.run("find set:rh tag:rosh >> \(path)")
        records = try metaRecords(h)
        XCTAssertEqual(records.map { $0["command"] as? String }, ["find set:rh", "find set:rh tag:rosh"])
        h.run("find set:rh > \(path)")
        records = try metaRecords(h)
        XCTAssertEqual(records.count, 1)
    }

    func metaRecords(_ h: WorkspaceHarness) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: h.url("rh.csv.meta.json"))) as? [String: Any]
        return object?["provenance"] as? [[String: Any]] ?? []
    }

    func testMarkdownGetsACaptionAndTextClosingLines() throws {
        let h = try prepared()
        h.run("count harm by year > \(h.url("t.md").path)", "count harm by year > \(h.url("t.txt").path)")
        let md = h.read("t.md") ?? ""
        let caption = md.split(separator: "\n").last.map(String.init) ?? ""
        XCTAssertTrue(caption.hasPrefix("Table: made by `count harm by year` · scope type:crc · corpus \(h.folder.path): 4 files, 4 write-ups, fingerprint "),
                      caption)
        XCTAssertTrue(caption.hasSuffix(" · probe \(ProbeVersion.number) · \(WorkspaceHarness.fixedTime)"), caption)
        XCTAssertTrue((h.read("t.txt") ?? "").contains("made by `count harm by year` · scope type:crc"), h.read("t.txt") ?? "")
    }

    func testTheScreenShowsProvenanceOnlyWhenAsked() throws {
        let h = try prepared()
        XCTAssertFalse(h.run("count harm").contains("made by"))
        h.run("set provenance always")
        XCTAssertTrue(h.run("count harm").contains("made by `count harm` · scope type:crc"), h.sink.output)
    }
}
