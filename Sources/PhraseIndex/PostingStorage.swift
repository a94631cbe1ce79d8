// PostingStorage: every term's documents as bit-packed blocks with skip entries, and its positions.

/// Skip entry of one doc block of a term with more than one block.
struct SkipEntry: Sendable, Equatable {
    /// Last document of the block (the next block's gaps count from it).
    var lastDoc: Int32
    /// Byte offset of the block in the term's doc stream.
    var docOffset: UInt32
    /// Byte offset of the block's first document's positions in the term's position stream.
    var posOffset: UInt32
}

/// All postings, immutable after build. Layout per term `t`:
/// - doc stream at `docStart[t]`: blocks of `docBlockSize` documents (the last one shorter), each a width byte
///   for the document gaps, a width byte for the position byte counts, then per document one bit-packed
///   field of both widths: the gap − 1 in its low bits, the position byte count − 1 above.
///   The first gap counts from document −1, every later block's from the previous block's last document.
/// - `skips[skipStart[t]..<skipStart[t + 1]]`: one entry per doc block, only if the term has two or more.
/// - position stream at `posStart[t]`: per document in order, its positions as byte varint gaps (the first
///   from 0), a document's bytes starting where the previous document's end.
/// The doc stream keeps `BitPacking.slack` readable bytes past its end.
final class PostingStorage: @unchecked Sendable {
    /// Documents per block: a skip entry and two width bytes per block, against decoding more of a block to
    /// reach one document (a phrase seeded by a rare word needs a few documents per block of a common one).
    static let docBlockSize = 32
    static let docBlockShift = 5

    let docBytes: Column<UInt8>, posBytes: Column<UInt8>
    let docStart: Column<Int64>, posStart: Column<Int64>
    let df: Column<UInt32>, cf: Column<UInt32>
    let skipStart: Column<UInt32>, skips: Column<SkipEntry>
    /// Keeps the columns' memory alive.
    let memory: ColumnMemory

    init(docBytes: Column<UInt8>, posBytes: Column<UInt8>, docStart: Column<Int64>, posStart: Column<Int64>,
         df: Column<UInt32>, cf: Column<UInt32>, skipStart: Column<UInt32>, skips: Column<SkipEntry>,
         memory: ColumnMemory) {
        self.docBytes = docBytes; self.posBytes = posBytes; self.docStart = docStart; self.posStart = posStart
        self.df = df; self.cf = cf; self.skipStart = skipStart; self.skips = skips; self.memory = memory
    }

    var termCount: Int { df.count }

    /// Number of doc blocks of a term with `df` documents.
    @inline(__always)
    static func docBlocks(_ df: Int) -> Int { (df + docBlockSize - 1) >> docBlockShift }
}
