// UncertaintyGoldenTests: rates and shares with their 95% intervals and small-group marks in count, chart, track and
// compare, at widths 40, 80 and 120 in unicode and ascii; and what each view shows checked against the interval
// computed from a brute-force count. Goldens live in Golden/uncertainty/; PROBE_UPDATE_GOLDEN=1 rewrites them.
import Analysis
import Commands
import Foundation
import XCTest

final class UncertaintyGoldenTests: XCTestCase {
    /// Nine write-ups: five CRC (not a small group), three PDU and one NPS (small ones).
    static var corpus: String { Golden.fixtures.appendingPathComponent("stats-corpus").path }

    /// (golden name, command): each runs at every width and charset.
    static let cases: [(String, String)] = [
        ("count-by-type", "count \"risk of harm\" by type"),
        ("count-by-provider", "count harm by provider"),
        ("chart-by-type", "chart \"risk of harm\" by type"),
        ("chart-by-provider", "chart harm by provider"),
        ("chart-by-year", "chart caseload* by year"),
        ("chart-overall", "chart overall"),
        ("chart-overall-by-type", "chart overall by type"),
        ("track-by-year", "track \"risk of harm\""),
        ("track-by-type", "track harm by type"),
        ("compare-query", "compare bayside@2018 bayside@2020 harm"),
    ]

    /// `set smallgroups show|hide` before a view: (golden name, commands).
    static let settingCases: [(String, [String])] = [
        ("count-show", ["set smallgroups show", "count \"risk of harm\" by type"]),
        ("count-hide", ["set smallgroups hide", "count \"risk of harm\" by type"]),
        ("chart-hide", ["set smallgroups hide", "chart harm by type"]),
        ("track-hide", ["set smallgroups hide", "track harm by type"]),
    ]

    func testSmallGroupSettingAtEveryWidthAndCharset() {
        for (name, commands) in Self.settingCases {
            for width in [40, 80, 120] {
                for charset in ["unicode", "ascii"] {
                    let out = Golden.run(commands, corpus: [Self.corpus], width: width, charset: charset)
                    Golden.check("$ " + commands.joined(separator: "\n$ ") + "\n" + out, "uncertainty/\(name).\(width).\(charset).txt")
                    XCTAssertFalse(out.contains("--- errors"), "\(commands): \(out)")
                    for line in out.split(separator: "\n") {
                        XCTAssertLessThanOrEqual(line.count, width, "\(commands) at \(width) \(charset): \(line)")
                    }
                }
            }
        }
    }

    /// `hide` leaves out of the data exactly the groups of fewer than 5 write-ups (by list's count), names each in
    /// the footer, and says so in the provenance of what it writes; `show` keeps every row and drops the mark only.
    func testHideLeavesOutExactlyTheSmallGroupsAndSaysSo() throws {
        let perType = Self.writeUpsPerType()
        let small = perType.filter { $0.value < 5 }.keys.sorted()
        for command in ["count harm by type", "chart harm by type"] {
            let all = Self.rows(command), kept = Golden.run(["set smallgroups hide", command + " --format csv"], corpus: [Self.corpus])
            let keptGroups = kept.split(separator: "\r\n").dropFirst().map { String($0.prefix { $0 != "," }) }
            XCTAssertEqual(Set(keptGroups), Set(all.map { $0["group"] ?? $0["type"]! }).subtracting(small), command)
            let text = Golden.run(["set smallgroups hide", command], corpus: [Self.corpus], width: 200)
            XCTAssertTrue(text.contains("\(small.count) groups of fewer than 5 write-ups hidden: "), text)
            for group in small { XCTAssertTrue(text.contains(group), "\(group) named: \(text)") }
            let json = Golden.run(["set smallgroups hide", "set provenance always", command + " --format json"], corpus: [Self.corpus])
            XCTAssertTrue(json.contains("\"hidden\": \"groups of fewer than 5 write-ups (set smallgroups hide)\""), json)
            let shown = Golden.run(["set smallgroups show", command], corpus: [Self.corpus], width: 200)
            XCTAssertFalse(shown.contains(" *") || shown.contains("fewer than 5"), shown)
            XCTAssertEqual(Self.rows(command).count, Golden.run(["set smallgroups show", command + " --format csv"],
                                                                 corpus: [Self.corpus]).split(separator: "\r\n").count - 1)
        }
        let json = Golden.run(["set provenance always", "count harm by type --format json"], corpus: [Self.corpus])
        XCTAssertFalse(json.contains("\"hidden\""), "only a hiding setting is recorded")
    }

