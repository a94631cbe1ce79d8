// WordDispersion: every word's spread over the write-ups of a body of findings, from one pass over its term ids.
import PhraseIndex

/// Where each word of some findings falls: parts are write-ups (documents), each as large as its words among
/// those findings, so a word's dispersion is measured over exactly the text its frequency was counted in.
public struct WordDispersion: Sendable {
    /// Words per part, in document order.
    public let partSizes: [Int]
    /// Per term id: (part, occurrences) for each part holding the word, parts ascending.
    let occurrences: [[(part: Int, count: Int)]]

    public init(index: InvertedIndex, segments: [Int]) {
        var sizes: [Int] = [], lists = [[(part: Int, count: Int)]](repeating: [], count: index.termCount)
        var partOf: [Int: Int] = [:]
        FindingStreams.forEach(segments, in: index) { _, d, ids in
            let part: Int
            if let p = partOf[d] { part = p } else { part = sizes.count; partOf[d] = part; sizes.append(0) }
            sizes[part] += ids.count
            for t32 in ids where t32 >= 0 {
                let t = Int(t32)
                if let last = lists[t].last, last.part == part { lists[t][lists[t].count - 1].count += 1 } else { lists[t].append((part, 1)) }
            }
        }
        partSizes = sizes; occurrences = lists
    }

    /// The dispersion of one term id (no occurrence: range 0, no D or DP).
    public func dispersion(of id: Int) -> Dispersion {
        Dispersion(occurrences: occurrences.indices.contains(id) ? occurrences[id] : [], sizes: partSizes)
    }
}
