// QueryError: a real query error with its byte range and a hint, renderable as a caret line.

/// An error in a query (or in a field filter, thrown by the caller's resolver), pointing at the bytes
/// `range` of the query's UTF-8 text.
public struct QueryError: Error, Sendable, Hashable, CustomStringConvertible {
    public let message: String
    public let range: SourceRange
    public let hint: String?

    public init(_ message: String, range: SourceRange, hint: String? = nil) {
        self.message = message
        self.range = range
        self.hint = hint
    }

    public var description: String { hint.map { "\(message) (\($0))" } ?? message }

    /// The query and a caret line under the fault, renderer-neutral: the caller adds colour or prefixes.
    /// Columns count characters; tabs and other control characters in the echoed query become spaces
    /// so the carets stay aligned (and nothing from the query can move the terminal's cursor).
    public func caretLines(in query: String) -> (query: String, carets: String) {
        let bytes = Array(query.utf8)
        let lower = min(max(0, range.lowerBound), bytes.count)
        let upper = min(max(lower, range.upperBound), bytes.count)
        func columns(_ slice: ArraySlice<UInt8>) -> Int { String(decoding: slice, as: UTF8.self).count }
        let echoed = String(query.map { $0.isASCII && ($0.asciiValue! < 0x20 || $0.asciiValue! == 0x7F) ? " " : $0 })
        let pad = columns(bytes[0..<lower])
        let width = max(1, columns(bytes[lower..<upper]))
        return (echoed, String(repeating: " ", count: pad) + String(repeating: "^", count: width))
    }

    /// "error: message", the two caret lines, and "hint: ..." if any, joined with newlines.
    public func rendered(in query: String) -> String {
        let (line, carets) = caretLines(in: query)
        var out = "error: \(message)\n  \(line)\n  \(carets)"
        if let hint { out += "\nhint: \(hint)" }
        return out
    }
}

extension Error {
    /// Renders a `QueryError` with carets; other errors by description.
    func rendered(in query: String) -> String {
        (self as? QueryError)?.rendered(in: query) ?? "error: \(self)"
    }
}
