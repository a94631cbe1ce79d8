// QueryRepair: one lenient reading the parser took (a quote closed at the end, "or" read as a word), with where.

/// A query is never refused for its syntax; when it was read other than as typed, this says how, so the
/// user can see it ("a quote left open was closed at the end").
public struct QueryRepair: Sendable, Equatable {
    public var message: String
    /// Where in the query, in UTF-8 bytes.
    public var range: SourceRange

    public init(_ message: String, range: SourceRange) { self.message = message; self.range = range }
}
