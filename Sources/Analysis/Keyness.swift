// Keyness: what sets one body of findings apart from another (Dunning's G², log ratio, %DIFF): compare's summary and keywords.
import Foundation
import Inspections
import PhraseIndex

/// Counts of words and two-word phrases in a text, without stop words or the providers' own names.
public struct TermCounts: Sendable {
    public var counts: [String: Int] = [:]
    /// Running words (tokens) in the text, the denominator for rates.
    public var tokens: Int = 0

    /// Counts the findings of a report (not its notes). `exclude` holds folded words never counted (providers' names).
    public init(_ report: InspectionReport, exclude: Set<String>) {
        let tokenizer = Tokenizer()
        let text = report.text  // decompressed once, not once per finding
        for f in report.findings where !f.isNote {
            let words = tokenizer.tokens(of: text, in: f.range).map(\.term)
            tokens += words.count
            var previous: String?
            for w in words {
                let countable = TermCounts.countable(w, exclude)
                if countable { counts[w, default: 0] += 1 }
                if countable, let p = previous { counts[p + " " + w, default: 0] += 1 }
                previous = countable ? w : nil
            }
        }
    }

    static func countable(_ w: String, _ exclude: Set<String>) -> Bool {
        w.count > 1 && !Stopwords.english.contains(w) && !exclude.contains(w) && !w.allSatisfy(\.isNumber)
    }

    /// Folded words of a provider's names, ids and aliases: "hlny", "crc", "humberside", ...
    public static func nameWords(_ p: Provider) -> Set<String> {
        let text = ([p.id, p.name, p.shortName] + p.aliases).joined(separator: " ")
        return Set(Tokenizer.tokens(of: text.replacingOccurrences(of: "-", with: " ")).map(\.term))
    }

    /// Words that only name who was inspected or who owned it: trivially distinctive, so never counted.
    public static func nameWords(of report: InspectionReport) -> Set<String> {
        let owner = [report.owner, report.ownerGroup].compactMap { $0 }.joined(separator: " ")
        return nameWords(report.provider).union(Tokenizer.tokens(of: owner).map(\.term))
    }
}

/// One word or phrase and how it is distributed between A and B.
public struct KeyTerm: Sendable, Equatable {
    public var significant: Bool { g2 >= Keyness.threshold }
    public enum Side: String, Sendable { case a, b }
    public var term: String
    public var a: Int
    public var b: Int
    /// Log-likelihood G²; 3.84 is p < 0.05 with one degree of freedom, 6.63 p < 0.01.
    public var g2: Double
    public var favours: Side
}

public struct Keyness: Sendable {
    public var tokensA: Int
    public var tokensB: Int
    /// Key for A (relatively more frequent there, at least `minimum` times), strongest first; significant
    /// at p < 0.05 when `g2 >= threshold`.
    public var distinctiveA: [KeyTerm]
    public var distinctiveB: [KeyTerm]
    /// Frequent on both sides and not significantly different, commonest first.
    public var shared: [KeyTerm]

    public static let threshold = 3.84

    public init(a: TermCounts, b: TermCounts, limit: Int = 12, minimum: Int = 2) {
        tokensA = a.tokens; tokensB = b.tokens
        var all: [KeyTerm] = []
        for term in Set(a.counts.keys).union(b.counts.keys) {
            let x = a.counts[term] ?? 0, y = b.counts[term] ?? 0
            let g = Keyness.logLikelihood(x, a.tokens, y, b.tokens)
            let side: KeyTerm.Side = Double(x) * Double(max(1, b.tokens)) >= Double(y) * Double(max(1, a.tokens)) ? .a : .b
            all.append(KeyTerm(term: term, a: x, b: y, g2: g, favours: side))
        }
        let strongest: (KeyTerm, KeyTerm) -> Bool = { ($0.g2, $1.term) > ($1.g2, $0.term) }
        // Short write-ups rarely reach significance, so the strongest terms are listed either way; callers mark
        // those at or above `threshold`.
        func distinctive(_ side: KeyTerm.Side) -> [KeyTerm] {
            // A term common on both sides but not significantly different is shared, not distinctive.
            let key = all.filter { $0.favours == side && $0.g2 > 0 && (side == .a ? $0.a : $0.b) >= minimum
                && ($0.significant || (side == .a ? $0.b : $0.a) < minimum) }
                .sorted(by: strongest)
            return Array(Keyness.preferPhrases(key).prefix(limit))
        }
        distinctiveA = distinctive(.a)
        distinctiveB = distinctive(.b)
        let common = all.filter { $0.a >= minimum && $0.b >= minimum && $0.g2 < Keyness.threshold }
            .sorted { (min($0.a, $0.b), $0.a + $0.b, $1.term) > (min($1.a, $1.b), $1.a + $1.b, $0.term) }
        shared = Array(Keyness.preferPhrases(common).prefix(limit))
    }

    /// Drops a word when a listed phrase containing it has the same counts: the phrase says more.
    static func preferPhrases(_ terms: [KeyTerm]) -> [KeyTerm] {
        let phrases = terms.filter { $0.term.contains(" ") }
        return terms.filter { t in
            t.term.contains(" ") || !phrases.contains { p in
                p.a == t.a && p.b == t.b && p.term.split(separator: " ").contains { $0 == t.term }
            }
        }
    }

    /// Dunning's G² for a count `a` in a text of `n` tokens against `b` in `m` tokens.
    public static func logLikelihood(_ a: Int, _ n: Int, _ b: Int, _ m: Int) -> Double {
        guard n > 0, m > 0, a + b > 0 else { return 0 }
        let total = Double(n + m), both = Double(a + b)
        let e1 = Double(n) * both / total, e2 = Double(m) * both / total
        func part(_ o: Int, _ e: Double) -> Double { o == 0 ? 0 : Double(o) * log(Double(o) / e) }
        return 2 * (part(a, e1) + part(b, e2))
    }
}

