// PhraseMatcherTests: positional phrase matching equals a brute-force scan; planted phrases are all found.
import TestSupport
import XCTest
@testable import PhraseIndex

final class PhraseMatcherTests: XCTestCase {
    private func bruteForce(_ docs: [SourceDocument], _ phrase: [String]) -> [Int: [Int32]] {
        var out: [Int: [Int32]] = [:]
        for (d, doc) in docs.enumerated() {
            let terms = Tokenizer.tokens(of: doc.text).map(\.term)
            guard terms.count >= phrase.count else { continue }
            for s in 0...(terms.count - phrase.count) where Array(terms[s..<s + phrase.count]) == phrase {
                out[d, default: []].append(Int32(s))
            }
        }
        return out
    }

    private func matched(_ index: InvertedIndex, _ phrase: [String]) -> [Int: [Int32]] {
        let ids = phrase.compactMap(index.termID)
        guard ids.count == phrase.count else { return [:] }
        var matcher = PhraseMatcher(index: index, terms: ids)
        var out: [Int: [Int32]] = [:]
        while let d = matcher.next() {
            let starts = matcher.startPositions()
            if !starts.isEmpty { out[d] = starts }
        }
        return out
    }

    func testPhrasesEqualBruteForce() {
        let docs = RandomCorpus.documents(count: 400, seed: 21)
        let index = InvertedIndex(documents: docs, options: .init(threads: 2, chunkBytes: 8000))
        let phrases = [["risk", "of", "harm"], ["of", "of"], ["the", "gate", "the"], ["provider", "s"], ["cafe"],
                       ["well", "led", "2019"], ["harm", "harm", "harm"], ["case", "cases", "caseload", "managers"]]
        for phrase in phrases { XCTAssertEqual(matched(index, phrase), bruteForce(docs, phrase), "\(phrase)") }
    }

    func testPlantedPhraseIsFoundExactlyNTimes() {
        var docs = RandomCorpus.documents(count: 300, seed: 5)
        var rng = SplitMix64(seed: 99)
        let planted = 37
        var where_: [Int] = []
        for _ in 0..<planted {
            let d = Int.random(in: 0..<docs.count, using: &rng)
            docs[d].text += " purple elephant parade"  // words absent from the random vocabulary
            where_.append(d)
        }
        let index = InvertedIndex(documents: docs)
        let found = matched(index, ["purple", "elephant", "parade"])
        XCTAssertEqual(found.values.reduce(0) { $0 + $1.count }, planted)
        XCTAssertEqual(Set(found.keys), Set(where_))
    }
}
