// InvertedIndex: the immutable positional index over numbered documents with segments.

/// An immutable, thread-safe positional index. Documents are numbered 0..<documentCount in input order;
/// segments are numbered globally in document order; term ids are in byte order of the folded terms.
public final class InvertedIndex: Sendable {
    let texts: any DocumentTexts
    let vocabulary: TermTable
    let postings: PostingStorage
    let layout: DocumentLayout
    let stems = StemCache()
    /// Where the build's time went, for `bench` and profiling.
    public let buildStatistics: IndexBuildStatistics

    init(texts: any DocumentTexts, vocabulary: TermTable, postings: PostingStorage, layout: DocumentLayout,
         buildStatistics: IndexBuildStatistics = IndexBuildStatistics()) {
        self.texts = texts
        self.vocabulary = vocabulary
        self.postings = postings
        self.layout = layout
        self.buildStatistics = buildStatistics
    }

    /// Builds an index over `documents` (in parallel unless `options.threads == 1`).
    public convenience init(documents: [SourceDocument], options: IndexBuildOptions = .init()) {
        let (built, statistics) = IndexBuilder.build(documents, options: options)
        self.init(texts: built.texts, vocabulary: built.vocabulary, postings: built.postings, layout: built.layout,
                  buildStatistics: statistics)
    }

    /// The same index reading its texts from `texts` (which must hold the same documents): the build's
    /// Strings can then be released.
    public func replacingTexts(_ texts: any DocumentTexts) -> InvertedIndex {
        precondition(texts.count == self.texts.count, "texts for a different number of documents")
        return InvertedIndex(texts: texts, vocabulary: vocabulary, postings: postings, layout: layout,
                             buildStatistics: buildStatistics)
    }

    // MARK: sizes and statistics

    public var documentCount: Int { layout.documentCount }
    public var segmentCount: Int { layout.segmentCount }
    public var termCount: Int { vocabulary.count }
    /// Tokens in the whole corpus (every document, inside segments or not).
    public var totalTokens: Int { layout.totalTokens }
    public var averageDocumentLength: Double { layout.averageDocumentLength }
    public var averageSegmentLength: Double { layout.averageSegmentLength }

    /// Approximate bytes held by the index itself (postings, vocabulary, layout), excluding the texts.
    public var storageBytes: Int { storageBreakdown.reduce(0) { $0 + $1.bytes } }

    /// `storageBytes` by part, in a fixed order: where the index's memory goes.
    public var storageBreakdown: [(part: String, bytes: Int)] {
        let p = postings, l = layout
        return [
            ("doc blocks", p.docBytes.count), ("positions", p.posBytes.count),
            ("term offsets", p.docStart.bytes.count + p.posStart.bytes.count + p.df.bytes.count + p.cf.bytes.count
                + p.skipStart.bytes.count),
            ("skips", p.skips.bytes.count),
            ("vocabulary", vocabulary.core.arenaCount + vocabulary.count * 20),
            ("layout", (l.tokenCount.count + l.segmentStart.count) * 4 + l.segmentDocument.count * 28),
        ]
    }

    // MARK: vocabulary

    /// The folded term with id `id`.
    public func term(_ id: Int) -> String {
        String(decoding: vocabulary.bytes(id), as: UTF8.self)
    }

    /// Id of an already-folded term (as produced by the tokenizer), or nil if it never occurs.
    public func termID(_ foldedTerm: String) -> Int? { vocabulary.lookup(foldedTerm) }

    /// Ids of all terms starting with the folded `prefix` (a contiguous range: ids are in byte order).
    public func termIDs(withPrefix prefix: String) -> Range<Int> {
        let p = Array(prefix.utf8)
        let lower = p.withUnsafeBufferPointer { pb in lowerBound { compareBytes($0, pb) >= 0 } }
        // First term past every term that starts with the prefix: its head compares greater.
        let upper = p.withUnsafeBufferPointer { pb in
            lowerBound { t in compareBytes(UnsafeBufferPointer(rebasing: t[0..<min(t.count, pb.count)]), pb) > 0 }
        }
        return lower..<max(lower, upper)
    }

