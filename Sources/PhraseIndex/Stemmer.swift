// Stemmer: Snowball (libstemmer) English stems, and the per-index cache grouping vocabulary terms by stem.
import CStemmer
import Foundation

/// A Snowball stemmer. Not thread-safe (libstemmer reuses one output buffer per stemmer): one per thread.
public final class Stemmer {
    private let handle: OpaquePointer

    /// nil if libstemmer does not know the algorithm.
    public init?(language: String = "english") {
        guard let h = sb_stemmer_new(language, nil) else { return nil }
        handle = h
    }

    deinit { sb_stemmer_delete(handle) }

    /// The stem of `word`. The input is lowercased and ’ is mapped to ' first, since the English
    /// stemmer is case-sensitive and only knows the ASCII apostrophe.
    public func stem(_ word: String) -> String {
        let prepared = word.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
        var bytes = Array(prepared.utf8)
        let count = Int32(bytes.count)
        return bytes.withUnsafeMutableBufferPointer { buffer -> String in
            // The returned buffer belongs to the stemmer and is valid only until the next call: copy at once.
            guard let out = sb_stemmer_stem(handle, buffer.baseAddress, count) else { return prepared }
            let length = Int(sb_stemmer_length(handle))
            return String(decoding: UnsafeBufferPointer(start: out, count: length), as: UTF8.self)
        }
    }
}

/// Lazily built map from stem to vocabulary terms, computed once per index on the first `~word` query.
final class StemCache: @unchecked Sendable {
    private let lock = NSLock()
    private var groups: [String: [Int]]?

    func terms(sharingStemWith word: String, in index: InvertedIndex) -> [Int] {
        let folded = Normalizer.normalize(word)
        guard !folded.isEmpty, let stemmer = Stemmer() else { return [] }
        let key = stemmer.stem(folded)
        lock.lock()
        defer { lock.unlock() }
        if groups == nil { groups = StemCache.group(index, stemmer) }
        var result = groups?[key] ?? []
        if let exact = index.termID(folded), !result.contains(exact) {
            result.append(exact)
            result.sort()
        }
        return result
    }

    private static func group(_ index: InvertedIndex, _ stemmer: Stemmer) -> [String: [Int]] {
        var groups: [String: [Int]] = [:]
        for id in 0..<index.termCount {
            groups[stemmer.stem(index.term(id)), default: []].append(id)  // ids ascend: lists stay sorted
        }
        return groups
    }
}
