// NumberedList: the findings the last find, kwic or lines listed, by number — what `open N` and `tag N` name.

/// Kept apart from the last result: a `count` after a `find` changes what `save` keeps, not what `open 3` opens.
public struct NumberedList: Sendable, Equatable {
    /// The command that listed them, as run.
    public var command: String
    /// Numbered from 1 in the order shown (one per kwic line, so a finding may repeat).
    public var findings: [FindingRef]

    public init(command: String, findings: [FindingRef]) {
        self.command = command
        self.findings = findings
    }
}
