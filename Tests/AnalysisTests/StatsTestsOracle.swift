// StatsTestsOracle: word lists, n-grams and collocates on a small built index equal a brute-force scan of the text.
import TestSupport
import Analysis
import Foundation
import PhraseIndex
import XCTest

final class StatsTestsOracle: XCTestCase {
    static let vocabulary = ["risk", "of", "harm", "case", "the", "gate", "staff", "well-led", "2019", "plans"]

    /// Seeded documents of 1–5 findings of 0–25 words, with a heading outside every finding.
    static func documents(seed: UInt64, count: Int = 12) -> [SourceDocument] {
        var rng = SplitMix64(state: seed)
        return (0..<count).map { d in
            var text = "# Heading risk of harm \(d)\n"
            var segments: [Range<Int>] = []
            for _ in 0..<Int.random(in: 1...5, using: &rng) {
                text += "- "
                let start = text.utf8.count
                text += (0..<Int.random(in: 0...25, using: &rng)).map { _ in vocabulary.randomElement(using: &rng)! }
                    .joined(separator: " ")
                segments.append(start..<text.utf8.count)
                text += ".\n## Section\n"
            }
            return SourceDocument(text: text, segments: segments)
        }
    }

    /// Brute force: each finding's words, by tokenizing the finding's own text.
    static func findingWords(_ docs: [SourceDocument]) -> [(document: Int, words: [String])] {
        docs.enumerated().flatMap { d, doc in
            doc.segments.map { r in (d, Tokenizer.tokens(of: String(decoding: Array(doc.text.utf8)[r], as: UTF8.self)).map(\.term)) }
        }
    }

    func testWordListCountsOnlyFindings() {
        let docs = Self.documents(seed: 7)
        let index = InvertedIndex(documents: docs)
        let table = FrequencyTable(index: index, segments: Array(0..<index.segmentCount))
        var counts: [String: Int] = [:], reports: [String: Set<Int>] = [:]
        for (d, words) in Self.findingWords(docs) { for w in words { counts[w, default: 0] += 1; reports[w, default: []].insert(d) } }
        XCTAssertEqual(table.counts, counts)
        XCTAssertEqual(table.reports, reports.mapValues(\.count))
        XCTAssertEqual(table.tokens, counts.values.reduce(0, +))
        XCTAssertNil(table.counts["heading"], "headings are not findings")
        let list = WordFrequencies.list(table, dropStopWords: true)
        XCTAssertFalse(list.entries.contains { ["of", "the", "2019"].contains($0.word) })
        XCTAssertEqual(list.entries, list.entries.sorted { ($1.count, $1.reports, $0.word) < ($0.count, $0.reports, $1.word) })
    }

    /// Each word's dispersion over the reports equals the dense definition fed with brute-force counts per report,
    /// each report as large as its findings' words; a list ranked by U is in U order.
    func testWordDispersionEqualsBruteForce() throws {
        for seed in [5, 6] as [UInt64] {
            let docs = Self.documents(seed: seed)
            let index = InvertedIndex(documents: docs)
            let segments = Array(0..<index.segmentCount).filter { $0 % 3 != 1 }
            let spread = WordDispersion(index: index, segments: segments)
            // Brute force over the kept findings: words per report and each word's count per report.
            var sizes: [Int: Int] = [:], counts: [String: [Int: Int]] = [:]
            let kept = Set(segments)
            for (s, (d, words)) in Self.findingWords(docs).enumerated() where kept.contains(s) {
                sizes[d, default: 0] += words.count
                for w in words { counts[w, default: [:]][d, default: 0] += 1 }
            }
            let reports = sizes.keys.sorted()
            XCTAssertEqual(spread.partSizes, reports.map { sizes[$0]! })
            for (word, perReport) in counts {
                let expected = Dispersion(frequencies: reports.map { perReport[$0] ?? 0 }, sizes: reports.map { sizes[$0]! })
                let got = spread.dispersion(of: try XCTUnwrap(index.termID(word)))
                XCTAssertEqual([got.parts, got.frequency, got.range], [expected.parts, expected.frequency, expected.range], word)
                XCTAssertEqual(try XCTUnwrap(got.dp), try XCTUnwrap(expected.dp), accuracy: 1e-9, word)
                XCTAssertEqual(try XCTUnwrap(got.juillandD), try XCTUnwrap(expected.juillandD), accuracy: 1e-9, word)
            }
            let table = FrequencyTable(index: index, segments: segments)
            let list = WordFrequencies.list(table, dispersion: spread, ranking: .adjusted)
            let u = list.entries.map { $0.dispersion!.adjustedFrequency! }
            XCTAssertEqual(u, u.sorted(by: >))
            XCTAssertEqual(Set(list.entries.map(\.word)), Set(counts.keys))
        }
    }

    func testNGramsEqualBruteForce() {
        for seed in [1, 2, 3] as [UInt64] {
            let docs = Self.documents(seed: seed)
            let index = InvertedIndex(documents: docs)
            let all = Array(0..<index.segmentCount)
            for n in 1...4 {
                var expected: [String: Int] = [:]
                for (_, words) in Self.findingWords(docs) where words.count >= n {
                    for i in 0...(words.count - n) { expected[words[i..<(i + n)].joined(separator: " "), default: 0] += 1 }
                }
                let list = NGrams.count(n: n, index: index, segments: all, minimum: 1)
                XCTAssertEqual(Dictionary(uniqueKeysWithValues: list.entries.map { ($0.text, $0.count) }), expected, "n=\(n) seed=\(seed)")
            }
        }
    }

