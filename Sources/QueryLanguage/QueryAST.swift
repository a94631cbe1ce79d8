// QueryAST: the parsed query, already normalized (folded terms), with source ranges for error reports.
import Foundation

/// A byte range in the query's UTF-8 text.
public typealias SourceRange = Range<Int>

/// A field filter as written (`name:value`, `name:"quoted value"`, `name:lo..hi`). The parser does not
/// know which names exist: the caller validates them and may throw a `QueryError` at `range`.
public struct FieldFilter: Sendable, Hashable {
    public enum Value: Sendable, Hashable {
        case text(String)
        /// A range; either bound may be open (`year:2019..`, `year:..2020`).
        case range(lower: String?, upper: String?)
    }

    /// Lowercased field name.
    public let name: String
    public let value: Value
    /// The whole filter in the query.
    public let range: SourceRange
    /// The value part (after the colon).
    public let valueRange: SourceRange

    public init(name: String, value: Value, range: SourceRange, valueRange: SourceRange) {
        self.name = name
        self.value = value
        self.range = range
        self.valueRange = valueRange
    }
}

/// A node of the query. Terms hold folded tokens (as the index stores them).
public indirect enum QueryNode: Sendable, Hashable {
    /// One folded token.
    case term(String, SourceRange)
    /// Consecutive folded tokens (a quoted phrase, or a word such as "provider's" that splits).
    case phrase([String], SourceRange)
    /// All terms starting with the folded prefix.
    case prefix(String, SourceRange)
    /// All terms sharing the word's Snowball stem (`~word`).
    case stem(String, SourceRange)
    /// Both operands within `distance` tokens of each other (tokens strictly between them).
    case near(QueryNode, QueryNode, distance: Int, SourceRange)
    case and([QueryNode])
    case or([QueryNode])
    /// Negation, relative to what the rest of the query (or the whole corpus) allows.
    case not(QueryNode)
    case field(FieldFilter)
    /// Nothing searchable was written (empty text, only punctuation, `()`); matches nothing.
    case empty

    /// Canonical readable form, e.g. `AND(PHRASE("risk of harm"), FIELD(provider=hlny))`.
    public var explained: String {
        switch self {
        case .term(let t, _): return "TERM(\(t))"
        case .phrase(let ts, _): return "PHRASE(\"\(ts.joined(separator: " "))\")"
        case .prefix(let p, _): return "PREFIX(\(p)*)"
        case .stem(let w, _): return "STEM(~\(w))"
        case .near(let a, let b, let n, _): return "NEAR/\(n)(\(a.explained), \(b.explained))"
        case .and(let xs): return "AND(\(xs.map(\.explained).joined(separator: ", ")))"
        case .or(let xs): return "OR(\(xs.map(\.explained).joined(separator: ", ")))"
        case .not(let x): return "NOT(\(x.explained))"
        case .field(let f):
            switch f.value {
            case .text(let v): return "FIELD(\(f.name)=\(QueryNode.quoteIfNeeded(v)))"
            case .range(let lo, let hi): return "FIELD(\(f.name)=\(lo ?? "")..\(hi ?? ""))"
            }
        case .empty: return "EMPTY"
        }
    }

    private static func quoteIfNeeded(_ v: String) -> String {
        v.contains(where: { $0 == " " || $0 == "\"" || $0 == "," || $0 == ")" }) || v.isEmpty
            ? "\"" + v.replacingOccurrences(of: "\"", with: "\\\"") + "\"" : v
    }

    /// Whether the node yields token spans (usable as a NEAR operand and for highlighting).
    var isPositional: Bool {
        switch self {
        case .term, .phrase, .prefix, .stem, .near: return true
        case .or(let xs): return xs.allSatisfy(\.isPositional)
        default: return false
        }
    }
}

/// Parses `text` and prints the canonical form of the result (or the error with a caret line).
public func explain(_ text: String) -> String {
    do { return try QueryParser.parse(text).explained } catch { return error.rendered(in: text) }
}
