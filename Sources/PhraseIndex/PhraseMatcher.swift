// PhraseMatcher: documents containing all terms of a phrase (leapfrog over cursors), then positional check.

/// Finds the start positions of a sequence of terms occurring consecutively. Documents are visited in
/// ascending order: `advance(to:)` finds the next document containing every term (a candidate), and
/// `startPositions()` checks positions in it. Repeated terms ("the cat the") are handled.
public struct PhraseMatcher {
    private var cursors: [PostingCursor]
    /// (cursor, phrase offset) for every word of the phrase; the first is the seed (rarest term).
    private let pairs: [(cursor: Int, offset: Int32)]
    public let length: Int
    /// The current candidate document (−1 before start, `Int.max` at the end).
    public private(set) var document = -1

    /// `terms` are term ids in phrase order; must be non-empty.
    public init(index: InvertedIndex, terms: [Int]) {
        precondition(!terms.isEmpty, "a phrase needs at least one term")
        var unique: [Int] = []
        var offsetLists: [[Int32]] = []
        for (i, t) in terms.enumerated() {
            if let k = unique.firstIndex(of: t) { offsetLists[k].append(Int32(i)) } else {
                unique.append(t)
                offsetLists.append([Int32(i)])
            }
        }
        // Rarest first: it drives the leapfrog and seeds the positional intersection.
        let order = unique.indices.sorted { (index.documentFrequency(unique[$0]), $0) < (index.documentFrequency(unique[$1]), $1) }
        cursors = order.map { index.postings(unique[$0]) }
        pairs = order.enumerated().flatMap { k, u in offsetLists[u].map { (cursor: k, offset: $0) } }
        length = terms.count
    }

    /// Moves to the first document ≥ `target` that contains every term; nil at the end.
    public mutating func advance(to target: Int) -> Int? {
        var goal = target
        while true {
            guard cursors[0].advance(to: goal) else { document = Int.max; return nil }
            goal = cursors[0].document
            var agreed = true
            for k in 1..<cursors.count {
                guard cursors[k].advance(to: goal) else { document = Int.max; return nil }
                if cursors[k].document != goal { goal = cursors[k].document; agreed = false; break }
            }
            if agreed { document = goal; return goal }
        }
    }

    /// Moves to the next candidate document after the current one.
    public mutating func next() -> Int? { advance(to: document + 1) }

    /// Phrase start positions in the current candidate document, ascending.
    public mutating func startPositions() -> [Int32] {
        var out: [Int32] = []
        scan { out.append($0); return true }
        return out
    }

    /// Appends the phrase start positions in the current candidate document to `out` (no allocation when
    /// `out` has room: the segment-scope fast path reuses one buffer for every document).
    public mutating func startPositions(into out: inout [Int32]) {
        scan { out.append($0); return true }
    }

    /// Whether the phrase occurs in the current candidate document; stops at the first occurrence
    /// and decodes positions lazily (the document-counting fast path).
    public mutating func containsMatch() -> Bool {
        var found = false
        scan { _ in found = true; return false }
        return found
    }

    /// Streams phrase starts to `body` until it returns false. One lazy position reader per
    /// (term, offset) pair; the seed is the rarest term, and every miss lets the seed leap forward.
    @inline(__always)
    private func scan(_ body: (Int32) -> Bool) {
        withUnsafeTemporaryAllocation(of: PositionReader.self, capacity: pairs.count) { readers in
            for (j, pair) in pairs.enumerated() { readers.initializeElement(at: j, to: cursors[pair.cursor].positionReader) }
            defer { _ = readers.deinitialize() }
            let seedOffset = pairs[0].offset
            var target: Int32 = seedOffset  // the seed's next acceptable position (start ≥ 0)
            outer: while readers[0].advance(to: target) {
                let start = readers[0].position - seedOffset
                for j in 1..<pairs.count {
                    let want = start + pairs[j].offset
                    guard readers[j].advance(to: want) else { return }
                    if readers[j].position != want {
                        target = max(readers[0].position + 1, readers[j].position - pairs[j].offset + seedOffset)
                        continue outer
                    }
                }
                if !body(start) { return }
                target = readers[0].position + 1
            }
        }
    }
}
