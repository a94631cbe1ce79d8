// SegmentKinds: which segments of the index are notes rather than findings, as a bitset over segment ids.
import Inspections

/// The index knows segments; whether a segment is one of the inspectors' findings or one of our notes is
/// the reports' business, kept here beside the index (one bit per segment) so every query can be scoped.
public struct SegmentKinds: Sendable {
    private let noteBits: [UInt64]
    public let segmentCount: Int
    public let noteCount: Int
    /// The findings' and the notes' segment ids, ascending, kept so a query's scope costs no pass over them.
    let findings: [Int]
    let notes: [Int]
    /// The documents with at least one note, ascending.
    let documentsWithNotes: [Int]

    /// Segment ids follow the reports' findings in order (document d's findings are its segments).
    init(reports: [InspectionReport]) {
        var bits: [UInt64] = []
        var s = 0
        var findings: [Int] = [], notes: [Int] = [], withNotes: [Int] = []
        for (d, r) in reports.enumerated() {
            for f in r.findings {
                if s >> 6 >= bits.count { bits.append(0) }
                if f.isNote {
                    bits[s >> 6] |= 1 << UInt64(s & 63)
                    notes.append(s)
                    if withNotes.last != d { withNotes.append(d) }
                } else {
                    findings.append(s)
                }
                s += 1
            }
        }
        noteBits = bits
        segmentCount = s
        noteCount = notes.count
        self.findings = findings
        self.notes = notes
        documentsWithNotes = withNotes
    }

    public func isNote(_ s: Int) -> Bool { s >> 6 < noteBits.count && noteBits[s >> 6] & (1 << UInt64(s & 63)) != 0 }

    /// Whether segment `s` belongs to `scope`.
    public func contains(_ s: Int, in scope: TextScope) -> Bool {
        switch scope {
        case .all: return true
        case .notes: return isNote(s)
        case .findings: return !isNote(s)
        }
    }

    /// The segments among `range` that belong to `scope`, ascending.
    public func segments(in range: Range<Int>, scope: TextScope) -> [Int] {
        if range == 0..<segmentCount {
            switch scope {
            case .findings: return findings
            case .notes: return notes
            case .all: return Array(range)
            }
        }
        if scope == .all || (scope == .findings && noteCount == 0) { return Array(range) }
        return range.filter { contains($0, in: scope) }
    }
}
