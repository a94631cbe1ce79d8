// DrillDownTests: `lines N` lists as many lines as row N counted, for every row of several tables; `open N` follows find's numbers.
import Commands
import Foundation
import XCTest

final class DrillDownTests: XCTestCase {
    /// The bundled corpus, loaded once: read only here (no tags are written).
    static let corpus = LoadedCorpus.load(paths: [Golden.repositoryRoot.appendingPathComponent("Corpus").path])

    func session() -> (Session, CollectingSink) {
        let sink = CollectingSink()
        let s = Session(corpus: Self.corpus, terminal: TerminalInfo(width: 80), sink: sink)
        s.settings.pager = .off
        return (s, sink)
    }

    /// Runs `line` and returns its output as CSV records (header dropped); the text has no embedded newlines.
    func csvRows(_ s: Session, _ sink: CollectingSink, _ line: String) throws -> [[String]] {
        let start = sink.output.endIndex
        try s.execute(line + " --format csv")
        let text = String(sink.output[start...])
        // CSV lines end in CRLF, which Swift reads as one Character: split on scalars.
        return text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n").dropFirst().map { Self.fields(String($0)) }
    }

    /// Splits one CSV record, honouring double quotes.
    static func fields(_ line: String) -> [String] {
        var out: [String] = [], field = "", quoted = false
        var it = Array(line.replacingOccurrences(of: "\r", with: "")).makeIterator()
        while let c = it.next() {
            if c == "\"" { quoted.toggle(); continue }
            if c == "," && !quoted { out.append(field); field = ""; continue }
            field.append(c)
        }
        return out + [field]
    }

    /// Every row of the table: `lines N` gives exactly the row's hits, in exactly the row's write-ups.
    func assertEveryRowDrillsDown(_ table: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let (s, sink) = session()
        // CSV lists groups without a hit too, last; the screen, and so `lines N`, numbers the others.
        let rows = try csvRows(s, sink, table).filter { $0.first != "all" && $0[1] != "0" }
        XCTAssertGreaterThan(rows.count, 1, "\(table) should have several rows", file: file, line: line)
        for (i, row) in rows.enumerated() {
            let hits = Int(row[1])!, documents = Int(row[2])!
            let lines = try csvRows(s, sink, "lines \(i + 1) limit 1000000")
            XCTAssertEqual(lines.count, hits, "\(table): row \(i + 1) (\(row[0]))", file: file, line: line)
            XCTAssertEqual(Set(lines.map { $0[2] }).count, documents, "\(table): write-ups of row \(i + 1) (\(row[0]))",
                           file: file, line: line)
            XCTAssertEqual(lines.map { $0[0] }, (1...max(1, hits)).prefix(hits).map(String.init), "numbered from 1", file: file, line: line)
        }
    }

    func testLinesMatchCountsByYear() throws { try assertEveryRowDrillsDown("count \"risk of harm\" by year") }

    func testLinesMatchCountsByTypeOfAnExpansion() throws { try assertEveryRowDrillsDown("count caseload* by type") }

    func testLinesMatchCountsByRegionOfAnOrQuery() throws { try assertEveryRowDrillsDown("count victim OR victims by region") }

    func testLinesMatchAChartByOwner() throws { try assertEveryRowDrillsDown("chart \"risk of harm\" by owner") }

    /// Track's rows are its series (all, then each type): a series' hits are the sum of its years'.
    func testLinesMatchATracksSeries() throws {
        let (s, sink) = session()
        var order: [String] = [], hits: [String: Int] = [:]
        for row in try csvRows(s, sink, "track \"risk of harm\"") {
            if hits[row[0]] == nil { order.append(row[0]) }
            hits[row[0], default: 0] += Int(row[2])!
        }
        XCTAssertGreaterThan(order.count, 2)
        for (i, series) in order.enumerated() {
            XCTAssertEqual(try csvRows(s, sink, "lines \(i + 1) limit 1000000").count, hits[series], "series \(series)")
        }
    }

    func testLinesMatchCountsWithinAScope() throws {
        let (s, sink) = session()
        try s.execute("use year:2019..")
        let rows = try csvRows(s, sink, "count oversight by section")
        XCTAssertGreaterThan(rows.count, 2)
        for (i, row) in rows.enumerated() where row[0] != "all" && row[1] != "0" {
            XCTAssertEqual(try csvRows(s, sink, "lines \(i + 1) limit 1000000").count, Int(row[1])!, "row \(row[0])")
        }
    }

    func testLinesNamesARowAndRefusesAMissingOne() throws {
        let (s, sink) = session()
        try s.execute("count \"risk of harm\" by year")
        let start = sink.output.endIndex
        try s.execute("lines 2019")
        XCTAssertTrue(sink.output[start...].contains("row 2 of `count \"risk of harm\" by year`: 2019, 12 hits in 10 write-ups"),
                      String(sink.output[start...]))
        XCTAssertThrowsError(try s.execute("lines 99")) { error in
            XCTAssertEqual((error as? CommandError)?.message, "the last table has no row '99'")
        }
    }

    func testOpenFollowsTheNumbersOfTheLastFind() throws {
        let (s, sink) = session()
        let found = try csvRows(s, sink, "find \"risk of harm\" sort date")
        let start = sink.output.endIndex
        try s.execute("open 3")
        XCTAssertTrue(sink.output[start...].contains("cite \(found[2][1]) gives a reference"), String(sink.output[start...]))
    }
}

final class SampleCommandTests: XCTestCase {
    /// A seed draws the same findings on any machine: fixed here, so a change of generator or order shows.
    func testASeedDrawsFixedFindings() throws {
        let h = try WorkspaceHarness()
        let out = h.run("find the sample 3 seed 11 --format csv", "find the sample 3 seed 11 --format csv")
        let rows = out.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n").filter { !$0.hasPrefix("rank,") }.map { DrillDownTests.fields(String($0))[1] }
        XCTAssertEqual(rows.count, 6)
        XCTAssertEqual(Array(rows.prefix(3)), Array(rows.suffix(3)))
        XCTAssertEqual(Array(rows.prefix(3)), SampleCommandTests.expected)
        let text = h.run("find the sample 3 seed 11")
        XCTAssertTrue(text.contains("a sample of 3 of "), text)
        XCTAssertNotEqual(h.run("find the sample 3 seed 12 --format csv"), h.run("find the sample 3 seed 11 --format csv"))
    }

    static let expected = ["fenland-crc-2019#case-supervision-3", "fenland-crc-2019#unpaid-work-and-through-the-gate-2",
                           "fenland-crc-2020#case-supervision-1"]
}
