// UnitBatch: matching units without positions, handed to a collector at once.
import PhraseIndex

/// Matching units without positions, handed over at once when no collector of a run needs more.
public struct UnitBatch {
    /// Ascending unit ids (segments or documents).
    public let units: [Int32]
    let scope: SearchScope
    let index: InvertedIndex

    public func document(at i: Int) -> Int {
        scope == .document ? Int(units[i]) : index.document(ofSegment: Int(units[i]))
    }
}
