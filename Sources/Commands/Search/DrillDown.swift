// DrillDown: a chart's or track's rows kept as the last table, so `lines N` lists the matches each row counted.
import QueryLanguage
import Search
import Workspace

enum DrillDown {
    /// Keeps the rows as shown, over the corpus the command counted in (its filters applied).
    static func record(_ inv: Invocation, _ session: Session, corpus: SearchCorpus, query: String, rows: [LastTable.Row]) throws {
        let node = try SearchSupport.shifted(inv) { () throws(QueryError) in try corpus.parse(query) }
        session.workspace.lastTable = LastTable(command: inv.line, corpus: corpus, query: node, queryText: query, rows: rows)
    }
}
