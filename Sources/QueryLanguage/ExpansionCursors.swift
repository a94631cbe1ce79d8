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

    /// The cursors on the document being read, reused from one document to the next.
    private var at: [Int] = []

    /// The expansion's positions in `doc`, ascending; documents must be asked in ascending order.
    func positions(in doc: Int) -> [Int32] {
        var out: [Int32] = []
        positions(in: doc, into: &out)
        return out
    }

    /// Appends the expansion's positions in `doc`, ascending, to `out` (emptied first).
    func positions(in doc: Int, into out: inout [Int32]) {
        out.removeAll(keepingCapacity: true)
        // Bring every cursor behind `doc` up to it (or past, or to its end).
        while let top = heap.first, cursors[top].document < doc {
            if cursors[top].advance(to: doc) { siftDown(0) } else { pop() }
        }
        at.removeAll(keepingCapacity: true)
        while let top = heap.first, cursors[top].document == doc { at.append(top); pop() }
        for i in at {
            cursors[i].positions(into: &out)
            push(i)  // still on `doc`: the next document asked moves it on
        }
        // Each position holds one term, so the lists are disjoint: one sort merges them.
        if at.count > 1 { out.sort() }
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
