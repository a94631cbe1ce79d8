// WordFrequencies: word counts over a set of findings — the word list, and the tables keyness compares.
import PhraseIndex

/// Term ids of findings, one slice per segment. Each report is tokenized once, however many of its findings
/// are asked for, and only the findings' tokens are kept: statistics describe what inspectors wrote.
public enum FindingStreams {
    /// Calls `body(segment, document, termIDs)` for each segment, in ascending segment order.
    public static func forEach(_ segments: [Int], in index: InvertedIndex, _ body: (Int, Int, ArraySlice<Int>) -> Void) {
        var document = -1
        var ids: [Int] = []
        for s in segments.sorted() {
            let d = index.document(ofSegment: s)
            if d != document { document = d; ids = index.termIDs(ofDocument: d) }
            let r = index.tokenRange(ofSegment: s)
            body(s, d, ids[min(r.lowerBound, ids.count)..<min(r.upperBound, ids.count)])
        }
    }
}

/// How often each word occurs in a body of text, and in how many reports.
public struct FrequencyTable: Sendable, Equatable {
    public var counts: [String: Int]
    /// Reports (documents) each word occurs in: its range, which tells a spread word from one report's habit.
    public var reports: [String: Int]
    /// Running words (tokens), the denominator of every rate.
    public var tokens: Int
    /// Reports the text was drawn from.
    public var reportCount: Int

    public init(counts: [String: Int], tokens: Int, reports: [String: Int] = [:], reportCount: Int = 0) {
        self.counts = counts; self.tokens = tokens; self.reports = reports; self.reportCount = reportCount
    }

    /// Counts every word in the given findings (segments) of the index.
    public init(index: InvertedIndex, segments: [Int]) {
        var counts = [Int](repeating: 0, count: index.termCount)
        var seenIn = [Int](repeating: -1, count: index.termCount)
        var range = [Int](repeating: 0, count: index.termCount)
        var tokens = 0, documents = Set<Int>()
        FindingStreams.forEach(segments, in: index) { _, d, ids in
            documents.insert(d)
            tokens += ids.count
            for t in ids where t >= 0 {
                counts[t] += 1
                if seenIn[t] != d { seenIn[t] = d; range[t] += 1 }
            }
        }
        var byWord: [String: Int] = [:], byReport: [String: Int] = [:]
        for t in counts.indices where counts[t] > 0 {
            let w = index.term(t)
            byWord[w] = counts[t]; byReport[w] = range[t]
        }
        self.init(counts: byWord, tokens: tokens, reports: byReport, reportCount: documents.count)
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
    /// The words of `table`, commonest first (then by range, then alphabetically), keeping those seen at least
    /// `minimum` times and, with `dropStopWords`, leaving out function words. Rates stay per all running words.
    public static func list(_ table: FrequencyTable, dropStopWords: Bool = false, minimum: Int = 1) -> WordList {
        let kept = table.counts.filter { w, c in c >= minimum && !(dropStopWords && StopWords.contains(w)) }
        let entries = kept.map { w, c in
            WordCount(word: w, count: c, reports: table.reports[w] ?? 0, perTenThousand: table.perTenThousand(c))
        }.sorted { ($1.count, $1.reports, $0.word) < ($0.count, $0.reports, $1.word) }
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