/// One word's keyness between two frequency tables. Positive `logLikelihood` means over-used in A, negative in B.
public struct Keyword: Sendable, Equatable {
    public var word: String
    public var a: Int
    public var b: Int
    public var perTenThousandA: Double
    public var perTenThousandB: Double
    /// Signed G²: its size says how sure, its sign which side (+ A, − B).
    public var logLikelihood: Double
    /// Effect size: log₂ of the ratio of the rates (Hardie's Log Ratio; a zero count is read as 0.5).
    /// 1 means twice as common in A, −1 twice as common in B.
    public var logRatio: Double
    /// %DIFF (Gabrielatos and Marchi): how much higher A's rate is than B's, in percent; nil when B has none.
    public var percentDiff: Double?

    public var favoursA: Bool { logLikelihood >= 0 }
}

extension Keyness {
    /// G² at the usual p-values with one degree of freedom.
    public static let criticalValues: [(p: String, g2: Double)] = [
        ("0.05", 3.84), ("0.01", 6.63), ("0.001", 10.83), ("0.0001", 15.13),
    ]

    /// Every word of A or B whose G² reaches `threshold` and whose count on the side that over-uses it is at
    /// least `minimum`, leaving out `exclude`. A's keywords come first, then B's; each strongest first,
    /// then commonest on its own side, then alphabetically.
    public static func keywords(a: FrequencyTable, b: FrequencyTable, minimum: Int = 3, threshold: Double = 3.84,
                                exclude: Set<String> = []) -> [Keyword] {
        // Tables of one index share their ids; tables built apart are read through their words.
        guard a.vocabulary === b.vocabulary else {
            let words = Array(Set(a.counts.keys).union(b.counts.keys))
            let shared = Vocabulary(words: words)
            func remap(_ t: FrequencyTable) -> FrequencyTable {
                var c = [Int](repeating: 0, count: shared.count)
                for (w, n) in t.counts { c[shared.id(w)!] = n }
                return FrequencyTable(vocabulary: shared, counts: c, reports: c.map { _ in 0 }, tokens: t.tokens, reportCount: t.reportCount)
            }
            return keywords(a: remap(a), b: remap(b), minimum: minimum, threshold: threshold, exclude: exclude)
        }
        let excluded = Set(exclude.compactMap { a.vocabulary.id($0) })
        var out: [Keyword] = []
        for id in 0..<min(a.idCounts.count, b.idCounts.count) where !excluded.contains(id) {
            let x = a.idCounts[id], y = b.idCounts[id]
            guard x + y > 0 else { continue }
            let g2 = logLikelihood(x, a.tokens, y, b.tokens)
            guard g2 >= threshold else { continue }
            // The word is made only for a keyword that is kept.
            let k = keyword(a.vocabulary.word(id), x, a.tokens, y, b.tokens)
            guard (k.favoursA ? x : y) >= minimum else { continue }
            out.append(k)
        }
        return out.sorted { p, q in
            if p.favoursA != q.favoursA { return p.favoursA }
            let (fp, fq) = p.favoursA ? (p.a, q.a) : (p.b, q.b)
            return (abs(q.logLikelihood), fq, p.word) < (abs(p.logLikelihood), fp, q.word)
        }
    }

    /// The measures for one word: `x` of `n` tokens in A against `y` of `m` in B.
    public static func keyword(_ word: String, _ x: Int, _ n: Int, _ y: Int, _ m: Int) -> Keyword {
        let rateA = n == 0 ? 0 : Double(x) / Double(n), rateB = m == 0 ? 0 : Double(y) / Double(m)
        let g2 = logLikelihood(x, n, y, m)
        let ratio = n == 0 || m == 0 ? 0
            : log2((x == 0 ? 0.5 : Double(x)) / Double(n) / ((y == 0 ? 0.5 : Double(y)) / Double(m)))
        return Keyword(word: word, a: x, b: y, perTenThousandA: rateA * 10_000, perTenThousandB: rateB * 10_000,
                       logLikelihood: rateA >= rateB ? g2 : -g2, logRatio: ratio,
                       percentDiff: y == 0 ? nil : (rateA - rateB) * 100 / rateB)
    }
}

/// Function words that carry no finding of their own.
enum Stopwords {
    static let english: Set<String> = [
        "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "before", "being",
        "between", "both", "but", "by", "can", "could", "did", "do", "does", "each", "for", "from", "had", "has",
        "have", "he", "her", "his", "how", "if", "in", "into", "is", "it", "its", "it's", "more", "most", "much",
        "no", "not", "of", "on", "one", "only", "or", "other", "our", "out", "over", "own", "same", "she", "should",
        "so", "some", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this",
        "those", "through", "to", "too", "two", "under", "up", "very", "was", "we", "were", "what", "when", "where",
        "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "s", "per", "cent", "were",
        "within", "well", "made", "make", "many", "often", "less", "few", "three", "four", "five", "six",
        // The write-ups' own boilerplate: ratings are compared above, and every write-up cites its sources.
        "rated", "rating", "ratings", "overall", "outstanding", "good", "requires", "requiring", "improvement",
        "inadequate", "report", "reports", "inspection", "inspections", "inspected", "inspectors", "inspectorate",
        "published", "publication", "source", "sources", "public", "standard", "standards", "known", "found",
        "said", "says", "company", "community", "rehabilitation", "division", "unit",
    ]
}
