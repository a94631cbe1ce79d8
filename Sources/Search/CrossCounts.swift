// CrossCounts: a query's hits, write-ups and rate for every pair of two groupings (`count Q by A by B`), with totals.
import Inspections
import QueryLanguage

/// Counts by two groupings: one `CountRow` per pair that has words in its findings, with the totals of each
/// row group, each column group and the whole. Pairs without words (no write-up falls in both groups) have
/// no cell: a rate there would be 0 of 0, not 0.
public struct CrossCountTable: Sendable {
    public var rowGrouping: Grouping
    public var columnGrouping: Grouping
    /// Row and column groups that have words or hits, each in its grouping's natural order.
    public var rows: [GroupKey]
    public var columns: [GroupKey]
    /// `cells[r][c]`: the pair's counts, nil when no write-up falls in both groups.
    public var cells: [[CountRow?]]
    public var rowTotals: [CountRow]
    public var columnTotals: [CountRow]
    public var total: CountRow
    /// Write-ups in the base the rates are taken over, and of those the ones dated by the year in their id.
    public var baseDocuments: Int
    public var datedByID: Int
}

extension SearchCorpus {
    /// Counts a query's hits per pair of groups in one pass over the match stream: the group-by collector
    /// numbers pairs, and two more count each grouping alone, because a write-up's documents do not add up
    /// across sections (one write-up can match in several). The rate's base is the query's field filters'
    /// findings, as in `count`.
    public func crossCount(_ query: QueryNode, rows rowGrouping: Grouping, columns columnGrouping: Grouping) throws(QueryError) -> CrossCountTable {
        var rowGroups = GroupNumbers(corpus: self, grouping: rowGrouping)
        var columnGroups = GroupNumbers(corpus: self, grouping: columnGrouping)
        var pairNumber: [Int: Int] = [:], pairs: [(Int, Int)] = []
        // A finding with several tags falls in each of their groups (`by tag`); every other grouping gives one.
        func numbers(_ groups: inout GroupNumbers, _ grouping: Grouping, _ s: Int, _ d: Int) -> [Int] {
            grouping == .tag ? groups.numbers(unit: s) : [groups.number(unit: s, document: d)]
        }
        // Pair numbers are assigned as pairs are first seen; a pair (r, c) is keyed r·2³² + c.
        func pair(_ r: Int, _ c: Int) -> Int {
            let key = r << 32 | c
            if let p = pairNumber[key] { return p }
            pairNumber[key] = pairs.count
            pairs.append((r, c))
            return pairs.count - 1
        }
        func cells(_ s: Int, _ d: Int) -> [(Int, Int, Int)] {
            let rs = numbers(&rowGroups, rowGrouping, s, d), cs = numbers(&columnGroups, columnGrouping, s, d)
            return rs.flatMap { r in cs.map { c in (pair(r, c), r, c) } }
        }
        func rowsOf(_ s: Int, _ d: Int) -> [Int] { numbers(&rowGroups, rowGrouping, s, d) }
        func columnsOf(_ s: Int, _ d: Int) -> [Int] { numbers(&columnGroups, columnGrouping, s, d) }
        // Without tags every finding has one pair, and the collectors take it without building arrays.
        var collectors = rowGrouping != .tag && columnGrouping != .tag
            ? PairCollector(
                PairCollector(GroupByCollector { pair(rowGroups.number(unit: $0.unit, document: $0.document),
                                                      columnGroups.number(unit: $0.unit, document: $0.document)) },
                              GroupByCollector { rowGroups.number(unit: $0.unit, document: $0.document) }),
                PairCollector(GroupByCollector { columnGroups.number(unit: $0.unit, document: $0.document) }, CountCollector()))
            : PairCollector(
                PairCollector(GroupByCollector(groups: { cells($0.unit, $0.document).map(\.0) }),
                              GroupByCollector(groups: { rowsOf($0.unit, $0.document) })),
                PairCollector(GroupByCollector(groups: { columnsOf($0.unit, $0.document) }), CountCollector()))
        try run(query, into: &collectors)
        let byPair = collectors.first.first, byRow = collectors.first.second
        let byColumn = collectors.second.first, all = collectors.second.second

        var pairWords: [Int: Int] = [:], rowWords: [Int: Int] = [:], columnWords: [Int: Int] = [:]
        var baseDocuments = 0, lastBase = -1, datedByID = 0, totalWords = 0
        for s in try baseSegments(query) {
            let d = index.document(ofSegment: s)
            let n = index.tokenRange(ofSegment: s).count
            if rowGrouping != .tag && columnGrouping != .tag {
                let r = rowGroups.number(unit: s, document: d), c = columnGroups.number(unit: s, document: d)
                pairWords[pair(r, c), default: 0] += n; rowWords[r, default: 0] += n; columnWords[c, default: 0] += n
            } else {
                for (p, _, _) in cells(s, d) { pairWords[p, default: 0] += n }
                for r in rowsOf(s, d) { rowWords[r, default: 0] += n }
                for c in columnsOf(s, d) { columnWords[c, default: 0] += n }
            }
            totalWords += n
            if d != lastBase {
                baseDocuments += 1; lastBase = d
                if reports[d].reportDate?.fromID == true { datedByID += 1 }
            }
        }
        func at(_ xs: [Int], _ i: Int) -> Int { i < xs.count ? xs[i] : 0 }
        func row(_ label: String, _ g: GroupByCollector, _ i: Int, _ words: Int) -> CountRow {
            CountRow(group: label, hits: at(g.hits, i), documents: at(g.documents, i), findings: at(g.units, i), words: words)
        }
        let keptRows = rowGroups.keys.indices.filter { rowWords[$0] != nil || at(byRow.units, $0) > 0 }
            .sorted { rowGroups.keys[$0] < rowGroups.keys[$1] }
        let keptColumns = columnGroups.keys.indices.filter { columnWords[$0] != nil || at(byColumn.units, $0) > 0 }
            .sorted { columnGroups.keys[$0] < columnGroups.keys[$1] }
        var cells = [[CountRow?]](repeating: [CountRow?](repeating: nil, count: keptColumns.count), count: keptRows.count)
        let rowIndex = Dictionary(uniqueKeysWithValues: keptRows.enumerated().map { ($1, $0) })
        let columnIndex = Dictionary(uniqueKeysWithValues: keptColumns.enumerated().map { ($1, $0) })
        for (p, (r, c)) in pairs.enumerated() {
            guard let i = rowIndex[r], let j = columnIndex[c], pairWords[p] != nil || at(byPair.units, p) > 0 else { continue }
            cells[i][j] = row(rowGroups.keys[r].label + " · " + columnGroups.keys[c].label, byPair, p, pairWords[p] ?? 0)
        }
        return CrossCountTable(
            rowGrouping: rowGrouping, columnGrouping: columnGrouping,
            rows: keptRows.map { rowGroups.keys[$0] }, columns: keptColumns.map { columnGroups.keys[$0] }, cells: cells,
            rowTotals: keptRows.map { row(rowGroups.keys[$0].label, byRow, $0, rowWords[$0] ?? 0) },
            columnTotals: keptColumns.map { row(columnGroups.keys[$0].label, byColumn, $0, columnWords[$0] ?? 0) },
            total: CountRow(group: "all", hits: all.hits, documents: all.documents, findings: all.units, words: totalWords),
            baseDocuments: baseDocuments, datedByID: datedByID)
    }
}
