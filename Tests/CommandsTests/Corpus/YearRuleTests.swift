// YearRuleTests: on the bundled corpus, every year's group in `count Q by year` is `count Q year:Y`, and its
// write-ups are `list year Y` — one year rule everywhere.
import Commands
import XCTest

final class YearRuleTests: XCTestCase {
    static let corpus = LoadedCorpus.load(paths: [Golden.repositoryRoot.appendingPathComponent("Corpus").path])

    func run(_ command: String) throws -> [[String]] {
        let sink = CollectingSink()
        let session = Session(corpus: Self.corpus, sink: sink)
        try session.execute(command + " --format csv")
        // CSV lines end in CRLF. Group names, years and numbers hold no commas; quoted provider names only make
        // a row longer.
        return sink.output.split(whereSeparator: \.isNewline).dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    func testByYearGroupsEqualYearFiltersAndListYear() throws {
        let years = Set(Self.corpus.reports.compactMap(\.year)).sorted()
        XCTAssertGreaterThan(years.count, 4)
        for query in ["caseload*", "\"risk of harm\""] {
            let grouped = try run("count \(query) by year")
            XCTAssertEqual(grouped.map { $0[0] }, years.map(String.init), "years in time order")
            let charted = try run("chart \(query) by year")
            for year in years {
                let group = try XCTUnwrap(grouped.first { $0[0] == String(year) })
                let filtered = try run("count \(query) year:\(year)")
                XCTAssertEqual(Array(group.dropFirst()), Array(filtered[0].dropFirst()), "\(query) in \(year)")
                let listed = try run("list year \(year)")
                let chartRow = try XCTUnwrap(charted.first { $0[0] == String(year) })
                XCTAssertEqual(Int(chartRow[3]), listed.count, "write-ups of \(year)")
                XCTAssertEqual(listed.count, Self.corpus.reports.filter { $0.year == year }.count)
            }
        }
    }
}
