// SavedSet: a named, frozen set of findings (`save NAME`), and the command that made it.

/// The findings a result held when it was saved: a later reload or load does not change it silently; a
/// finding that changed or vanished is reported and left out.
public struct SavedSet: Sendable, Equatable {
    public let name: String
    /// Ascending, without repeats.
    public let members: [FindingRef]
    /// The command line the findings came from, as run.
    public let madeBy: String

    public init(name: String, members: [FindingRef], madeBy: String) {
        self.name = name
        self.members = Array(Set(members)).sorted()
        self.madeBy = madeBy
    }
}