    func testNGramsAroundHitsContainTheWholeHit() {
        let docs = Self.documents(seed: 11)
        let index = InvertedIndex(documents: docs)
        let risk = index.termID("risk")!
        var hits: [Int: [Range<Int>]] = [:]
        for s in 0..<index.segmentCount {
            for t in index.tokens(ofSegment: s) where t.term == "risk" { hits[s, default: []].append(t.position..<(t.position + 1)) }
        }
        XCTAssertGreaterThan(index.collectionFrequency(risk), 0)
        let list = NGrams.count(n: 3, index: index, segments: Array(hits.keys), hits: hits, minimum: 1)
        var expected: [String: Int] = [:]
        for (_, words) in Self.findingWords(docs) where words.count >= 3 {
            for i in 0...(words.count - 3) where words[i..<(i + 3)].contains("risk") {
                expected[words[i..<(i + 3)].joined(separator: " "), default: 0] += 1
            }
        }
        XCTAssertEqual(Dictionary(uniqueKeysWithValues: list.entries.map { ($0.text, $0.count) }), expected)
    }

    func testCollocatesEqualBruteForce() {
        for (seed, left, right) in [(3, 2, 2), (4, 4, 1), (5, 0, 3)] as [(UInt64, Int, Int)] {
            let docs = Self.documents(seed: seed, count: 20)
            let index = InvertedIndex(documents: docs)
            var nodes: [Int: [Range<Int>]] = [:]
            for s in 0..<index.segmentCount {
                for t in index.tokens(ofSegment: s) where t.term == "harm" { nodes[s, default: []].append(t.position..<(t.position + 1)) }
            }
            let list = Collocates.compute(index: index, scope: Array(0..<index.segmentCount), nodes: nodes,
                                          left: left, right: right, minimum: 1)
            // Brute force over each finding's words: positions within reach of a "harm" that are not "harm" themselves.
            var together: [String: Int] = [:], total: [String: Int] = [:], window = 0, n = 0
            for (_, words) in Self.findingWords(docs) {
                n += words.count
                for w in words { total[w, default: 0] += 1 }
                let hitsAt = words.indices.filter { words[$0] == "harm" }
                for i in words.indices where words[i] != "harm"
                    && hitsAt.contains(where: { ($0 - left..<$0).contains(i) || (($0 + 1)..<($0 + 1 + right)).contains(i) }) {
                    window += 1; together[words[i], default: 0] += 1
                }
            }
            XCTAssertEqual(list.windowTokens, window)
            XCTAssertEqual(list.tokens, n)
            let attracted = together.filter { w, o in Double(o) > Double(window) * Double(total[w]!) / Double(n) }
            XCTAssertEqual(Dictionary(uniqueKeysWithValues: list.entries.map { ($0.word, $0.together) }), attracted, "seed \(seed)")
            for c in list.entries {
                XCTAssertEqual(c.left + c.right, c.together)
                let e = Double(window) * Double(total[c.word]!) / Double(n)
                XCTAssertEqual(c.expected, e, accuracy: 1e-9)
                XCTAssertEqual(c.mutualInformation, log2(Double(c.together) / e), accuracy: 1e-9)
                XCTAssertEqual(c.logLikelihood, Self.g2(c.together, window, total[c.word]!, n), accuracy: 1e-9)
                // MI3, t-score and logDice straight from the brute-force counts.
                let o = Double(c.together)
                XCTAssertEqual(c.mi3, log2(o * o * o / e), accuracy: 1e-9)
                XCTAssertEqual(c.tScore, (o - e) / o.squareRoot(), accuracy: 1e-9)
                XCTAssertEqual(c.logDice, 14 + log2(2 * o / Double(window + total[c.word]!)), accuracy: 1e-9)
            }
            let scores = list.entries.map(\.logLikelihood)
            XCTAssertEqual(scores, scores.sorted(by: >))
            // Every measure lists the same collocates, sorted by that measure (ties: more together first, then by word).
            for measure in CollocateList.Measure.allCases {
                let sorted = Collocates.compute(index: index, scope: Array(0..<index.segmentCount), nodes: nodes,
                                                left: left, right: right, minimum: 1, measure: measure)
                XCTAssertEqual(Set(sorted.entries.map(\.word)), Set(list.entries.map(\.word)))
                let keys = sorted.entries.map { ($0.score(measure), $0.together, $0.word) }
                XCTAssertTrue(zip(keys, keys.dropFirst()).allSatisfy { a, b in (b.0, b.1, a.2) <= (a.0, a.1, b.2) }, "\(measure)")
            }
        }
    }

    func testWindowsStopAtTheFindingAndCountOverlapsOnce() {
        let w = Collocates.windowPositions([3..<4, 5..<6], left: 2, right: 2, within: 2..<7)
        XCTAssertEqual(w.map(\.0), [2, 4, 6])
        XCTAssertEqual(w.map { $0.1 == .right }, [false, true, true])
    }

    /// G² of a 2×2 table from its four cells, written out independently of the implementation.
    static func g2(_ o11: Int, _ r1: Int, _ c1: Int, _ n: Int) -> Double {
        let o = [[o11, r1 - o11], [c1 - o11, n - r1 - c1 + o11]].map { $0.map(Double.init) }
        let rows = [Double(r1), Double(n - r1)], cols = [Double(c1), Double(n - c1)]
        var sum = 0.0
        for i in 0..<2 { for j in 0..<2 where o[i][j] > 0 { sum += o[i][j] * log(o[i][j] * Double(n) / (rows[i] * cols[j])) } }
        return 2 * sum
    }
}

