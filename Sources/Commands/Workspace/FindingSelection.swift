// FindingSelection: the findings `tag` and `untag` act on — result numbers, citation ids, or a query such as set:rh.
import Inspections
import QueryLanguage
import Search
import Workspace

enum FindingSelection {
    /// Numbers of the last find or kwic (`3`, `5-8`) and citation ids are taken as they are; anything else is a
    /// query (`set:rh`, `$_`, `tag:assessment`, `"risk of harm" type:pdu`) and means every finding it matches
    /// within the scope.
    static func refs(_ words: [Word], _ inv: Invocation, _ session: Session) throws -> [FindingRef] {
        guard let first = words.first, let last = words.last else { return [] }
        if words.allSatisfy({ !$0.quoted && (range($0.text) != nil || $0.text.contains("#")) }) {
            var out: [FindingRef] = []
            for w in words {
                if let (lo, hi) = range(w.text) {
                    out += try numbered(lo, hi, w, session)
                } else {
                    let (r, f) = try OpenCommand.resolve(w, in: session.corpus, command: inv.spec.name)
                    out.append(FindingRef(r, finding: f))
                }
            }
            return Array(Set(out)).sorted()
        }
        let text = LineSplitter.slice(inv.line, first.range.lowerBound..<last.range.upperBound)
        let search = try session.search
        let segments = try SearchSupport.shifted(inv, offset: first.range.lowerBound) { () throws(QueryError) in
            try search.matchingSegments(try search.parse(text))
        }
        return segments.map { s in
            let (d, f) = search.finding(ofSegment: s)
            return FindingRef(search.reports[d], finding: f)
        }
    }

    /// `7` or `5-8` as a closed range of result numbers.
    static func range(_ text: String) -> (Int, Int)? {
        if let n = Int(text), n >= 1 { return (n, n) }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let lo = Int(parts[0]), let hi = Int(parts[1]), lo >= 1, lo <= hi else { return nil }
        return (lo, hi)
    }

    /// Findings `lo...hi` of the last find, kwic or lines, as listed.
    static func numbered(_ lo: Int, _ hi: Int, _ word: Word, _ session: Session) throws -> [FindingRef] {
        guard let last = session.workspace.listed, !last.findings.isEmpty else {
            throw CommandError("no numbered results to pick from", hint: "find, kwic or lines lists findings with numbers",
                               at: word.range)
        }
        guard hi <= last.findings.count else {
            throw CommandError("the last list had \(last.findings.count): there is no \(hi)",
                               hint: "numbers run from 1 to \(last.findings.count) (\(last.command))", at: word.range)
        }
        return Array(last.findings[(lo - 1)..<hi])
    }
}
