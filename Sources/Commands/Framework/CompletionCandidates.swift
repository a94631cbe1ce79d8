// CompletionCandidates: what TAB offers — the words, and where in the line the word being completed starts.

public struct CompletionCandidates: Sendable, Equatable {
    /// Byte offset in the line where the word being completed starts.
    public var replaceFrom: Int
    public var candidates: [String]
}
