// DispersionTests: range, Juilland's D, DP and DP normalised on small cases worked by hand, edges included.
import Analysis
import XCTest

final class DispersionTests: XCTestCase {
    /// Parts of 10, 20 and 20 words (shares .2, .4, .4) holding 1, 2 and 0 of 3 occurrences.
    /// DP = ½(|1/3 − .2| + |2/3 − .4| + |0 − .4|) = ½(.1333 + .2667 + .4) = .4; normalised .4 / (1 − .2) = .5.
    /// Relative frequencies .1, .1, 0: mean 1/15, population sd √(((1/30)²·2 + (1/15)²)/3) = √2/30, so
    /// V = √2/2 and D = 1 − (√2/2)/√2 = .5.
    func testUnequalPartsWorkedByHand() throws {
        let d = Dispersion(frequencies: [1, 2, 0], sizes: [10, 20, 20])
        XCTAssertEqual(d.parts, 3)
        XCTAssertEqual(d.frequency, 3)
        XCTAssertEqual(d.range, 2)
        XCTAssertEqual(try XCTUnwrap(d.dp), 0.4, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(d.dpNormalised), 0.5, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(d.juillandD), 0.5, accuracy: 1e-12)
    }

    /// Equal parts, equal counts: perfectly even.
    func testPerfectlyEven() throws {
        let d = Dispersion(frequencies: [5, 5, 5, 5], sizes: [100, 100, 100, 100])
        XCTAssertEqual(d.range, 4)
        XCTAssertEqual(try XCTUnwrap(d.juillandD), 1, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(d.dp), 0, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(d.dpNormalised), 0, accuracy: 1e-12)
    }

    /// All in one of four equal parts: D = 0; DP = ½(¾ + 3·¼) = ¾, the most four equal parts allow, so
    /// normalised it is 1.
    func testAllInOnePart() throws {
        let d = Dispersion(frequencies: [0, 20, 0, 0], sizes: [100, 100, 100, 100])
        XCTAssertEqual(d.range, 1)
        XCTAssertEqual(try XCTUnwrap(d.juillandD), 0, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(d.dp), 0.75, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(d.dpNormalised), 1, accuracy: 1e-12)
    }

    /// All in the smallest of unequal parts: normalised DP is exactly 1 there too.
    func testAllInTheSmallestPart() throws {
        let d = Dispersion(frequencies: [4, 0, 0], sizes: [10, 30, 60])
        XCTAssertEqual(try XCTUnwrap(d.dp), 0.9, accuracy: 1e-12)  // ½(.9 + .3 + .6)
        XCTAssertEqual(try XCTUnwrap(d.dpNormalised), 1, accuracy: 1e-12)
    }

    func testOnePartAndZeroFrequency() throws {
        let one = Dispersion(frequencies: [3], sizes: [10])
        XCTAssertEqual(one.range, 1)
        XCTAssertEqual(try XCTUnwrap(one.dp), 0, accuracy: 1e-12)
        XCTAssertNil(one.juillandD, "D needs two parts")
        XCTAssertNil(one.dpNormalised, "one part's share is 1: nothing to normalise by")
        let none = Dispersion(frequencies: [0, 0, 0], sizes: [10, 20, 30])
        XCTAssertEqual(none.range, 0)
        XCTAssertEqual(none.frequency, 0)
        XCTAssertNil(none.juillandD)
        XCTAssertNil(none.dp)
        XCTAssertNil(none.dpNormalised)
        let empty = Dispersion(frequencies: [], sizes: [])
        XCTAssertEqual(empty.parts, 0)
        XCTAssertNil(empty.dp)
    }

    /// A part without words is not a part: the same as leaving it out.
    func testPartsWithoutWordsAreLeftOut() {
        XCTAssertEqual(Dispersion(frequencies: [1, 0, 2, 0], sizes: [10, 0, 20, 20]),
                       Dispersion(frequencies: [1, 2, 0], sizes: [10, 20, 20]))
    }

