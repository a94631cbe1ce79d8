// FindingTags: each finding's tags, for the tags column every export of findings carries.
import Search

/// Tags per segment, from the names the workspace gave the corpus; joined with ";" in a cell.
struct FindingTags {
    private let bySegment: [Int: [String]]

    init(_ corpus: SearchCorpus) {
        var out: [Int: [String]] = [:]
        for (tag, segments) in (corpus.context.named["tag"] ?? [:]).sorted(by: { $0.key < $1.key }) {
            for s in segments { out[s, default: []].append(tag) }
        }
        bySegment = out
    }

    func tags(ofSegment s: Int) -> String { bySegment[s]?.joined(separator: ";") ?? "" }

    func tags(_ corpus: SearchCorpus, report d: Int, finding f: Int) -> String { tags(ofSegment: corpus.segment(report: d, finding: f)) }
}
