// TagEntry: one line of the tags file — a finding, one of its tags, its text's hash then, and when it was tagged.

public struct TagEntry: Sendable, Hashable {
    public let citation: String
    /// Stored lower-case (`WorkspaceName`).
    public let tag: String
    /// The finding's text hash when it was tagged; empty when a hand-written line left it out (then any text is
    /// taken as the tagged one, and the next write fills it in).
    public let textHash: String
    /// ISO 8601, UTC; may be empty in a hand-written line.
    public let taggedAt: String

    public init(citation: String, tag: String, textHash: String, taggedAt: String) {
        self.citation = citation; self.tag = tag; self.textHash = textHash; self.taggedAt = taggedAt
    }

    public var ref: FindingRef { FindingRef(citation: citation, textHash: textHash) }

    /// File order: by citation, then tag.
    static func fileOrder(_ a: TagEntry, _ b: TagEntry) -> Bool { (a.citation, a.tag) < (b.citation, b.tag) }
}
