// ExplainCommand: `explain QUERY` — how a query was read (its canonical form), what each filter allows, what matches.
import QueryLanguage
import Rendering
import Search

enum ExplainCommand {
    static let spec = CommandSpec(
        name: "explain", group: .search,
        summary: "How a query was read: its canonical form, what each field filter allows, and how much it matches.",
        help: "Shows the parsed query (AND, OR, NOT, PHRASE, PREFIX, STEM, NEAR, FIELD), then each field filter with the "
            + "write-ups it allows (or why it fails), then the findings, write-ups and hits the whole query matches. "
            + "Useful when a query finds less than expected: plain text is never a syntax error, so see how it was read. "
            + "Queries search the inspectors' findings unless they say `scope:notes` (our summaries and notes) or `scope:all`.",
        examples: ["explain \"risk of harm\" provider:hlny", "explain caseload* -type:nps", "explain ttg:good \"through the gate\""],
        arguments: [ArgumentSpec("query", .query)],
        run: { inv, session in
            let search = try session.search
            let (text, node, repairs) = try SearchSupport.query(inv, corpus: search, example: "explain \"risk of harm\" provider:hlny")
            var rows: [(String, String)] = [("query", text), ("reads as", node.explained)]
            for repair in repairs { rows.append(("repaired", repair.message)) }
            if !fields(node).contains(where: { $0.name == "scope" }) {
                rows.append(("scope", "findings (the default: scope:notes searches our notes, scope:all both)"))
            }
            for f in fields(node) {
                let written = slice(text, f.range)
                do throws(QueryError) {
                    let allowed = try search.evaluate(.field(f), scope: .document)
                    rows.append(("filter", written + " → " + SearchSupport.plural(allowed.documents.count, "write-up")))
                } catch {
                    rows.append(("filter", written + " → error: " + error.message + (error.hint.map { " (\($0))" } ?? "")))
                }
            }
            do throws(QueryError) {
                var count = CountCollector()
                try search.run(node, into: &count)
                rows.append(("matches", SearchSupport.plural(count.units, "finding") + " in "
                             + SearchSupport.plural(count.documents, "write-up") + " · "
                             + SearchSupport.plural(count.hits, "hit")))
            } catch {
                rows.append(("matches", "none: " + error.message))
            }
            return ExplainView(rows: rows)
        })

    /// Field filters in the order written.
    static func fields(_ node: QueryNode) -> [FieldFilter] {
        switch node {
        case .field(let f): return [f]
        case .and(let xs), .or(let xs): return xs.flatMap(fields)
        case .not(let x): return fields(x)
        case .near(let a, let b, _, _): return fields(a) + fields(b)
        default: return []
        }
    }

    static func slice(_ text: String, _ r: Range<Int>) -> String {
        let bytes = Array(text.utf8)
        let lo = min(max(0, r.lowerBound), bytes.count), hi = min(max(lo, r.upperBound), bytes.count)
        return String(decoding: bytes[lo..<hi], as: UTF8.self)
    }
}
