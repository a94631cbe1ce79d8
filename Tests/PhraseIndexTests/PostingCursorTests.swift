// PostingCursorTests: cursors over rare and common terms, stepped and skipped at random, against brute force.
import Foundation
import TestSupport
import XCTest
@testable import PhraseIndex

final class PostingCursorTests: XCTestCase {
    /// Words with Zipf-like frequencies, so that document frequencies run from 1 (one short block, no skip
    /// entries) to nearly every document (many blocks), with some documents holding a word many times.
    static func skewedDocuments(count: Int, seed: UInt64) -> [SourceDocument] {
        var rng = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            let words = (0..<Int.random(in: 0...60, using: &rng)).map { _ -> String in
                let r = Double(UInt32.random(in: 1...UInt32.max, using: &rng)) / Double(UInt32.max)
                return "w\(Int(pow(5000, r)) - 1)"
            }
            let text = words.joined(separator: " ")
            return SourceDocument(text: text, segments: [0..<text.utf8.count])
        }
    }

    static func expectedPostings(_ docs: [SourceDocument]) -> [String: [(document: Int, positions: [Int32])]] {
        var byTerm: [String: [(document: Int, positions: [Int32])]] = [:]
        for (d, doc) in docs.enumerated() {
            for t in Tokenizer.tokens(of: doc.text) {
                if byTerm[t.term]?.last?.document == d {
                    byTerm[t.term]![byTerm[t.term]!.count - 1].positions.append(Int32(t.position))
                } else {
                    byTerm[t.term, default: []].append((d, [Int32(t.position)]))
                }
            }
        }
        return byTerm
    }

    func testRandomNextAndAdvanceMatchBruteForce() {
        let docs = Self.skewedDocuments(count: 2500, seed: 21)
        let index = InvertedIndex(documents: docs, options: .init(threads: 2, chunkBytes: 30_000))
        let expected = Self.expectedPostings(docs)
        XCTAssertTrue(expected.values.contains { $0.count == 1 }, "the corpus should have single-document terms")
        XCTAssertTrue(expected.values.contains { $0.count > 20 * PostingStorage.docBlockSize })
        var rng = SplitMix64(seed: 5)
        for term in expected.keys.sorted() {
            let list = expected[term]!
            let id = try! XCTUnwrap(index.termID(term))
            for walk in 0..<3 {
                var cursor = index.postings(id)
                var at = -1  // index in `list` of the cursor's document
                while true {
                    let jump = [1, 2, 5, 40, 300, 3000][Int.random(in: 0..<6, using: &rng)]
                    let ok: Bool
                    if walk == 0 || Bool.random(using: &rng) {
                        ok = cursor.next()
                        at += 1
                    } else {
                        let target = (at < 0 ? 0 : list[at].document) + jump
                        ok = cursor.advance(to: target)
                        while at < list.count && (at < 0 || list[at].document < target) { at += 1 }
                    }
                    guard at < list.count else {
                        XCTAssertFalse(ok, term)
                        XCTAssertEqual(cursor.document, Int.max, term)
                        XCTAssertFalse(cursor.next(), term)
                        XCTAssertFalse(cursor.advance(to: docs.count + 10), term)
                        break
                    }
                    XCTAssertTrue(ok, term)
                    XCTAssertEqual(cursor.document, list[at].document, "\(term) walk \(walk)")
                    XCTAssertEqual(cursor.positions, list[at].positions, "\(term) in \(list[at].document)")
                    XCTAssertEqual(cursor.termFrequency, list[at].positions.count, term)
                    if cursor.document != list[at].document { break }
                }
            }
        }
    }

    func testPhrasesOverSkewedTermsEqualBruteForce() {
        let docs = Self.skewedDocuments(count: 1500, seed: 8)
        let index = InvertedIndex(documents: docs, options: .init(threads: 2, chunkBytes: 25_000))
        let tokens = docs.map { Tokenizer.tokens(of: $0.text).map(\.term) }
        var rng = SplitMix64(seed: 9)
        for _ in 0..<150 {
            // Phrases taken from the text (so most occur), common and rare words mixed.
            let d = Int.random(in: 0..<docs.count, using: &rng)
            guard tokens[d].count >= 3 else { continue }
            let length = Int.random(in: 2...3, using: &rng)
            let start = Int.random(in: 0...(tokens[d].count - length), using: &rng)
            let phrase = Array(tokens[d][start..<(start + length)])
            var want: [Int: [Int32]] = [:]
            for (e, words) in tokens.enumerated() where words.count >= length {
                for p in 0...(words.count - length) where Array(words[p..<(p + length)]) == phrase {
                    want[e, default: []].append(Int32(p))
                }
            }
            var matcher = PhraseMatcher(index: index, terms: phrase.map { index.termID($0)! })
            var got: [Int: [Int32]] = [:]
            while let e = matcher.next() {
                let starts = matcher.startPositions()
                if !starts.isEmpty { got[e] = starts }
            }
            XCTAssertEqual(got, want, "\(phrase)")
        }
    }
}
