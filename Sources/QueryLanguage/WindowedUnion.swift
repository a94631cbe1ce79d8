// WindowedUnion: the documents of many terms' postings (a prefix or stem expansion), unioned through a bitset window.
import PhraseIndex

/// Each term's cursor fills a 4,096-document window of bits before the window is read out in order, as
/// tantivy's union does: the cost is the postings read plus one word per 64 documents, whatever the number
/// of terms, instead of one pass over the growing result per term.
enum WindowedUnion {
    static let windowBits = 4096

    static func documents(_ terms: [Int], in index: InvertedIndex) -> [Int32] {
        var cursors = terms.map { index.postings($0) }
        for i in cursors.indices { _ = cursors[i].next() }
        var out: [Int32] = []
        var words = [UInt64](repeating: 0, count: windowBits / 64)
        var live = cursors.filter { $0.document != Int.max }.count
        var start = cursors.map(\.document).min() ?? Int.max
        while live > 0, start != Int.max {
            // Align windows to multiples of their size, from the first document any cursor is on.
            start -= start % windowBits
            let end = start + windowBits
            live = 0
            var next = Int.max
            for i in cursors.indices {
                while cursors[i].document < end {
                    let d = cursors[i].document - start
                    words[d >> 6] |= 1 << UInt64(d & 63)
                    if !cursors[i].next() { break }
                }
                if cursors[i].document != Int.max { live += 1; next = min(next, cursors[i].document) }
            }
            for w in words.indices where words[w] != 0 {
                var bits = words[w]
                while bits != 0 {
                    out.append(Int32(start + w * 64 + bits.trailingZeroBitCount))
                    bits &= bits - 1
                }
                words[w] = 0
            }
            start = next
        }
        return out
    }
}
