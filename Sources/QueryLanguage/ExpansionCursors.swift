// ExpansionCursors: the postings of a prefix or stem expansion, walked together with a heap keyed by document.
import PhraseIndex

/// Asking every term of a large expansion about every document costs terms × documents; a heap keyed by
/// each cursor's document touches only the cursors that have the document, and their positions (distinct:
/// one term per position) are merged in one pass.
final class ExpansionCursors {
    private var cursors: [PostingCursor]
    /// Indices into `cursors` of the cursors not yet exhausted, as a min-heap by current document.
    private var heap: [Int]

    init(_ cursors: [PostingCursor]) {
        var started = cursors
        for i in started.indices { _ = started[i].next() }
        self.cursors = started
        heap = started.indices.filter { started[$0].document != Int.max }
        for i in stride(from: heap.count / 2 - 1, through: 0, by: -1) { siftDown(i) }
    }

    /// The expansion's positions in `doc`, ascending; documents must be asked in ascending order.
    func positions(in doc: Int) -> [Int32] {
        // Bring every cursor behind `doc` up to it (or past, or to its end).
        while let top = heap.first, cursors[top].document < doc {
            if cursors[top].advance(to: doc) { siftDown(0) } else { pop() }
        }
        var at: [Int] = []
        while let top = heap.first, cursors[top].document == doc { at.append(top); pop() }
        var lists: [[Int32]] = []
        for i in at {
            var p: [Int32] = []
            cursors[i].positions(into: &p)
            lists.append(p)
            push(i)  // still on `doc`: the next document asked moves it on
        }
        return lists.count == 1 ? lists[0] : KWayMerge.union(lists)
    }

    private func less(_ a: Int, _ b: Int) -> Bool {
        cursors[a].document != cursors[b].document ? cursors[a].document < cursors[b].document : a < b
    }

    private func siftDown(_ start: Int) {
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

    private func pop() {
        heap[0] = heap[heap.count - 1]
        heap.removeLast()
        if !heap.isEmpty { siftDown(0) }
    }

    private func push(_ i: Int) {
        heap.append(i)
        var c = heap.count - 1
        while c > 0 {
            let p = (c - 1) / 2
            guard less(heap[c], heap[p]) else { break }
            heap.swapAt(p, c)
            c = p
        }
    }
}
