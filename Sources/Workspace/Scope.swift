// Scope: the working scope set by `use FILTERS` — its text as written and its parse.
import QueryLanguage

public struct Scope: Sendable, Equatable {
    /// As written after `use`, for the prompt, `use` and provenance.
    public var text: String
    public var node: QueryNode
    public init(text: String, node: QueryNode) { self.text = text; self.node = node }

    /// The field names the scope restricts (`type`, `year`, `set`...), to say when a command's own filter
    /// names the same field.
    public var fieldNames: Set<String> { Scope.fieldNames(in: node) }

    public static func fieldNames(in node: QueryNode) -> Set<String> {
        switch node {
        case .field(let f): return [f.name]
        case .not(let x): return fieldNames(in: x)
        case .and(let xs), .or(let xs): return xs.reduce(into: Set<String>()) { $0.formUnion(fieldNames(in: $1)) }
        default: return []
        }
    }

    /// Field filters in a query, as (name, value text), in order: the sets and tags a command used.
    public static func fields(in node: QueryNode) -> [FieldFilter] {
        switch node {
        case .field(let f): return [f]
        case .not(let x): return fields(in: x)
        case .and(let xs), .or(let xs): return xs.flatMap(fields(in:))
        case .near(let a, let b, _, _): return fields(in: a) + fields(in: b)
        default: return []
        }
    }

    /// True when the query has only field filters (and their combinations): what a scope may hold.
    public static func isFiltersOnly(_ node: QueryNode) -> Bool {
        switch node {
        case .field: return true
        case .not(let x): return isFiltersOnly(x)
        case .and(let xs), .or(let xs): return !xs.isEmpty && xs.allSatisfy(isFiltersOnly)
        default: return false
        }
    }
}