    func testDataFormats() {
        for (name, command) in [("chart-by-type", "chart \"risk of harm\" by type"), ("chart-overall-by-type", "chart overall by type"),
                                ("track-by-year", "track \"risk of harm\""), ("compare-query", "compare bayside@2018 bayside@2020 harm")] {
            for format in ["csv", "json"] {
                Golden.check(Golden.run([command + " --format " + format], corpus: [Self.corpus]), "uncertainty/\(name).data.\(format)")
            }
        }
    }

    func testEveryViewAtEveryWidthAndCharset() {
        Golden.checkEveryWidthAndCharset(Self.cases, corpus: Self.corpus, folder: "uncertainty")
    }

    /// Rows of a csv export keyed by its header (the fixture's labels hold no commas or quotes).
    static func rows(_ command: String) -> [[String: String]] {
        let lines = Golden.run([command + " --format csv"], corpus: [corpus]).split(separator: "\r\n").map(String.init)
        let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        return lines.dropFirst().map { line in
            Dictionary(uniqueKeysWithValues: zip(header, line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)))
        }
    }

    /// Write-ups per provider type, from `list`.
    static func writeUpsPerType() -> [String: Int] {
        var perType: [String: Int] = [:]
        for report in rows("list") { perType[report["type"]!, default: 0] += 1 }
        return perType
    }

    /// At every width, in either charset, each small group's row carries the mark and the legend is there; no
    /// other row carries it.
    func testSmallGroupsAreMarkedAtEveryWidth() {
        let perType = Self.writeUpsPerType()
        XCTAssertEqual(perType.values.filter { $0 < 5 }.count, 2, "the fixture has two small types")
        for width in [40, 60, 80, 120] {
            for charset in ["unicode", "ascii"] {
                let out = Golden.run(["count \"risk of harm\" by type"], corpus: [Self.corpus], width: width, charset: charset)
                let lines = out.split(separator: "\n").map(String.init)
                for (type, n) in perType {
                    let row = lines.first { $0.hasPrefix(type.uppercased() + " ") }
                    XCTAssertNotNil(row, "\(type) at \(width)")
                    XCTAssertEqual(row?.contains(" *") ?? false, n < 5, "\(type) at \(width) \(charset): \(row ?? "")")
                }
                XCTAssertTrue(out.contains("* fewer than 5 write-ups in the group"), "legend at \(width) \(charset)")
            }
        }
    }

    /// Hits and words per group (by default the provider type), summed from one `count` per write-up (each filtered
    /// to that write-up alone).
    static func bruteForce(_ query: String, key: ([String: String]) -> String = { $0["type"]! })
        -> [String: (hits: Int, words: Int, writeups: Int)] {
        var sums: [String: (hits: Int, words: Int, writeups: Int)] = [:]
        for report in rows("list") {
            let one = single(query, report)
            let s = sums[key(report)] ?? (0, 0, 0)
            sums[key(report)] = (s.hits + Int(one["hits"]!)!, s.words + Int(one["words"]!)!, s.writeups + 1)
        }
        return sums
    }

    /// `count QUERY` over one write-up alone.
    static func single(_ query: String, _ report: [String: String]) -> [String: String] {
        let id = report["id"]!
        let provider = String(id.prefix(upTo: id.lastIndex(of: "-")!)), year = String(id.suffix(4))
        return rows("count \(query) provider:\(provider) year:\(year)")[0]
    }

    /// track's points: each year's interval is PoissonInterval over that year's hits and words, summed write-up by
    /// write-up (the fixture's ids carry their years), and small_group follows the year's write-ups.
    func testTrackIntervalsEqualPoissonOverBruteForceCounts() throws {
        for query in ["\"risk of harm\"", "caseload*"] {
            let sums = Self.bruteForce(query) { String($0["id"]!.suffix(4)) }
            let rows = Self.rows("track \(query)").filter { $0["series"] == "all" }
            XCTAssertEqual(rows.count, sums.count, query)
            for row in rows {
                let s = try XCTUnwrap(sums[row["year"]!], "\(query) \(row["year"]!)")
                XCTAssertEqual([Int(row["hits"]!)!, Int(row["words"]!)!, Int(row["writeups"]!)!], [s.hits, s.words, s.writeups], query)
                let rate = try XCTUnwrap(PoissonInterval.rate(count: s.hits, words: s.words))
                XCTAssertEqual(Double(row["per_10k_low"]!)!, rate.low, accuracy: 0.005, "\(query) \(row["year"]!)")
                XCTAssertEqual(Double(row["per_10k_high"]!)!, rate.high, accuracy: 0.005, "\(query) \(row["year"]!)")
                XCTAssertEqual(row["small_group"], s.writeups < 5 ? "yes" : "no")
            }
        }
    }

    /// compare's interval for each side is PoissonInterval over that write-up's own count.
    func testCompareSidesEqualPoissonOverEachWriteUp() throws {
        let list = Self.rows("list")
        let a = try XCTUnwrap(list.first { $0["id"] == "bayside-crc-2018" }), b = try XCTUnwrap(list.first { $0["id"] == "bayside-crc-2020" })
        let (ca, cb) = (Self.single("harm", a), Self.single("harm", b))
        let out = Golden.run(["compare bayside@2018 bayside@2020 harm --format csv"], corpus: [Self.corpus])
        let lines = out.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        for (name, pick) in [("per 10k low", { (r: RateEstimate) in r.low }), ("per 10k high", { (r: RateEstimate) in r.high })] {
            let line = try XCTUnwrap(lines.first { $0.count > 3 && $0[0] == "query" && $0[1] == name }, name)
            for (side, c) in [(2, ca), (3, cb)] {
                let rate = try XCTUnwrap(PoissonInterval.rate(count: Int(c["hits"]!)!, words: Int(c["words"]!)!))
                XCTAssertEqual(Double(line[side])!, pick(rate), accuracy: 0.005, "\(name) side \(side)")
            }
        }
    }

    /// chart's interval per bar is PoissonInterval over the group's hits and words counted write-up by write-up, and
    /// its small-group column follows the group's write-ups.
    func testChartIntervalsEqualPoissonOverBruteForceCounts() throws {
        for query in ["\"risk of harm\"", "caseload*", "harm"] {
            let sums = Self.bruteForce(query)
            let rows = Self.rows("chart \(query) by type")
            XCTAssertEqual(rows.count, sums.count, query)
            for row in rows {
                let s = try XCTUnwrap(sums[row["type"]!])
                XCTAssertEqual([Int(row["hits"]!)!, Int(row["words"]!)!, Int(row["writeups"]!)!], [s.hits, s.words, s.writeups], query)
                let rate = try XCTUnwrap(PoissonInterval.rate(count: s.hits, words: s.words))
                XCTAssertEqual(Double(row["per_10k_low"]!)!, rate.low, accuracy: 0.005, "\(query) \(row["type"]!)")
                XCTAssertEqual(Double(row["per_10k_high"]!)!, rate.high, accuracy: 0.005, "\(query) \(row["type"]!)")
                XCTAssertEqual(row["small_group"], s.writeups < 5 ? "yes" : "no")
            }
        }
    }

    /// chart overall's shares and intervals are WilsonInterval over the ratings `list` shows, counted group by group.
    func testOverallSharesEqualWilsonOverListedRatings() throws {
        var counts: [String: [String: Int]] = [:], totals: [String: Int] = [:]
        for report in Self.rows("list") {
            let rating = report["overall"]!.isEmpty ? "unknown" : report["overall"]!.lowercased().replacingOccurrences(of: " ", with: "_")
            counts[report["type"]!, default: [:]][rating, default: 0] += 1
            totals[report["type"]!, default: 0] += 1
        }
        let rows = Self.rows("chart overall by type")
        XCTAssertEqual(rows.count, totals.count)
        for row in rows {
            let type = row["type"]!, n = try XCTUnwrap(totals[type])
            for rating in ["outstanding", "good", "requires_improvement", "inadequate", "unknown"] {
                let k = counts[type]?[rating] ?? 0
                XCTAssertEqual(Int(row[rating]!)!, k, "\(type) \(rating)")
                let share = try XCTUnwrap(WilsonInterval.share(k, of: n))
                XCTAssertEqual(Double(row[rating + "_share"]!)!, share.share, accuracy: 5e-5, "\(type) \(rating)")
                XCTAssertEqual(Double(row[rating + "_low"]!)!, share.low, accuracy: 5e-5, "\(type) \(rating)")
                XCTAssertEqual(Double(row[rating + "_high"]!)!, share.high, accuracy: 5e-5, "\(type) \(rating)")
            }
        }
    }

    /// The bar's scale reaches the highest interval end: the axis's last number is at or above every high bound.
    func testScaleHoldsEveryWhisker() throws {
        let out = Golden.run(["chart harm by provider"], corpus: [Self.corpus], width: 80)
        let axis = try XCTUnwrap(out.split(separator: "\n").first { $0.hasPrefix(" ") && $0.trimmingCharacters(in: .whitespaces).hasPrefix("0 ") })
        let top = try XCTUnwrap(Double(axis.split(separator: " ").last!))
        let highest = Self.rows("chart harm by provider").map { Double($0["per_10k_high"]!)! }.max()!
        XCTAssertGreaterThanOrEqual(top, highest)
        XCTAssertEqual(out.split(separator: "\n").filter { $0.range(of: "┤ [0-9]", options: .regularExpression) != nil }.count, Self.rows("chart harm by provider").count)
    }
}
