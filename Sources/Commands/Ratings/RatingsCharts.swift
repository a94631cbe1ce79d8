// RatingsCharts: the ratings heatmap and the overall-rating distribution, built from Analysis values.
import Analysis
import Inspections
import Rendering

enum RatingsCharts {
    /// One heatmap block per framework: standards, then overall after a rule; known/points per row; counts per column.
    static func heatmap(_ reports: [InspectionReport], filter: ReportFilter, order: MatrixOrder, ascii: Bool) -> Heatmap {
        let dot = ascii ? "." : "·", dash = ascii ? "-" : "–"
        let matrix = RatingsMatrix(reports, order: order)
        var data: [[Cell]] = []
        let blocks = matrix.blocks.map { block -> Heatmap.Block in
            let f = block.framework
            let rows = block.rows.map { row -> Heatmap.Row in
                let cells = (row.cells + [row.overall]).map { Heatmap.Cell(RatingForm.letter.text($0), style: RatingStyle.style($0)) }
                let s = row.score
                data.append([.text(row.report.id), .text(row.report.provider.shortName), .text(f.id), .text("overall"), .null,
                             row.overall.map { .text($0.label) } ?? .null])
                for (i, st) in f.standards.enumerated() {
                    data.append([.text(row.report.id), .text(row.report.provider.shortName), .text(f.id), .text(st.key),
                                 st.number.map { .text($0) } ?? .null, row.cells[i].map { .text($0.label) } ?? .null])
                }
                let withoutType = shortName(row.report, in: block) != row.report.provider.shortName
                return Heatmap.Row(label: shortName(row.report, in: block),
                                   labelForms: row.report.provider.nameForms(withoutType: withoutType),
                                   suffix: row.report.reportDate?.yearLabel ?? "", cells: cells,
                                   extras: ["\(s.known)/\(s.of)", s.known == 0 ? dash : String(s.points)])
            }
            let columnCounts = block.columnTotals + [block.overallTotals]
            let totals = ([Rating?](Rating.bestFirst.map { $0 }) + [nil]).map { r -> Heatmap.Row in
                let cells = columnCounts.map { c -> Heatmap.Cell in
                    let n = r.map { c[$0] } ?? c.unknown
                    return Heatmap.Cell(n == 0 ? dot : String(n), style: n == 0 ? .dim : nil)
                }
                let rowsWith = block.rows.reduce(0) { sum, row in sum + row.cells.filter { $0 == r }.count }
                return Heatmap.Row(label: "total " + RatingForm.letter.text(r), cells: cells, extras: [String(rowsWith), ""])
            }
            return Heatmap.Block(title: f.name + " (\(block.rows.count) inspection\(block.rows.count == 1 ? "" : "s"))", columns: f.standards.map(\.abbreviation) + ["overall"],
                                 columnNames: f.standards.map { ($0.number.map { $0 + " " } ?? "") + $0.label } + ["overall"],
                                 ruleBefore: f.standards.count, rows: rows, totals: totals)
        }
        return Heatmap(blocks: blocks, extraHeaders: ["known", "pts"],
                       legend: RatingForm.letterLegend,
                       header: ["ratings of " + filter.counted(reports.count) + ", by standard"],
                       footer: ["known: standards with a confirmed rating, of the framework's; pts: points over known standards "
                                + "(" + RatingForm.pointsLegend + "); totals count each rating per column, ? apart (never as a rating), "
                                + "and under known, across all the standards of the block"]
                                + [ReportDate.footnote(datedByID: reports.filter { $0.reportDate?.fromID == true }.count)].compactMap { $0 },
                       data: DataTable(columns: ["id", "provider", "framework", "standard", "number", "rating"].map { Column($0) },
                                       rows: data, nullText: ""))
    }

    /// The provider's short name, without a type suffix every row of the block shares ("HLNY CRC" -> "HLNY"):
    /// the block's title says it, and the name column is the one that gets shortened.
    static func shortName(_ r: InspectionReport, in block: MatrixBlock) -> String {
        let suffix = " " + r.type.rawValue
        let all = block.rows.allSatisfy { $0.report.type == r.type && $0.report.provider.shortName.hasSuffix(suffix) }
        return all ? String(r.provider.shortName.dropLast(suffix.count)) : r.provider.shortName
    }

