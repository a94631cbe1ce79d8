// ExpansionCursors: the postings of a prefix or stem expansion, walked together with a heap keyed by document.
import PhraseIndex

/// Asking every term of a large expansion about every document costs terms × documents; a heap keyed by
/// each cursor's document touches only the cursors that have the document, and their positions (distinct:
/// one term per position) are merged by one sort.
final class ExpansionCursors {
    private var cursors: [PostingCursor]
    /// Each cursor's current document, kept apart so heap comparisons read plain integers.
    private var documents: [Int]
    /// Indices into `cursors` of the cursors not yet exhausted, as a min-heap by current document.
    private var heap: [Int]
    /// The cursors on the document being read, reused from one document to the next.
    private var at: [Int] = []

    init(_ cursors: [PostingCursor]) {
        var started = cursors
        for i in started.indices { _ = started[i].next() }
        self.cursors = started
        let documents = started.map(\.document)
        var heap = started.indices.filter { started[$0].document != Int.max }
        for i in stride(from: heap.count / 2 - 1, through: 0, by: -1) { Self.siftDown(&heap, i, documents) }
        self.documents = documents
        self.heap = heap
    }

    /// The expansion's positions in `doc`, ascending; documents must be asked in ascending order.
    func positions(in doc: Int) -> [Int32] {
        var out: [Int32] = []
        positions(in: doc, into: &out)
        return out
    }

    /// Puts the expansion's positions in `doc`, ascending, in `out` (emptied first).
    func positions(in doc: Int, into out: inout [Int32]) {
        out.removeAll(keepingCapacity: true)
        // Worked on in locals (moved out, so never copied): the heap is touched many times per document.
        var heap: [Int] = [], documents: [Int] = [], at: [Int] = []
        swap(&heap, &self.heap); swap(&documents, &self.documents); swap(&at, &self.at)
        at.removeAll(keepingCapacity: true)
        // Bring every cursor behind `doc` up to it (or past, or to its end).
        while let top = heap.first, documents[top] < doc {
            let more = cursors[top].advance(to: doc)
            documents[top] = cursors[top].document
            if more { Self.siftDown(&heap, 0, documents) } else { Self.pop(&heap, documents) }
        }
        while let top = heap.first, documents[top] == doc { at.append(top); Self.pop(&heap, documents) }
        for i in at {
            cursors[i].positions(into: &out)
            Self.push(&heap, i, documents)  // still on `doc`: the next document asked moves it on
        }
        // Each position holds one term, so the lists are disjoint: one sort merges them.
        if at.count > 1 { out.sort() }
        swap(&heap, &self.heap); swap(&documents, &self.documents); swap(&at, &self.at)
    }

    private static func less(_ a: Int, _ b: Int, _ documents: [Int]) -> Bool {
        documents[a] != documents[b] ? documents[a] < documents[b] : a < b
    }

    private static func siftDown(_ heap: inout [Int], _ start: Int, _ documents: [Int]) {
        var i = start
        while true {
            let l = 2 * i + 1, r = l + 1
            var least = i
            if l < heap.count && less(heap[l], heap[least], documents) { least = l }
            if r < heap.count && less(heap[r], heap[least], documents) { least = r }
            if least == i { return }
            heap.swapAt(i, least)
            i = least
        }
    }

    private static func pop(_ heap: inout [Int], _ documents: [Int]) {
        heap[0] = heap[heap.count - 1]
        heap.removeLast()
        if !heap.isEmpty { siftDown(&heap, 0, documents) }
    }

    private static func push(_ heap: inout [Int], _ i: Int, _ documents: [Int]) {
        heap.append(i)
        var c = heap.count - 1
        while c > 0 {
            let p = (c - 1) / 2
            guard less(heap[c], heap[p], documents) else { break }
            heap.swapAt(p, c)
            c = p
        }
    }
}