    /// First term id whose bytes satisfy the monotone predicate.
    private func lowerBound(_ predicate: (UnsafeBufferPointer<UInt8>) -> Bool) -> Int {
        var lo = 0, hi = termCount
        while lo < hi {
            let mid = (lo + hi) >> 1
            if predicate(vocabulary.bytes(mid)) { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }

    /// Ids of all terms with the same Snowball English stem as `word` (folded first), ascending.
    public func termIDs(sharingStemWith word: String) -> [Int] { stems.terms(sharingStemWith: word, in: self) }

    /// Documents containing the term.
    public func documentFrequency(_ term: Int) -> Int { Int(postings.df[term]) }

    /// Occurrences of the term in the whole corpus.
    public func collectionFrequency(_ term: Int) -> Int { Int(postings.cf[term]) }

    /// A cursor over the term's postings.
    public func postings(_ term: Int) -> PostingCursor { PostingCursor(storage: postings, term: term) }

    // MARK: documents and segments

    public func text(ofDocument d: Int) -> String { texts.text(ofDocument: d) }
    public func tokenCount(ofDocument d: Int) -> Int { Int(layout.tokenCount[d]) }
    public func segments(ofDocument d: Int) -> Range<Int> { Int(layout.segmentStart[d])..<Int(layout.segmentStart[d + 1]) }
    public func document(ofSegment s: Int) -> Int { Int(layout.segmentDocument[s]) }
    /// Token positions (in the segment's document) the segment covers.
    public func tokenRange(ofSegment s: Int) -> Range<Int> { Int(layout.segmentTokenStart[s])..<Int(layout.segmentTokenEnd[s]) }
    public func byteRange(ofSegment s: Int) -> Range<Int> { Int(layout.segmentByteStart[s])..<Int(layout.segmentByteEnd[s]) }
    /// The segment containing a token position of a document, if any.
    public func segment(containing position: Int, inDocument d: Int) -> Int? { layout.segment(containing: position, inDocument: d) }

    /// All tokens of a document, with byte ranges into `text(ofDocument:)`.
    public func tokens(ofDocument d: Int) -> [Token] { texts.withUTF8(ofDocument: d) { Tokenizer().tokens(ofBytes: $0) } }

    /// The tokens of a segment (positions and byte ranges are the document's), tokenizing only that slice.
    public func tokens(ofSegment s: Int) -> [Token] {
        let d = document(ofSegment: s)
        let range = Int(layout.segmentFirstTokenByte[s])..<Int(layout.segmentByteEnd[s])
        return texts.withUTF8(ofDocument: d) {
            Tokenizer().tokens(ofBytes: $0, in: range, firstPosition: Int(layout.segmentTokenStart[s]))
        }
    }

    /// Byte ranges of token-position ranges of document `d` (empty ranges map to empty byte ranges).
    public func byteRanges(of positions: [Range<Int>], inDocument d: Int) -> [Range<Int>] {
        guard let maxEnd = positions.map(\.upperBound).max(), maxEnd > 0 else { return positions.map { _ in 0..<0 } }
        var starts: [Int] = [], ends: [Int] = []
        let tokenizer = Tokenizer()
        texts.withUTF8(ofDocument: d) { buffer in
            guard let base = buffer.baseAddress else { return }
            var remaining = maxEnd
            tokenizer.scan(base, count: buffer.count) { _, _, s, e in
                if remaining > 0 { starts.append(s); ends.append(e); remaining -= 1 }
            }
        }
        return positions.map { r in
            guard !r.isEmpty, r.upperBound <= starts.count else { return 0..<0 }
            return starts[r.lowerBound]..<ends[r.upperBound - 1]
        }
    }

    /// Term ids of a document by position (for n-grams and collocates), recomputed from its text.
    public func termIDs(ofDocument d: Int) -> [Int] {
        var ids: [Int] = []
        ids.reserveCapacity(tokenCount(ofDocument: d))
        let tokenizer = Tokenizer()
        texts.withUTF8(ofDocument: d) { buffer in
            guard let base = buffer.baseAddress else { return }
            tokenizer.scan(base, count: buffer.count) { folded, length, _, _ in
                ids.append(vocabulary.lookup(folded, length) ?? -1)
            }
        }
        return ids
    }
}
