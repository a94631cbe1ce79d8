// ChartWidthPropertyTests: for random labels and values, no chart line is ever wider than the width, in either charset.
import TestSupport
import XCTest
@testable import Rendering
#if canImport(Glibc)
import Glibc
#endif


final class ChartWidthPropertyTests: XCTestCase {
    static let pieces = ["Hampshire", "and", "Isle of Wight", "CRC", "Ünïcödé", "東京", "probation", "🙂", "e\u{301}",
                         "\u{1B}[31m", "tab\there", "Purple Futures (consortium led by Interserve)", "x", "", "—", "Requires improvement"]

    func label(_ g: inout SplitMix64, ascii: Bool = false) -> String {
        let n = Int.random(in: 0...6, using: &g)
        let parts = (0..<n).map { _ in ascii ? ["Alpha", "beta", "CRC", "very-long-provider-name", "x"].randomElement(using: &g)!
                                             : Self.pieces.randomElement(using: &g)! }
        return parts.joined(separator: " ")
    }

    func value(_ g: inout SplitMix64) -> Double {
        [0, 1, 2.5, 3, 17, 0.004, 99_999, Double.random(in: 0...50, using: &g)].randomElement(using: &g)!
    }

    func contexts(_ g: inout SplitMix64) -> [RenderContext] {
        let widths = [20, 21, 33, 40, 57, 80, 120, Int.random(in: 20...160, using: &g)]
        return widths.flatMap { w in Charset.allCases.map { RenderContext(width: w, charset: $0) } }
    }

    override class func setUp() {
        super.setUp()
        setlocale(LC_CTYPE, "C.UTF-8")   // wcwidth answers for UTF-8 only in a UTF-8 locale
    }

    /// The C library's wcwidth(3), looked up at run time: Glibc's Swift module leaves out the X/Open part of
    /// wchar.h that declares it.
    static let wcwidth: @convention(c) (Int32) -> Int32 = {
        guard let symbol = dlsym(nil, "wcwidth") else { fatalError("no wcwidth in the C library") }
        return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
    }()

    /// Columns by wcwidth (glibc's own Unicode tables, not probe's DisplayWidth): what a terminal using them
    /// draws. nil for a control character, which has no width and no place in a chart.
    static func columns(_ text: some StringProtocol) -> Int? {
        var total = 0
        for scalar in text.unicodeScalars {
            let w = wcwidth(Int32(bitPattern: scalar.value))
            if w < 0 { return nil }
            total += Int(w)
        }
        return total
    }

    func testIndependentWidthAgreesWithKnownCharacters() {
        XCTAssertEqual(Self.columns("Hampshire"), 9)
        XCTAssertEqual(Self.columns("東京"), 4)
        XCTAssertEqual(Self.columns("e\u{301}"), 1)
        XCTAssertEqual(Self.columns("🙂"), 2)
        XCTAssertNil(Self.columns("tab\there"))
    }

