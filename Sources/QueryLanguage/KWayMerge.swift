// KWayMerge: the union of k ascending lists in one pass with a heap — O(n log k) rather than k pairwise merges.

enum KWayMerge {
    /// The distinct elements of ascending lists, ascending.
    static func union<T: Comparable>(_ lists: [[T]]) -> [T] {
        let nonEmpty = lists.filter { !$0.isEmpty }
        switch nonEmpty.count {
        case 0: return []
        case 1: return nonEmpty[0]
        case 2: return union(nonEmpty[0], nonEmpty[1])
        default: break
        }
        var out: [T] = []
        out.reserveCapacity(nonEmpty.reduce(0) { $0 + $1.count })
        // Heap of (list, position), ordered by the element each points at, then by list for a stable order.
        var heap: [(list: Int, at: Int)] = nonEmpty.indices.map { ($0, 0) }
        func less(_ a: (list: Int, at: Int), _ b: (list: Int, at: Int)) -> Bool {
            let x = nonEmpty[a.list][a.at], y = nonEmpty[b.list][b.at]
            return x != y ? x < y : a.list < b.list
        }
        func siftDown(_ start: Int) {
            var i = start
            while true {
                let l = 2 * i + 1, r = l + 1
                var least = i
                if l < heap.count && less(heap[l], heap[least]) { least = l }
                if r < heap.count && less(heap[r], heap[least]) { least = r }
                if least == i { return }
                heap.swapAt(i, least)
                i = least
            }
        }
        for i in stride(from: heap.count / 2 - 1, through: 0, by: -1) { siftDown(i) }
        while let top = heap.first {
            let value = nonEmpty[top.list][top.at]
            if out.last != value { out.append(value) }
            if top.at + 1 < nonEmpty[top.list].count {
                heap[0].at += 1
            } else {
                heap[0] = heap[heap.count - 1]
                heap.removeLast()
            }
            if !heap.isEmpty { siftDown(0) }
        }
        return out
    }

    /// The distinct elements of two ascending lists, ascending.
    static func union<T: Comparable>(_ a: [T], _ b: [T]) -> [T] {
        var out: [T] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if a[i] < b[j] { out.append(a[i]); i += 1 } else if b[j] < a[i] { out.append(b[j]); j += 1 } else {
                out.append(a[i]); i += 1; j += 1
            }
        }
        out += a[i...]
        out += b[j...]
        return out
    }
}
