// StatsSignificanceTests: the significance and spread columns of keywords and freq, checked against sums written out here.
import Commands
import Foundation
import XCTest

final class StatsSignificanceTests: XCTestCase {
    static var corpus: String { Golden.fixtures.appendingPathComponent("mini").path }

    /// The bundled corpus: large enough for keywords on both sides; the checks below hold whatever it holds.
    static var bundled: String { Golden.repositoryRoot.appendingPathComponent("Corpus").path }

    /// Rows of a csv export keyed by its header (words and these labels hold no commas or quotes).
    static func rows(_ command: String, corpus: String = corpus) -> [[String: String]] {
        let lines = Golden.run([command + " --format csv"], corpus: [corpus]).split(separator: "\r\n").map(String.init)
        let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        return lines.dropFirst().map { line in
            Dictionary(uniqueKeysWithValues: zip(header, line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)))
        }
    }

    /// The two-sided exact binomial p-value, summed outcome by outcome from products of probabilities (no lgamma).
    static func binomialP(_ k: Int, _ n: Int, _ p: Double) -> Double {
        var pmf = [Double](repeating: 0, count: n + 1)
        for i in 0...n {
            var x = 1.0
            for j in 0..<i { x *= Double(n - j) / Double(j + 1) * p }
            for _ in 0..<(n - i) { x *= 1 - p }
            pmf[i] = x
        }
        return min(1, pmf.filter { $0 <= pmf[k] * (1 + 1e-7) }.reduce(0, +))
    }

    func testKeywordPValuesAreExactBinomialSums() throws {
        let rows = Self.rows("keywords type:crc vs type:pdu", corpus: Self.bundled)
        XCTAssertGreaterThan(rows.count, 10)
        for r in rows {
            let (x, y) = (Int(r["a_count"]!)!, Int(r["b_count"]!)!)
            let (n, m) = (Double(r["a_words"]!)!, Double(r["b_words"]!)!)
            let p = Self.binomialP(x, x + y, n / (n + m))
            XCTAssertEqual(Double(r["p_value"]!)!, p, accuracy: max(5e-3 * p, 1e-17), r["word"]!)  // three significant figures
            // The interval holds the log ratio of the rates whenever both counts are positive.
            if x > 0, y > 0 {
                let lr = log2((Double(x) / n) / (Double(y) / m))
                XCTAssertLessThan(Double(r["log_ratio_low"]!)!, lr, r["word"]!)
                XCTAssertGreaterThan(Double(r["log_ratio_high"]!)!, lr, r["word"]!)
            }
        }
    }

    /// A keyword's DP on A is the DP freq reports for the word over A alone.
    func testKeywordSpreadIsTheWordListsSpread() throws {
        let a = Dictionary(uniqueKeysWithValues: Self.rows("freq type:crc", corpus: Self.bundled).map { ($0["word"]!, $0["dp"]!) })
        let b = Dictionary(uniqueKeysWithValues: Self.rows("freq type:pdu", corpus: Self.bundled).map { ($0["word"]!, $0["dp"]!) })
        let rows = Self.rows("keywords type:crc vs type:pdu", corpus: Self.bundled)
        XCTAssertGreaterThan(rows.count, 10)
        for r in rows {
            XCTAssertEqual(r["a_dp"], a[r["word"]!] ?? "", r["word"]!)
            XCTAssertEqual(r["b_dp"], b[r["word"]!] ?? "", r["word"]!)
        }
    }

    /// DP and D of "harm" written out from each report's count and words, as `count` gives them one report at a time.
    func testFreqSpreadFromPerReportCounts() throws {
        var hits: [Double] = [], words: [Double] = []
        for report in Self.rows("list") {
            let id = report["id"]!
            let provider = String(id.prefix(upTo: id.lastIndex(of: "-")!)), year = String(id.suffix(4))
            let one = try XCTUnwrap(Self.rows("count harm provider:\(provider) year:\(year)").first)
            hits.append(Double(one["hits"]!)!); words.append(Double(one["words"]!)!)
        }
        XCTAssertEqual(hits.count, 4)
        let f = hits.reduce(0, +), total = words.reduce(0, +), n = Double(hits.count)
        let dp = hits.indices.map { abs(hits[$0] / f - words[$0] / total) }.reduce(0, +) / 2
        let relative = hits.indices.map { hits[$0] / words[$0] }
        let mean = relative.reduce(0, +) / n
        let sd = (relative.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / n).squareRoot()
        let row = try XCTUnwrap(Self.rows("freq").first { $0["word"] == "harm" })
        XCTAssertEqual(Double(row["dp"]!)!, dp, accuracy: 1e-4)
        XCTAssertEqual(Double(row["juilland_d"]!)!, 1 - sd / mean / (n - 1).squareRoot(), accuracy: 1e-4)
    }

    /// compare's test of the query's two rates: the p-value is the binomial sum, and the ratio is the rates' ratio,
    /// inside its interval, from the hits and words compare reports for each side.
    func testCompareQueryTestFromItsOwnCounts() throws {
        for command in ["compare hlny@2019 hlny@2020 \"risk of harm\"", "compare \"Hampshire and Isle of Wight\" essex staff",
                        "compare hlny ddc case*"] {
            var values: [String: (String, String)] = [:]
            for line in Golden.run([command + " --format tsv"], corpus: [Self.bundled]).split(separator: "\n").dropFirst() {
                let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                if f[0].hasPrefix("query") { values[f[1]] = (f[2], f[3]) }
            }
            let hits = try XCTUnwrap(values["hits"]), words = try XCTUnwrap(values["words"])
            let (x, y, n, m) = (Int(hits.0)!, Int(hits.1)!, Double(words.0)!, Double(words.1)!)
            XCTAssertGreaterThan(x + y, 0, command)
            let p = Self.binomialP(x, x + y, n / (n + m))
            XCTAssertEqual(Double(try XCTUnwrap(values["p value"]).0)!, p, accuracy: 1e-6, command)
            if y > 0 {
                let ratio = Double(x) / n / (Double(y) / m)
                XCTAssertEqual(Double(try XCTUnwrap(values["rate ratio A/B"]).0)!, ratio, accuracy: 1e-4, command)
                XCTAssertLessThanOrEqual(Double(values["rate ratio low"]!.0)!, ratio, command)
            }
        }
    }

    /// count's D and DP per group, written out from each write-up's hits and words taken one write-up at a time.
    func testCountSpreadFromPerReportCounts() throws {
        let corpus = Golden.fixtures.appendingPathComponent("stats-corpus").path
        for query in ["\"risk of harm\"", "caseload*", "harm"] {
            var parts: [String: [(hits: Double, words: Double)]] = [:]
            for report in Self.rows("list", corpus: corpus) {
                let id = report["id"]!
                let provider = String(id.prefix(upTo: id.lastIndex(of: "-")!)), year = String(id.suffix(4))
                let one = try XCTUnwrap(Self.rows("count \(query) provider:\(provider) year:\(year)", corpus: corpus).first)
                parts[report["type"]!, default: []].append((Double(one["hits"]!)!, Double(one["words"]!)!))
            }
            let rows = Self.rows("count \(query) by type", corpus: corpus)
            XCTAssertEqual(rows.count, parts.count, query)
            for row in rows {
                let p = try XCTUnwrap(parts[row["group"]!]), f = p.map(\.hits).reduce(0, +), total = p.map(\.words).reduce(0, +)
                XCTAssertEqual(Double(row["words"]!)!, total, query)
                // No hit, or one write-up: nothing spread, so both are blank.
                guard f > 0, p.count > 1 else { XCTAssertEqual([row["dp"], row["juilland_d"]], ["", ""], query); continue }
                let dp = p.map { abs($0.hits / f - $0.words / total) }.reduce(0, +) / 2
                XCTAssertEqual(Double(row["dp"]!)!, dp, accuracy: 1e-4, "\(query) \(row["group"]!)")
                let n = Double(p.count), relative = p.map { $0.hits / $0.words }, mean = relative.reduce(0, +) / n
                let sd = (relative.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / n).squareRoot()
                XCTAssertEqual(Double(row["juilland_d"]!)!, 1 - sd / mean / (n - 1).squareRoot(), accuracy: 1e-4, "\(query) \(row["group"]!)")
            }
        }
    }

    /// count's interval leaves 2.5% in each tail, by Poisson sums written out here, and the small-group mark follows
    /// the write-ups per group that `list` shows.
    func testCountIntervalsAndSmallGroups() throws {
        let corpus = Golden.fixtures.appendingPathComponent("stats-corpus").path
        var perType: [String: Int] = [:]
        for report in Self.rows("list", corpus: corpus) { perType[report["type"]!, default: 0] += 1 }
        func poisson(_ i: Int, _ mean: Double) -> Double { exp(-mean + Double(i) * log(mean) - lgamma(Double(i + 1))) }
        for query in ["\"risk of harm\"", "caseload*", "harm"] {
            let rows = Self.rows("count \(query) by type", corpus: corpus)
            XCTAssertFalse(rows.isEmpty)
            for row in rows {
                let k = Int(row["hits"]!)!, words = Double(row["words"]!)!
                let low = Double(row["per_10k_low"]!)! * words / 10_000, high = Double(row["per_10k_high"]!)! * words / 10_000
                // P(X <= k) at the upper bound, and P(X >= k) at the lower one, are 2.5% (to the rounding of two decimals).
                XCTAssertEqual((0...k).map { poisson($0, high) }.reduce(0, +), 0.025, accuracy: 2e-3, "\(query) \(row["group"]!)")
                if k == 0 { XCTAssertEqual(low, 0) } else {
                    XCTAssertEqual(1 - (0..<k).map { poisson($0, low) }.reduce(0, +), 0.025, accuracy: 2e-3, "\(query) \(row["group"]!)")
                }
                XCTAssertEqual(Int(row["writeups"]!)!, perType[row["group"]!]!)
                XCTAssertEqual(row["small_group"], perType[row["group"]!]! < 5 ? "yes" : "no")
            }
        }
    }
}
