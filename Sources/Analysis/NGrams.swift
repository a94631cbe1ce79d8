// NGrams: runs of N words inside findings (never across two), counted, optionally only those around a query's hits.
import PhraseIndex

public struct NGramCount: Sendable, Equatable {
    public var words: [String]
    public var count: Int
    /// Reports the n-gram occurs in.
    public var reports: Int
    public var text: String { words.joined(separator: " ") }
}

public struct NGramList: Sendable {
    public var n: Int
    public var entries: [NGramCount]
    /// Running words in the findings looked at, the base of per-10k rates.
    public var tokens: Int
    /// Occurrences counted before the minimum and the limit applied.
    public var occurrences: Int
    public var segments: Int
    /// The fewest occurrences an n-gram needed to be listed.
    public var minimum: Int
}

public enum NGrams {
    /// Counts the n-grams of `segments`. With `hits` (token-position spans per segment), only n-grams that
    /// contain a whole hit are counted, once each however many hits they hold (AntConc's clusters).
    /// `dropStopEdges` leaves out n-grams that begin or end with a stop word ("of the risk").
    public static func count(n: Int, index: InvertedIndex, segments: [Int], hits: [Int: [Range<Int>]]? = nil,
                             dropStopEdges: Bool = false, minimum: Int = 2) -> NGramList {
        precondition(n >= 1)
        var counts: [[Int32]: Int] = [:], range: [[Int32]: Int] = [:], lastDocument: [[Int32]: Int] = [:]
        var tokens = 0, occurrences = 0
        var stop: [Int32: Bool] = [:]
        func isStop(_ t: Int32) -> Bool {
            if let s = stop[t] { return s }
            let s = t < 0 || StopWords.contains(index.term(Int(t)))
            stop[t] = s
            return s
        }
        FindingStreams.forEach(segments, in: index) { s, d, ids in
            tokens += ids.count
            guard ids.count >= n else { return }
            let spans = hits?[s]
            if hits != nil && (spans ?? []).isEmpty { return }
            let first = ids.startIndex
            for start in first...(ids.endIndex - n) {
                let window = start..<(start + n)
                if let spans, !spans.contains(where: { window.contains($0.lowerBound) && $0.upperBound <= window.upperBound && !$0.isEmpty }) {
                    continue
                }
                let key = Array(ids[window])
                if key.contains(where: { $0 < 0 }) { continue }
                if dropStopEdges && (isStop(key[0]) || isStop(key[n - 1])) { continue }
                counts[key, default: 0] += 1
                occurrences += 1
                if lastDocument[key] != d { lastDocument[key] = d; range[key, default: 0] += 1 }
            }
        }
        let entries = counts.filter { $0.value >= minimum }.map { key, c in
            NGramCount(words: key.map { index.term(Int($0)) }, count: c, reports: range[key] ?? 0)
        }.sorted { ($1.count, $1.reports, $0.text) < ($0.count, $0.reports, $1.text) }
        return NGramList(n: n, entries: entries, tokens: tokens, occurrences: occurrences, segments: segments.count,
                         minimum: minimum)
    }
}
