// RatingsMatrix: inspections by standards, one block per framework, with row and column totals; unknown apart.
import Inspections

/// One inspection's row: its rating for each standard of the block's framework (nil = unknown).
public struct MatrixRow: Sendable {
    public var report: InspectionReport
    public var cells: [Rating?]
    public var overall: Rating? { report.overall }
    public var score: Score { report.score }
}

/// All inspections rated under one framework.
public struct MatrixBlock: Sendable {
    public var framework: Framework
    public var rows: [MatrixRow]

    /// For each standard (in framework order), how many rows have each rating, unknown apart.
    public var columnTotals: [RatingCounts] {
        framework.standards.enumerated().map { i, s in
            var c = RatingCounts(group: s.key)
            for row in rows { c.add(row.cells[i]) }
            return c
        }
    }

    /// The same for the overall rating.
    public var overallTotals: RatingCounts {
        var c = RatingCounts(group: "overall")
        for row in rows { c.add(row.overall) }
        return c
    }
}

/// How rows are ordered within a block.
public enum MatrixOrder: String, Sendable, CaseIterable {
    /// By provider name, then date.
    case name
    /// Best overall first, then mean points over known standards, then name.
    case overall
}

public struct RatingsMatrix: Sendable {
    public var blocks: [MatrixBlock]

    /// Groups reports by framework (in `Framework.all` order, then any others by id).
    public init(_ reports: [InspectionReport], order: MatrixOrder = .name) {
        var byFramework: [String: [InspectionReport]] = [:]
        var frameworks: [String: Framework] = [:]
        for r in reports {
            byFramework[r.framework.id, default: []].append(r)
            frameworks[r.framework.id] = r.framework
        }
        let known = Framework.all.map(\.id)
        let ids = byFramework.keys.sorted { a, b in
            (known.firstIndex(of: a) ?? known.count, a) < (known.firstIndex(of: b) ?? known.count, b)
        }
        blocks = ids.map { id in
            let f = frameworks[id]!
            let sorted = byFramework[id]!.sorted { RatingsMatrix.before($0, $1, order) }
            return MatrixBlock(framework: f, rows: sorted.map { r in
                MatrixRow(report: r, cells: f.standards.map { r.rating(of: $0) })
            })
        }
    }

    static func before(_ a: InspectionReport, _ b: InspectionReport, _ order: MatrixOrder) -> Bool {
        let byName = {
            let na = a.provider.shortName.lowercased(), nb = b.provider.shortName.lowercased()
            return na != nb ? na < nb : ReportDate.precedes(a, b)
        }
        switch order {
        case .name: return byName()
        case .overall:
            let ka = (a.overall?.points ?? -1, a.score.mean ?? -1), kb = (b.overall?.points ?? -1, b.score.mean ?? -1)
            if ka != kb { return ka > kb }
            return byName()
        }
    }
}
