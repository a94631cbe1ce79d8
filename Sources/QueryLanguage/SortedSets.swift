// SortedSets: intersection (galloping), union (k-way) and difference of ascending Int32 lists.

enum SortedSets {
    /// Intersection; gallops through the larger list when sizes are skewed.
    static func intersect(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        var out: [Int32] = []
        out.reserveCapacity(small.count)
        var j = 0
        for x in small {
            var step = 1, hi = j
            while hi < large.count && large[hi] < x { j = hi; hi += step; step <<= 1 }
            var lo = j
            hi = min(hi, large.count)
            while lo < hi { let mid = (lo + hi) >> 1; if large[mid] < x { lo = mid + 1 } else { hi = mid } }
            j = lo
            if j == large.count { break }
            if large[j] == x { out.append(x) }
        }
        return out
    }

    /// The union of any number of lists in one heap merge (see KWayMerge).
    static func union(_ lists: [[Int32]]) -> [Int32] { KWayMerge.union(lists) }

    /// Elements of `a` not in `b`.
    static func subtract(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        guard !b.isEmpty else { return a }
        var out: [Int32] = []
        out.reserveCapacity(a.count)
        var j = 0
        for x in a {
            while j < b.count && b[j] < x { j += 1 }
            if j < b.count && b[j] == x { continue }
            out.append(x)
        }
        return out
    }
}