    /// Every line fits; with ASCII labels in an ASCII context, every character is ASCII (corpus labels may not be).
    func assertFits(_ text: String, _ context: RenderContext, _ what: String, asciiLabels: Bool = true,
                    file: StaticString = #filePath, line: UInt = #line) {
        for l in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard let width = Self.columns(l) else {
                XCTFail("control character in \(what): \(l.debugDescription)", file: file, line: line); continue
            }
            XCTAssertLessThanOrEqual(width, context.width, "\(what) at \(context.width) \(context.charset): '\(l)'",
                                     file: file, line: line)
            XCTAssertFalse(l.contains("\u{1B}"), "no escape sequence with colour off", file: file, line: line)
            if asciiLabels && context.charset == .ascii && !l.unicodeScalars.allSatisfy(\.isASCII) {
                XCTFail("non-ASCII in ASCII chart: '\(l)'", file: file, line: line)
            }
        }
    }

    static let empty = DataTable(columns: [Column("x")], rows: [])

    func testBarChartsFit() {
        var g = SplitMix64(state: 1)
        for round in 0..<60 {
            let ascii = round % 2 == 0
            let stacked = round % 3 == 0
            let series: [BarChart.Series] = stacked
                ? [.init("one", glyph: "█", ascii: "O"), .init("two", glyph: "▓", ascii: "G"), .init("three", glyph: "·", ascii: "?")]
                : [.init("rate")]
            let rows = (0..<Int.random(in: 0...8, using: &g)).map { _ in
                BarChart.Row(label: label(&g, ascii: ascii), values: [String(Int.random(in: 0...100_000, using: &g)), "3/17"],
                             segments: series.map { _ in value(&g) }, end: String(Int.random(in: 0...999, using: &g)))
            }
            let chart = BarChart(labelHeader: "provider", valueHeaders: ["hits", "docs"], series: series, rows: rows,
                                 scaleLabel: "per 10,000 words of findings", header: [ascii ? "a heading" : label(&g)],
                                 footer: ["a long footer that must wrap " + String(repeating: "word ", count: 30)], data: Self.empty)
            for c in contexts(&g) { assertFits(chart.render(in: c), c, "bar chart \(round)", asciiLabels: ascii) }
        }
    }

    func testHeatmapsFit() {
        var g = SplitMix64(state: 2)
        let letters = ["O", "G", "R", "I", "?"]
        for round in 0..<40 {
            let ascii = round % 2 == 0
            let n = Int.random(in: 1...12, using: &g)
            let headers = (0..<n).map { _ in ["1.1", "Assess", "Review", "overall", "x"].randomElement(using: &g)! }
            let rows = (0..<Int.random(in: 0...6, using: &g)).map { _ in
                Heatmap.Row(label: label(&g, ascii: ascii), cells: (0..<n).map { _ in Heatmap.Cell(letters.randomElement(using: &g)!) },
                            extras: ["\(Int.random(in: 0...10, using: &g))/10", String(Int.random(in: 0...30, using: &g))])
            }
            let totals = [Heatmap.Row(label: "total O", cells: (0..<n).map { _ in Heatmap.Cell(String(Int.random(in: 0...120, using: &g))) },
                                      extras: ["12", ""])]
            let block = Heatmap.Block(title: ascii ? "CRC inspections" : label(&g), columns: headers, columnNames: headers.map { $0 + " long name" },
                                      ruleBefore: n - 1, rows: rows, totals: totals)
            let map = Heatmap(blocks: [block, block], extraHeaders: ["known", "pts"], legend: ["O outstanding", "G good", "? not known"],
                              data: Self.empty)
            for c in contexts(&g) { assertFits(map.render(in: c), c, "heatmap \(round)", asciiLabels: ascii) }
        }
    }

    func testSideBySideSparklinesAndDispersionFit() {
        var g = SplitMix64(state: 3)
        for round in 0..<40 {
            let ascii = round % 2 == 0
            let items: [SideBySide.Item] = (0..<Int.random(in: 0...8, using: &g)).map { i in
                switch i % 4 {
                case 0: .heading(label(&g, ascii: ascii))
                case 1: .paragraph(label(&g, ascii: ascii) + " " + label(&g, ascii: ascii))
                case 2: .blank
                default: .row(.init(label(&g, ascii: ascii), label(&g, ascii: ascii), change: ascii ? ["^ better", "^"] : ["▲ better", "▲"],
                                    label(&g, ascii: ascii)))
                }
            }
            let side = SideBySide(titleA: label(&g, ascii: ascii), titleB: label(&g, ascii: ascii), items: items, header: ["note"],
                                  footer: ["footer"], data: Self.empty)
            let years = (0..<Int.random(in: 1...12, using: &g)).map { String(2014 + $0) }
            let spark = SparklineChart(labelHeader: "provider", points: years, rows: (0..<4).map { _ in
                SparklineChart.Row(label: label(&g, ascii: ascii), values: years.map { _ in Bool.random(using: &g) ? value(&g) : nil },
                                   end: ascii ? "2 hits, peak 4.1 in 2019" : "4.1 (2019) → 2.0 (2020)")
            }, data: Self.empty)
            let plot = DispersionPlot(rows: (0..<4).map { _ in
                let length = Int.random(in: 0...5000, using: &g)
                return DispersionPlot.Row(label: label(&g, ascii: ascii), length: length,
                                          hits: (0..<Int.random(in: 0...30, using: &g)).map { _ in Int.random(in: 0...max(0, length), using: &g) })
            }, data: Self.empty)
            for c in contexts(&g) {
                assertFits(side.render(in: c), c, "side by side \(round)", asciiLabels: ascii)
                assertFits(spark.render(in: c), c, "sparklines \(round)", asciiLabels: ascii)
                assertFits(plot.render(in: c), c, "dispersion \(round)", asciiLabels: ascii)
            }
        }
    }
}
