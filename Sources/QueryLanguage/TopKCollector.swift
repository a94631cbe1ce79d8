// TopKCollector: the k best units by BM25 or by a key of the caller's, with a bounded heap; every unit's BM25 kept.
import PhraseIndex

public struct TopKCollector: MatchCollector {
    /// One kept unit, with its BM25 score whatever it was ranked by.
    public struct Candidate: Sendable, Hashable {
        public let ordinal: Int
        public let unit: Int
        public let document: Int
        public let score: Double
        /// What it was ranked by: the score, or the caller's key.
        let key: Double
        /// Ties on `key` go to the lower (document rank, ordinal).
        let tie: Int
    }

    public enum Ranking {
        /// BM25 over segment or document lengths (k1 1.2, b 0.75), each positive leaf one term.
        case relevance
        /// Higher first; the key sees the unit as streamed.
        case key((MatchedUnit) -> Double)
    }

    private let k: Int
    private let index: InvertedIndex
    private let ranking: Ranking
    private let documentRanks: [Int]?
    private var weights: BM25.Weights?
    /// Min-heap: the worst kept candidate at the root.
    private var heap: [Candidate] = []

    /// `documentRanks`, when given, breaks ties between documents (report ids not in index order); otherwise
    /// ties go to the unit met first.
    public init(_ k: Int, index: InvertedIndex, by ranking: Ranking = .relevance, documentRanks: [Int]? = nil) {
        self.k = max(0, k)
        self.index = index
        self.ranking = ranking
        self.documentRanks = documentRanks
    }

    public var detail: MatchDetail { .counts }

    public mutating func begin(_ query: MatchQueryInfo) { weights = BM25.Weights(query, index: index) }

    /// Higher key first, then the lower tie.
    static func before(_ a: Candidate, _ b: Candidate) -> Bool {
        a.key != b.key ? a.key > b.key : (a.tie, a.ordinal) < (b.tie, b.ordinal)
    }

    public mutating func collect(_ unit: MatchedUnit) {
        guard k > 0 else { return }
        let score = weights!.score(unit)
        let key: Double
        switch ranking {
        case .relevance: key = score
        case .key(let f): key = f(unit)
        }
        let c = Candidate(ordinal: unit.ordinal, unit: unit.unit, document: unit.document, score: score, key: key,
                          tie: documentRanks?[unit.document] ?? 0)
        if heap.count < k {
            heap.append(c)
            var i = heap.count - 1
            while i > 0 {
                let p = (i - 1) / 2
                guard Self.before(heap[p], heap[i]) else { break }
                heap.swapAt(p, i)
                i = p
            }
        } else if Self.before(c, heap[0]) {
            heap[0] = c
            var i = 0
            while true {
                let l = 2 * i + 1, r = l + 1
                var worst = i
                if l < heap.count && Self.before(heap[worst], heap[l]) { worst = l }
                if r < heap.count && Self.before(heap[worst], heap[r]) { worst = r }
                if worst == i { break }
                heap.swapAt(i, worst)
                i = worst
            }
        }
    }

    /// The kept units, best first.
    public var best: [Candidate] { heap.sorted(by: Self.before) }
}
