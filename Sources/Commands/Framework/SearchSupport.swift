// SearchSupport: what the search commands share — reading the query, errors with a caret, limits, labels.
import Inspections
import QueryLanguage
import Rendering
import Search

/// Reading a command's query and running it, with query errors turned into command errors with a caret.
enum SearchSupport {
    /// The query text, its parse and the lenient readings taken; a usage error when none was given.
    static func query(_ inv: Invocation, corpus: SearchCorpus, example: String) throws
        -> (text: String, node: QueryNode, repairs: [QueryRepair]) {
        guard let text = inv.query, !text.isEmpty else {
            throw CommandError.usage("\(inv.spec.name) needs a query", hint: "e.g. \(example)",
                                     at: inv.line.utf8.count..<inv.line.utf8.count)
        }
        let (node, repairs) = try shifted(inv) { () throws(QueryError) in try QueryParser.parseReporting(text) }
        return (inv.queryDisplay ?? text, node, repairs)
    }

    /// One line saying how a repaired query was read ("read as AND(TERM(risk), TERM(or), TERM(harm)): 'or' was read
    /// as a word …"), or nil when it was read as typed: leniency without silence.
    static func notice(_ node: QueryNode, _ repairs: [QueryRepair]) -> String? {
        repairs.isEmpty ? nil : "query read as \(node.explained): " + repairs.map(\.message).joined(separator: "; ")
    }

    /// Runs query work; a `QueryError` (whose range is in the query) becomes a usage error pointing into the line.
    static func shifted<T>(_ inv: Invocation, offset: Int? = nil, _ body: () throws(QueryError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw CommandError(error, queryOffset: offset ?? inv.queryOffset)
        }
    }

    /// Hits of `query` in each report among `documents` (every report when nil), for charts, tracks and compare.
    static func reportHits(_ query: String, offset: Int, in documents: [Int]?, corpus: SearchCorpus) throws -> [ReportHits] {
        do throws(QueryError) {
            return try corpus.reportHits(try corpus.parse(query), in: documents)
        } catch {
            throw CommandError(error, queryOffset: offset)
        }
    }

    /// "N more" under a cut list, saying how to see them.
    static func moreLine(shown: Int, total: Int, noun: String, explicit: Bool) -> String? {
        guard total > shown else { return nil }
        let rest = total - shown
        let how = explicit ? "a larger limit shows more" : "limit \(min(total, max(50, shown * 2))) shows more; --format csv writes all"
        return "showing \(shown) of \(total): \(formatGrouped(rest)) more \(noun)\(rest == 1 ? "" : "s") (\(how))"
    }

    static func date(_ r: InspectionReport) -> String { r.reportDate?.description ?? "" }

    static func plural(_ n: Int, _ word: String, _ plural: String? = nil) -> String {
        formatGrouped(n) + " " + (n == 1 ? word : plural ?? word + "s")
    }

    /// A finding's section, or a note's with "(note)" after it: notes are ours, not the inspectors'.
    static func section(_ f: Finding) -> String { f.isNote ? f.section + " (note)" : f.section }

    /// A finding's text as written.
    static func text(_ r: InspectionReport, _ f: Int) -> String { String(r.text(of: r.findings[f])) }
}