    /// One stacked series per rating, best first, then unknown: glyphs and colours from RatingStyle.
    static let series: [BarChart.Series] = ([Rating?](Rating.bestFirst.map { $0 }) + [nil]).map { r in
        .init(r?.label.lowercased() ?? "unknown", glyph: RatingStyle.glyph(r), ascii: r?.letter ?? "?", style: RatingStyle.style(r))
    }

    /// Overall ratings: one bar per rating (ungrouped), or one stacked bar per group.
    static func overall(_ reports: [InspectionReport], by grouping: Grouping?, filter: ReportFilter) -> BarChart {
        let d = Distribution(reports, by: grouping)
        let names = ["outstanding", "good", "requires_improvement", "inadequate", "unknown"]
        // Each rating's share of the group's write-ups with its Wilson 95% interval, after the counts.
        let columns = [Column(grouping?.name ?? "group")] + names.map { Column($0, .right) } + [Column("total", .right)]
            + names.flatMap { n in [Column(n + "_share", .right), Column(n + "_low", .right), Column(n + "_high", .right)] }
        let dataRows: [[Cell]] = d.groups.map { g in
            let counts = Rating.bestFirst.map { g[$0] } + [g.unknown]
            return [.text(g.group)] + counts.map { .int($0) } + [.int(g.total)] + counts.flatMap { n -> [Cell] in
                guard let s = WilsonInterval.share(n, of: g.total) else { return [.null, .null, .null] }
                return [.double(s.share, digits: 4), .double(s.low, digits: 4), .double(s.high, digits: 4)]
            }
        }
        let data = DataTable(columns: columns, rows: dataRows)
        let header = ["overall ratings of " + filter.counted(d.total.total) + (grouping.map { ", by \($0.name)" } ?? "")]
        let note = "unknown: overall rating not confirmed by a source; shown apart, never counted as a rating"
        let dated = grouping == .year ? ReportDate.footnote(datedByID: reports.filter { $0.reportDate?.fromID == true }.count) : nil
        guard grouping != nil else {
            let t = d.total
            let rows = (Rating.bestFirst.map { Optional($0) } + [nil]).map { r -> BarChart.Row in
                let n = r.map { t[$0] } ?? t.unknown
                let pct = t.total == 0 ? 0 : Double(n) * 100 / Double(t.total)
                // The share's interval drawn on the count scale: its bounds times the write-ups.
                let share = WilsonInterval.share(n, of: t.total)
                return BarChart.Row(label: r?.label ?? "unknown", segments: [Double(n)], end: "\(n), " + formatFixed(pct, digits: 0) + "%",
                                    low: share.map { $0.low * Double(t.total) }, high: share.map { $0.high * Double(t.total) })
            }
            var chart = BarChart(labelHeader: "overall", series: [.init("inspections")], rows: rows, scaleLabel: "inspections",
                                 header: header, footer: [note], data: data)
            chart.intervalNote = "Wilson, of the share of write-ups"
            chart.intervalDigits = 0
            chart.intervalFactor = t.total == 0 ? 0 : 100 / Double(t.total)
            chart.intervalUnit = "%"
            return chart
        }
        let rows = d.groups.map { g in
            BarChart.Row(label: g.group, values: Rating.bestFirst.map { String(g[$0]) } + [String(g.unknown)],
                         segments: Rating.bestFirst.map { Double(g[$0]) } + [Double(g.unknown)], end: String(g.total))
        }
        return BarChart(labelHeader: grouping!.name, valueHeaders: ["O", "G", "R", "I", "?"], series: series, rows: rows,
                        scaleLabel: "inspections", header: header,
                        footer: [note, "--format csv has each rating's share of the group's write-ups with its Wilson 95% interval"]
                            + [dated].compactMap { $0 }, data: data)
    }
}
