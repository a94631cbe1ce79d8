// Vocabulary: the words a frequency table's integer ids stand for — an index's terms, or a list of words.
import PhraseIndex

/// Counting happens over integer ids; words are made only for what is shown. Ids follow the words' byte
/// order (an index's term table is sorted), so sorting by id is sorting alphabetically.
public final class Vocabulary: Sendable {
    private let index: InvertedIndex?
    private let list: [String]
    private let listIDs: [String: Int]

    public init(index: InvertedIndex) {
        self.index = index
        list = []
        listIDs = [:]
    }

    /// A vocabulary of the given words (tables built by hand).
    public init(words: [String]) {
        index = nil
        list = Array(Set(words)).sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        listIDs = Dictionary(uniqueKeysWithValues: list.enumerated().map { ($1, $0) })
    }

    public var count: Int { index?.termCount ?? list.count }

    public func word(_ id: Int) -> String { index?.term(id) ?? list[id] }

    public func id(_ word: String) -> Int? { index.map { $0.termID(word) } ?? listIDs[word] }
}
