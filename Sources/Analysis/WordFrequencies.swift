// WordFrequencies: word counts over a set of findings, kept per term id — the word list, and the tables keyness compares.
import PhraseIndex

/// How often each word occurs in a body of text, and in how many reports, kept per term id.
public struct FrequencyTable: Sendable {
    public let vocabulary: Vocabulary
    /// Occurrences per term id (0 for words not in the text).
    public let idCounts: [Int]
    /// Reports (documents) each word occurs in, per term id: its range, which tells a spread word from one
    /// report's habit.
    public let idReports: [Int]
    /// Running words (tokens), the denominator of every rate.
    public var tokens: Int
    /// Reports the text was drawn from.
    public var reportCount: Int

    public init(vocabulary: Vocabulary, counts: [Int], reports: [Int], tokens: Int, reportCount: Int) {
        self.vocabulary = vocabulary; idCounts = counts; idReports = reports; self.tokens = tokens; self.reportCount = reportCount
    }

    /// A table from word counts (tests and hand-made tables).
    public init(counts: [String: Int], tokens: Int, reports: [String: Int] = [:], reportCount: Int = 0) {
        let vocabulary = Vocabulary(words: Array(counts.keys) + Array(reports.keys))
        var c = [Int](repeating: 0, count: vocabulary.count), r = c
        for (w, n) in counts { c[vocabulary.id(w)!] = n }
        for (w, n) in reports { r[vocabulary.id(w)!] = n }
        self.init(vocabulary: vocabulary, counts: c, reports: r, tokens: tokens, reportCount: reportCount)
    }

    /// Counts every word in the given findings (segments) of the index, over term ids.
    public init(index: InvertedIndex, segments: [Int]) {
        var counts = [Int](repeating: 0, count: index.termCount)
        var seenIn = [Int](repeating: -1, count: index.termCount)
        var range = [Int](repeating: 0, count: index.termCount)
        var tokens = 0, documents = 0, last = -1
        FindingStreams.forEach(segments, in: index) { _, d, ids in
            if d != last { documents += 1; last = d }
            tokens += ids.count
            for t32 in ids where t32 >= 0 {
                let t = Int(t32)
                counts[t] += 1
                if seenIn[t] != d { seenIn[t] = d; range[t] += 1 }
            }
        }
        self.init(vocabulary: Vocabulary(index: index), counts: counts, reports: range, tokens: tokens, reportCount: documents)
    }

    /// Occurrences of a word (0 when absent).
    public func count(of word: String) -> Int { vocabulary.id(word).map { idCounts[$0] } ?? 0 }

    /// The words that occur, with their counts: for tests and small tables (words are made for every entry).
    public var counts: [String: Int] {
        Dictionary(uniqueKeysWithValues: idCounts.indices.filter { idCounts[$0] > 0 }.map { (vocabulary.word($0), idCounts[$0]) })
    }

    /// The words that occur, with their reports.
    public var reports: [String: Int] {
        Dictionary(uniqueKeysWithValues: idCounts.indices.filter { idCounts[$0] > 0 }.map { (vocabulary.word($0), idReports[$0]) })
    }

    /// Rate per 10,000 running words.
    public func perTenThousand(_ count: Int) -> Double { tokens == 0 ? 0 : Double(count) * 10_000 / Double(tokens) }
}

/// One row of a word list.
public struct WordCount: Sendable, Equatable {
    public var word: String
    public var count: Int
    public var reports: Int
    public var perTenThousand: Double
    /// How the word spreads over the write-ups, when the list was asked for it.
    public var dispersion: Dispersion? = nil
}

/// A word list: words by frequency, with the size of the text they were counted in.
public struct WordList: Sendable {
    public var entries: [WordCount]
    public var tokens: Int
    /// Distinct words counted (after stop words are dropped, when they are).
    public var types: Int
    public var reportCount: Int
}

public enum WordFrequencies {
    /// What a word list is ranked by: raw frequency, or Juilland's U (frequency times D), which sinks a word
    /// that one write-up repeats below one every write-up uses.
    public enum Ranking: String, Sendable, CaseIterable { case frequency = "count", adjusted }

    /// The words of `table`, commonest first (then by range, then alphabetically), keeping those seen at least
    /// `minimum` times and, with `dropStopWords`, leaving out function words. Rates stay per all running words.
    /// Sorting is on integer ids (in alphabetical order); a word is made only for each entry listed. With
    /// `dispersion` (over the same findings as `table`) each entry carries its range, D and DP, and the list
    /// may be ranked by U (ties as above).
    public static func list(_ table: FrequencyTable, dropStopWords: Bool = false, minimum: Int = 1,
                            dispersion: WordDispersion? = nil, ranking: Ranking = .frequency) -> WordList {
        let c = table.idCounts, r = table.idReports
        var kept = c.indices.filter { c[$0] >= max(1, minimum) }
        var words: [Int: String] = [:]
        if dropStopWords {
            kept = kept.filter { id in
                let w = table.vocabulary.word(id)
                words[id] = w
                return !StopWords.contains(w)
            }
        }
        let spread = dispersion.map { d in Dictionary(uniqueKeysWithValues: kept.map { ($0, d.dispersion(of: $0)) }) } ?? [:]
        if ranking == .adjusted, !spread.isEmpty {
            // U rounded to nine decimals: values equal in exact arithmetic but apart in their last bits (sums over
            // different parts) tie, and fall to the stated tie-breaks instead of rounding noise.
            let u = spread.mapValues { (($0.adjustedFrequency ?? Double($0.frequency)) * 1e9).rounded() }
            kept.sort { a, b in (u[b]!, c[b], r[b], a) < (u[a]!, c[a], r[a], b) }
        } else {
            kept.sort { a, b in (c[b], r[b], a) < (c[a], r[a], b) }
        }
        let entries = kept.map { id in
            WordCount(word: words[id] ?? table.vocabulary.word(id), count: c[id], reports: r[id], perTenThousand: table.perTenThousand(c[id]),
                      dispersion: spread[id])
        }
        return WordList(entries: entries, tokens: table.tokens, types: entries.count, reportCount: table.reportCount)
    }
}

/// The stop list used by `nostop`: English function words (shared with compare's keyness), single letters
/// and bare numbers, which say nothing about a finding on their own.
public enum StopWords {
    public static func contains(_ word: String) -> Bool {
        word.count < 2 || Stopwords.english.contains(word) || word.allSatisfy(\.isNumber)
    }
}
