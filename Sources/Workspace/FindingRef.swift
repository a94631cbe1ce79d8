// FindingRef: one finding as a workspace remembers it — its citation id and a hash of its text, so a change is seen.
import Documents
import Inspections

/// What a saved set or a tag holds for a finding: not a position in one loaded index, which a reload
/// renumbers, but the citation id (report id, section, ordinal) and a hash of the text as it was. After a
/// reload the same citation with the same hash is the same finding; a different hash means its text changed.
public struct FindingRef: Sendable, Hashable, Comparable {
    public let citation: String
    /// The first 16 hex digits of the text's `ContentHash`.
    public let textHash: String

    public init(citation: String, textHash: String) {
        self.citation = citation
        self.textHash = textHash
    }

    /// The reference to finding `f` of `report` as it reads now.
    public init(_ report: InspectionReport, finding f: Int) {
        self.init(citation: report.findings[f].citation, textHash: FindingRef.hash(report.text(of: report.findings[f])))
    }

    /// The report id part of the citation.
    public var report: String { String(citation.prefix { $0 != "#" }) }

    public static func hash(_ text: Substring) -> String { String(ContentHash.hex(Array(text.utf8)).prefix(16)) }

    public static func < (a: FindingRef, b: FindingRef) -> Bool { (a.citation, a.textHash) < (b.citation, b.textHash) }
}
