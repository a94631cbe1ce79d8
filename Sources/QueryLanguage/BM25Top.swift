// BM25Top: BM25 over UnitMatches (hit counts, no spans) and the best k units without sorting them all.
import Foundation
import PhraseIndex

extension BM25 {
    /// Score of every unit, in unit order: the same figures `rank(_ MatchSet)` gives.
    public static func scores(_ matches: UnitMatches, in index: InvertedIndex) -> [Double] {
        let n = Double(max(1, index.documentCount))
        let idf = matches.leafDocumentFrequencies.map { df in log(1 + (n - Double(df) + 0.5) / (Double(df) + 0.5)) }
        let average = max(1e-9, matches.scope == .segment ? index.averageSegmentLength : index.averageDocumentLength)
        let leaves = matches.leafCount
        var out = [Double](repeating: 0, count: matches.count)
        for i in 0..<matches.count {
            let length = Double(matches.scope == .segment ? index.tokenRange(ofSegment: Int(matches.units[i])).count
                                : index.tokenCount(ofDocument: Int(matches.units[i])))
            let norm = k1 * (1 - b + b * length / average)
            var score = 0.0
            for leaf in 0..<leaves {
                let hits = matches.leafHitCounts[i * leaves + leaf]
                guard hits > 0 else { continue }
                let tf = Double(hits)
                score += idf[leaf] * tf * (k1 + 1) / (tf + norm)
            }
            out[i] = score
        }
        return out
    }

    /// The `k` best units by descending score, ties by unit order (document, then segment) — the first `k`
    /// of `rank(_ MatchSet)`. `unitIndex` indexes `matches.units`. A bounded heap: O(n log k), no full sort.
    public static func top(_ k: Int, of matches: UnitMatches, in index: InvertedIndex) -> [RankedUnit] {
        let scores = scores(matches, in: index)
        return top(k, scores: scores)
    }

    /// The `k` best of `scores` (descending, ties by lower index first).
    public static func top(_ k: Int, scores: [Double]) -> [RankedUnit] {
        guard k > 0, !scores.isEmpty else { return [] }
        // "a ranks before b": higher score, or equal score and lower index.
        @inline(__always) func before(_ a: Int, _ b: Int) -> Bool {
            scores[a] != scores[b] ? scores[a] > scores[b] : a < b
        }
        if k >= scores.count / 2 {
            return scores.indices.sorted(by: before).prefix(k).map { RankedUnit(unitIndex: $0, score: scores[$0]) }
        }
        // Min-heap (worst kept unit at the root) of the best k seen so far.
        var heap: [Int] = []
        heap.reserveCapacity(k)
        func siftDown(_ start: Int) {
            var i = start
            while true {
                let l = 2 * i + 1, r = l + 1
                var worst = i
                if l < heap.count && before(heap[worst], heap[l]) { worst = l }
                if r < heap.count && before(heap[worst], heap[r]) { worst = r }
                if worst == i { return }
                heap.swapAt(i, worst)
                i = worst
            }
        }
        for i in scores.indices {
            if heap.count < k {
                heap.append(i)
                var c = heap.count - 1
                while c > 0 {
                    let p = (c - 1) / 2
                    guard before(heap[p], heap[c]) else { break }
                    heap.swapAt(p, c)
                    c = p
                }
            } else if before(i, heap[0]) {
                heap[0] = i
                siftDown(0)
            }
        }
        return heap.sorted(by: before).map { RankedUnit(unitIndex: $0, score: scores[$0]) }
    }
}
