// LastTable: the rows of the last count, chart or track, and the findings behind each — what `lines N` lists.
import Inspections
import QueryLanguage
import Search

public struct LastTable: Sendable {
    /// One row as the table listed it.
    public struct Row: Sendable, Equatable {
        public var label: String
        public var hits: Int
        /// Write-ups with a hit, as the row showed them.
        public var documents: Int
        /// How the row's findings are picked: its group under this grouping (nil: every finding of the table).
        public var grouping: Grouping?
        public init(label: String, hits: Int, documents: Int, grouping: Grouping?) {
            self.label = label; self.hits = hits; self.documents = documents; self.grouping = grouping
        }
    }

    public var command: String
    /// The corpus as the table counted it, including any filter the command applied outside the query.
    public var corpus: SearchCorpus
    public var query: QueryNode
    public var queryText: String
    /// In the order shown; `lines N` is row N.
    public var rows: [Row]

    public init(command: String, corpus: SearchCorpus, query: QueryNode, queryText: String, rows: [Row]) {
        self.command = command; self.corpus = corpus; self.query = query; self.queryText = queryText; self.rows = rows
    }

    /// The corpus narrowed to one row's findings: the query over it gives exactly the row's hits.
    public func corpus(ofRow i: Int) -> SearchCorpus {
        let row = rows[i]
        return corpus.narrowed(toSegments: corpus.segments(inGroup: row.label, by: row.grouping))
    }

    /// A row by its number (from 1) when there is such a row, else by its label (any case): `2021` is a
    /// year's row in a table of fewer rows than that.
    public func row(named text: String) -> Int? {
        if let n = Int(text), (1...max(1, rows.count)).contains(n), n <= rows.count { return n - 1 }
        return rows.firstIndex { $0.label.lowercased() == text.lowercased() }
    }
}
