// AssociationTests: MI, MI3, t-score, logDice and G² on a hand-built corpus whose table is counted by hand.
import Analysis
import Foundation
import PhraseIndex
import XCTest

final class AssociationTests: XCTestCase {
    /// Four findings; the node is "harm", one word either side:
    ///   risk of [harm] was high          -> of (left), was (right)
    ///   [harm] to children was not assessed -> to (right)
    ///   the risk was managed well        -> no node
    ///   [harm] was found                 -> was (right)
    /// So N = 5 + 6 + 5 + 3 = 19 words, R₁ = 4 window words; "was" occurs 4 times (C₁), twice in a window;
    /// "of" and "to" once each, both in a window.
    static let findings = ["risk of harm was high", "harm to children was not assessed", "the risk was managed well", "harm was found"]

    static func list() -> CollocateList {
        var text = "", segments: [Range<Int>] = []
        for f in findings {
            text += "- "
            let start = text.utf8.count
            text += f
            segments.append(start..<text.utf8.count)
            text += "\n"
        }
        let index = InvertedIndex(documents: [SourceDocument(text: text, segments: segments)])
        var nodes: [Int: [Range<Int>]] = [:]
        for s in 0..<index.segmentCount {
            for t in index.tokens(ofSegment: s) where t.term == "harm" { nodes[s, default: []].append(t.position..<(t.position + 1)) }
        }
        return Collocates.compute(index: index, scope: Array(0..<index.segmentCount), nodes: nodes, left: 1, right: 1, minimum: 1)
    }

    func testTheTableCountedByHand() throws {
        let list = Self.list()
        XCTAssertEqual(list.tokens, 19)
        XCTAssertEqual(list.windowTokens, 4)
        let was = try XCTUnwrap(list.entries.first { $0.word == "was" })
        let m = list.measures(of: was)
        XCTAssertEqual([m.observed, m.windowTokens, m.frequency, m.tokens], [2, 4, 4, 19])
        XCTAssertEqual(m.expected, 16.0 / 19, accuracy: 1e-12)
    }

    /// The measures of "was" (O 2, E 16/19) and "of" (O 1, C 1, E 4/19), worked out by hand:
    /// MI log₂(2·19/16) = log₂ 2.375; MI3 log₂(8·19/16) = log₂ 9.5; t (2 − 16/19)/√2; logDice 14 + log₂(4/8) = 13;
    /// for "of": MI = MI3 = log₂ 4.75, t = 1 − 4/19, logDice 14 + log₂(2/5).
    func testMeasuresWorkedByHand() throws {
        let list = Self.list()
        let was = list.measures(of: try XCTUnwrap(list.entries.first { $0.word == "was" }))
        XCTAssertEqual(try XCTUnwrap(was.mutualInformation), log2(2.375), accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(was.mi3), log2(9.5), accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(was.tScore), (2 - 16.0 / 19) / 2.0.squareRoot(), accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(was.logDice), 13, accuracy: 1e-12)
        let of = list.measures(of: try XCTUnwrap(list.entries.first { $0.word == "of" }))
        XCTAssertEqual(try XCTUnwrap(of.mutualInformation), log2(4.75), accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(of.mi3), log2(4.75), accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(of.tScore), 1 - 4.0 / 19, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(of.logDice), 14 + log2(0.4), accuracy: 1e-12)
        // G² of the 2×2 table [[2, 2], [2, 13]] (rows: in a window or not; columns: "was" or not), cell by cell.
        let cells: [(Double, Double)] = [(2, 4.0 * 4 / 19), (2, 4.0 * 15 / 19), (2, 15.0 * 4 / 19), (13, 15.0 * 15 / 19)]
        XCTAssertEqual(was.logLikelihood, 2 * cells.reduce(0) { $0 + $1.0 * log($1.0 / $1.1) }, accuracy: 1e-12)
        XCTAssertEqual(was.logLikelihood, try XCTUnwrap(list.entries.first { $0.word == "was" }).logLikelihood, accuracy: 1e-12)
    }

    func testBoundsAndAbsence() throws {
        // A word that fills the windows and occurs nowhere else reaches logDice's maximum, 14.
        let full = AssociationMeasures(observed: 6, windowTokens: 6, frequency: 6, tokens: 100)
        XCTAssertEqual(try XCTUnwrap(full.logDice), 14, accuracy: 1e-12)
        let absent = AssociationMeasures(observed: 0, windowTokens: 6, frequency: 3, tokens: 100)
        XCTAssertNil(absent.mutualInformation)
        XCTAssertNil(absent.mi3)
        XCTAssertNil(absent.tScore)
        XCTAssertNil(absent.logDice)
        XCTAssertEqual(absent.expected, 0.18, accuracy: 1e-12)
        // logDice does not depend on N; MI does.
        let small = AssociationMeasures(observed: 3, windowTokens: 20, frequency: 10, tokens: 1_000)
        let large = AssociationMeasures(observed: 3, windowTokens: 20, frequency: 10, tokens: 1_000_000)
        XCTAssertEqual(small.logDice, large.logDice)
        XCTAssertNotEqual(small.mutualInformation, large.mutualInformation)
    }
}
