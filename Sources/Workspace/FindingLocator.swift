// FindingLocator: finding references found again in a loaded corpus — same, changed since, or gone.
import Inspections
import Search

/// Citation ids to segments of one corpus, built once per load, so a set or the tags file resolves in one
/// pass. Citation ids are compared as written (they are generated lower-case).
public struct FindingLocator: Sendable {
    private let segmentOf: [String: Int]
    private let hashOf: [String: String]

    public init(_ corpus: SearchCorpus) {
        var segments: [String: Int] = [:], hashes: [String: String] = [:]
        for (d, r) in corpus.reports.enumerated() {
            for (f, finding) in r.findings.enumerated() {
                segments[finding.citation] = corpus.segment(report: d, finding: f)
                hashes[finding.citation] = FindingRef.hash(r.text(of: finding))
            }
        }
        segmentOf = segments
        hashOf = hashes
    }

    /// Where each reference is now. Changed and vanished references keep their order.
    public struct Resolution: Sendable, Equatable {
        /// Segments of the references found with the same text, ascending.
        public var segments: [Int] = []
        /// Found, but the text differs from when it was saved or tagged.
        public var changed: [FindingRef] = []
        /// No finding with that citation id is loaded.
        public var vanished: [FindingRef] = []
        public var isIntact: Bool { changed.isEmpty && vanished.isEmpty }
    }

    public func resolve(_ refs: [FindingRef]) -> Resolution {
        var out = Resolution()
        for ref in refs {
            guard let s = segmentOf[ref.citation] else { out.vanished.append(ref); continue }
            if hashOf[ref.citation] == ref.textHash { out.segments.append(s) } else { out.changed.append(ref) }
        }
        out.segments = Array(Set(out.segments)).sorted()
        return out
    }

    /// The segment of a citation id, whatever its text.
    public func segment(of citation: String) -> Int? { segmentOf[citation] }
}
