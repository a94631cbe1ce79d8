// ChartPartsTests: the pieces charts are built from — scale ends, stacked apportioning, labels, data formats.
import XCTest
@testable import Rendering

final class ChartPartsTests: XCTestCase {
    func testNiceMaximum() {
        XCTAssertEqual(ChartText.niceMaximum(0), 1)
        XCTAssertEqual(ChartText.niceMaximum(7), 10)
        XCTAssertEqual(ChartText.niceMaximum(12), 20)
        XCTAssertEqual(ChartText.niceMaximum(21), 25)
        XCTAssertEqual(ChartText.niceMaximum(0.3), 0.5)
        XCTAssertEqual(ChartText.niceMaximum(50), 50)
    }

    func testApportionKeepsTotalsAndNonZeroParts() {
        XCTAssertEqual(BarChart.apportion([1, 10, 1], top: 12, width: 12), [1, 10, 1])
        XCTAssertEqual(BarChart.apportion([1, 100], top: 101, width: 10).reduce(0, +), 10)
        XCTAssertEqual(BarChart.apportion([1, 100], top: 101, width: 10)[0], 1, "a non-zero part never vanishes")
        XCTAssertEqual(BarChart.apportion([0, 0], top: 5, width: 10), [0, 0])
        XCTAssertEqual(BarChart.apportion([3, 0, 2], top: 10, width: 20), [6, 0, 4])
    }

    func testBarChartPrintsValuesAtBarEndsAndLabelsTheScale() {
        let chart = BarChart(labelHeader: "owner", series: [.init("n")], rows: [
            .init(label: "A very long owner name that will not fit at all", segments: [4], end: "4"),
            .init(label: "Short", segments: [2], end: "2"),
        ], scaleLabel: "inspections", data: DataTable(columns: [Column("owner")], rows: [[.text("x")]]))
        let text = chart.render(in: RenderContext(width: 40, charset: .ascii))
        let lines = text.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines[1].hasPrefix("A very long"), "labels are left-aligned")
        XCTAssertTrue(lines[1].contains("..."), "long labels end with an ellipsis")
        XCTAssertTrue(lines[1].hasSuffix("# 4"), "the value sits at the bar's end")
        XCTAssertTrue(lines[0].hasSuffix("inspections"), "the bar column is headed by what it measures")
        XCTAssertTrue(lines.last!.hasSuffix("5") && lines.last!.contains("0"), "the scale's ends are printed")
        XCTAssertEqual(chart.render(in: RenderContext(format: .csv)), "owner\r\nx\r\n", "data formats give the data, not the drawing")
    }

    func testColourOnlyWhenAllowed() {
        let map = Heatmap(blocks: [.init(title: "t", columns: ["a"], columnNames: ["a"], rows: [
            .init(label: "r", cells: [.init("G", style: .green)])], totals: [])], legend: ["G good"],
                          data: DataTable(columns: [], rows: []))
        XCTAssertFalse(map.render(in: RenderContext(color: false)).contains("\u{1B}"))
        XCTAssertTrue(map.render(in: RenderContext(color: true)).contains("\u{1B}[32mG"))
    }

    func testDispersionStripMarksHitPositions() {
        let row = DispersionPlot.Row(label: "x", length: 100, hits: [0, 50, 51, 99])
        XCTAssertEqual(DispersionPlot.strip(row, width: 10, ascii: true), "|    #   |")
        XCTAssertEqual(DispersionPlot.strip(row, width: 10, ascii: false), "|····┃···|")
    }
}
