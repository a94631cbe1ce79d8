// TextScope: which kind of text a query searches — the inspectors' findings (the default), our notes, or both.
import QueryLanguage

/// Findings are what the inspectors found; notes are ours (a write-up's lead and its `## Notes`). Every
/// query searches findings unless it says otherwise with the field `scope:notes` or `scope:all`.
public enum TextScope: String, Sendable, CaseIterable {
    case findings, notes, all

    /// Reads "findings", "notes", "all" (and "finding", "note", "both").
    public init?(reading text: String) {
        switch text.lowercased() {
        case "findings", "finding": self = .findings
        case "notes", "note": self = .notes
        case "all", "both": self = .all
        default: return nil
        }
    }
}

extension SearchCorpus {
    /// The query as it runs in segment scope: notes are taken out (`-scope:notes`) unless the query names a
    /// scope itself, so every command searches, counts and rates findings by default. Notes are few (a lead
    /// per write-up), so leaving them out costs little; a corpus without notes leaves the query as it is.
    func scoped(_ query: QueryNode) -> QueryNode {
        guard kinds.noteCount > 0, !Self.namesScope(query) else { return query }
        if case .and(let parts) = query { return .and(parts + [Self.defaultScope]) }
        return .and([query, Self.defaultScope])
    }

    /// What every query gets unless it names a scope: not the notes.
    static let defaultScope = QueryNode.not(.field(FieldFilter(name: "scope", value: .text(TextScope.notes.rawValue),
                                                               range: 0..<0, valueRange: 0..<0)))

    static func namesScope(_ node: QueryNode) -> Bool {
        switch node {
        case .field(let f): return f.name == "scope"
        case .and(let xs), .or(let xs): return xs.contains(where: namesScope)
        case .not(let x): return namesScope(x)
        case .near(let a, let b, _, _): return namesScope(a) || namesScope(b)
        default: return false
        }
    }

    /// A report's segments of one kind within the restriction, ascending.
    public func segments(ofDocument d: Int, scope: TextScope = .findings) -> [Int] {
        let all = kinds.segments(in: index.segments(ofDocument: d), scope: scope)
        guard let r = context.restriction else { return all }
        return all.filter(r.allows(segment:))
    }

    /// Every segment of one kind within the restriction, ascending: what word lists and rates are taken over.
    public func segments(scope: TextScope = .findings) -> [Int] {
        let all = kinds.segments(in: 0..<index.segmentCount, scope: scope)
        guard let r = context.restriction else { return all }
        return r.segments.filter { kinds.contains($0, in: scope) }
    }
}

extension TextScope {
    /// The scope a query's rate is taken over, to name it in a summary: the one scope its top-level filters
    /// name, findings when it names none, nil when it names several or names one under OR or NOT.
    public static func base(of query: QueryNode) -> TextScope? {
        guard SearchCorpus.namesScope(query) else { return .findings }
        let conjuncts: [QueryNode]
        if case .and(let xs) = query { conjuncts = xs } else { conjuncts = [query] }
        var named: [TextScope] = []
        for node in conjuncts {
            if case .field(let f) = node, f.name == "scope", case .text(let t) = f.value, let s = TextScope(reading: t) {
                named.append(s)
            } else if SearchCorpus.namesScope(node) {
                return nil
            }
        }
        return named.count == 1 ? named[0] : nil
    }

    /// What one matching passage is called in a summary ("3 hits in 2 findings").
    public static func unit(_ scope: TextScope?) -> String {
        switch scope {
        case .findings: "finding"
        case .notes: "note"
        case .all, nil: "passage"
        }
    }

    /// The words a rate is taken over ("per 10,000 words of findings").
    public static func words(_ scope: TextScope?) -> String {
        switch scope {
        case .findings: "words of findings"
        case .notes: "words of notes"
        case .all: "words of findings and notes"
        case nil: "words searched"
        }
    }
}