    /// Against the definitions written out again over random parts: DP from shares, D from relative frequencies.
    func testRandomPartsAgainstTheDefinitions() throws {
        var seed: UInt64 = 42
        func next(_ n: Int) -> Int { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return Int((seed >> 33) % UInt64(n)) }
        for _ in 0..<50 {
            let k = 2 + next(8)
            let sizes = (0..<k).map { _ in 1 + next(500) }
            let freqs = sizes.map { next(min($0, 9) + 1) }
            let d = Dispersion(frequencies: freqs, sizes: sizes)
            let f = Double(freqs.reduce(0, +)), total = Double(sizes.reduce(0, +))
            guard f > 0 else { XCTAssertNil(d.dp); continue }
            var dp = 0.0
            for i in 0..<k { dp += abs(Double(freqs[i]) / f - Double(sizes[i]) / total) }
            XCTAssertEqual(try XCTUnwrap(d.dp), dp / 2, accuracy: 1e-12)
            let rel = (0..<k).map { Double(freqs[$0]) / Double(sizes[$0]) }
            let mean = rel.reduce(0, +) / Double(k)
            let sd = (rel.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(k)).squareRoot()
            XCTAssertEqual(try XCTUnwrap(d.juillandD), 1 - sd / mean / Double(k - 1).squareRoot(), accuracy: 1e-12)
            XCTAssertEqual(d.range, freqs.filter { $0 > 0 }.count)
        }
    }

    /// The sparse form (parts holding the item only) gives what the dense form gives, edges included.
    func testSparseFormEqualsTheDenseForm() throws {
        var seed: UInt64 = 7
        func next(_ n: Int) -> Int { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return Int((seed >> 33) % UInt64(n)) }
        for trial in 0..<80 {
            let k = 1 + next(9)
            let sizes = (0..<k).map { _ in trial % 5 == 0 ? next(3) * 10 : 1 + next(400) }
            let freqs = sizes.map { $0 == 0 ? 0 : next(6) }
            let dense = Dispersion(frequencies: freqs, sizes: sizes)
            let sparse = Dispersion(occurrences: freqs.indices.filter { freqs[$0] > 0 }.map { ($0, freqs[$0]) }, sizes: sizes)
            XCTAssertEqual([sparse.parts, sparse.frequency, sparse.range], [dense.parts, dense.frequency, dense.range], "\(freqs) \(sizes)")
            for (a, b) in [(sparse.dp, dense.dp), (sparse.dpNormalised, dense.dpNormalised), (sparse.juillandD, dense.juillandD)] {
                XCTAssertEqual(a == nil, b == nil, "\(freqs) \(sizes)")
                if let a, let b { XCTAssertEqual(a, b, accuracy: 1e-9, "\(freqs) \(sizes)") }
            }
        }
    }

    /// U = D · f: for the hand-worked case above (D .5, f 3) it is 1.5; all in one part gives 0; one part, none.
    func testAdjustedFrequency() throws {
        XCTAssertEqual(try XCTUnwrap(Dispersion(frequencies: [1, 2, 0], sizes: [10, 20, 20]).adjustedFrequency), 1.5, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(Dispersion(frequencies: [0, 20, 0, 0], sizes: [100, 100, 100, 100]).adjustedFrequency), 0, accuracy: 1e-12)
        XCTAssertNil(Dispersion(frequencies: [3], sizes: [10]).adjustedFrequency)
    }

    /// The sparse form gives bit-identical values whatever order its occurrences come in: word lists ranked by U
    /// break ties on the exact value, so a sum taken in a dictionary's (per-run) order reordered tied words.
    func testSparseFormIsExactWhateverTheOrder() throws {
        let sizes = (0..<40).map { 17 + ($0 * 37) % 113 }
        let occurrences = (0..<40).filter { $0 % 3 != 1 }.map { (part: $0, count: 1 + ($0 * 7) % 5) }
        let first = Dispersion(occurrences: occurrences, sizes: sizes)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            let again = Dispersion(occurrences: occurrences.shuffled(using: &generator), sizes: sizes)
            XCTAssertEqual(again.juillandD?.bitPattern, first.juillandD?.bitPattern)
            XCTAssertEqual(again.dp?.bitPattern, first.dp?.bitPattern)
            XCTAssertEqual(again.dpNormalised?.bitPattern, first.dpNormalised?.bitPattern)
        }
    }
}
