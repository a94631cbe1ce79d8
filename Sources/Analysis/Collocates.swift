// Collocates: the words found near a query's hits more often than chance, by log-likelihood, MI, MI3, t-score or logDice.
import Foundation
import PhraseIndex

public struct Collocate: Sendable, Equatable {
    public var word: String
    /// Occurrences inside the windows (O11), of which to the left and to the right of a hit.
    public var together: Int
    public var left: Int
    public var right: Int
    /// Occurrences anywhere in the findings looked at (C1).
    public var total: Int
    /// What chance alone would put inside the windows (E11 = R1·C1/N).
    public var expected: Double
    /// log₂(O11/E11): how much likelier near the node than anywhere; favours rare words.
    public var mutualInformation: Double
    /// Dunning's G² over the 2×2 table (inside/outside the windows × this word/other words); favours frequent ones.
    public var logLikelihood: Double
    /// log₂(O11³/E11), (O11 − E11)/√O11 and 14 + log₂(2·O11/(R1 + C1)): see `AssociationMeasures`.
    public var mi3: Double
    public var tScore: Double
    public var logDice: Double

    /// The score a list is sorted by.
    public func score(_ measure: CollocateList.Measure) -> Double {
        switch measure {
        case .logLikelihood: logLikelihood
        case .mutualInformation: mutualInformation
        case .logDice: logDice
        case .mi3: mi3
        case .tScore: tScore
        }
    }
}

public struct CollocateList: Sendable {
    public enum Measure: String, Sendable, CaseIterable {
        case logLikelihood = "ll", mutualInformation = "mi", logDice = "logdice", mi3 = "mi3", tScore = "tscore"
    }
    public var measure: Measure
    public var left: Int
    public var right: Int
    /// Hits of the node query.
    public var nodeHits: Int
    /// Distinct positions inside the windows (R1), and running words in the findings looked at (N).
    public var windowTokens: Int
    public var tokens: Int
    public var entries: [Collocate]
}

public enum Collocates {
    /// Collocates of the hit spans `nodes` (token positions per segment) within `scope` (segments).
    /// A window is `left` words before and `right` after each hit, cut at the finding's edges; windows that
    /// overlap count their shared positions once and hits' own words are never in a window, so the 2×2 table
    /// is a true partition of the scope's words (Evert's surface co-occurrence). Only words seen more often
    /// than expected, at least `minimum` times, are kept; `dropStopWords` leaves out function words.
    public static func compute(index: InvertedIndex, scope: [Int], nodes: [Int: [Range<Int>]], left: Int, right: Int,
                               minimum: Int = 3, measure: CollocateList.Measure = .logLikelihood,
                               dropStopWords: Bool = false) -> CollocateList {
        var total: [Int: Int] = [:], inLeft: [Int: Int] = [:], inRight: [Int: Int] = [:]
        var tokens = 0, windowTokens = 0, nodeHits = 0
        let scoped = Set(scope)
        FindingStreams.forEach(Array(scoped.union(nodes.keys)), in: index) { s, _, ids in
            if scoped.contains(s) {
                tokens += ids.count
                for t in ids where t >= 0 { total[Int(t), default: 0] += 1 }
            }
            guard let spans = nodes[s], !spans.isEmpty else { return }
            nodeHits += spans.count
            for (p, side) in windowPositions(spans, left: left, right: right, within: ids.indices) {
                windowTokens += 1
                let t = Int(ids[p])
                guard t >= 0 else { continue }
                if side == .left { inLeft[t, default: 0] += 1 } else { inRight[t, default: 0] += 1 }
            }
        }
        var entries: [Collocate] = []
        for t in Set(inLeft.keys).union(inRight.keys) {
            let l = inLeft[t] ?? 0, r = inRight[t] ?? 0, o = l + r
            let c = max(total[t] ?? 0, o)
            guard o >= minimum, tokens > 0 else { continue }
            let word = index.term(t)
            if dropStopWords && StopWords.contains(word) { continue }
            let e = Double(windowTokens) * Double(c) / Double(max(tokens, windowTokens))
            guard Double(o) > e else { continue }
            // o > e > 0 here, so every measure is finite.
            let m = AssociationMeasures(observed: o, windowTokens: windowTokens, frequency: c, tokens: max(tokens, windowTokens))
            entries.append(Collocate(word: word, together: o, left: l, right: r, total: c, expected: e,
                                     mutualInformation: log2(Double(o) / e), logLikelihood: m.logLikelihood,
                                     mi3: m.mi3!, tScore: m.tScore!, logDice: m.logDice!))
        }
        entries.sort { p, q in (q.score(measure), q.together, p.word) < (p.score(measure), p.together, q.word) }
        return CollocateList(measure: measure, left: left, right: right, nodeHits: nodeHits,
                             windowTokens: windowTokens, tokens: tokens, entries: entries)
    }

    public enum Side: Sendable { case left, right }

    /// The union of the windows around `spans`, without the spans' own positions, each position once, in order.
    /// A position is on the right when some hit ends within `right` words before it, otherwise on the left.
    public static func windowPositions(_ spans: [Range<Int>], left: Int, right: Int, within bounds: Range<Int>) -> [(Int, Side)] {
        var inside: [Int: Side] = [:]
        var covered = Set<Int>()
        for s in spans { covered.formUnion(s) }
        for s in spans {
            for p in max(bounds.lowerBound, s.lowerBound - left)..<max(bounds.lowerBound, min(bounds.upperBound, s.lowerBound))
            where !covered.contains(p) && inside[p] == nil {
                inside[p] = .left
            }
            for p in min(bounds.upperBound, max(bounds.lowerBound, s.upperBound))..<min(bounds.upperBound, s.upperBound + right)
            where !covered.contains(p) {
                inside[p] = .right
            }
        }
        return inside.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// G² of the 2×2 table: `o` of the `r` window words are this word, which occurs `c` times in `n` words.
    public static func logLikelihood(_ o: Int, _ r: Int, _ c: Int, _ n: Int) -> Double {
        let cells = [(o, r, c), (r - o, r, n - c), (c - o, n - r, c), (n - r - c + o, n - r, n - c)]
        var sum = 0.0
        for (observed, row, column) in cells where observed > 0 {
            let expected = Double(row) * Double(column) / Double(n)
            sum += Double(observed) * log(Double(observed) / expected)
        }
        return 2 * sum
    }
}
