// EvaluatorTests: field resolution and errors, highlights, BM25 order, NOT relative to candidates.
import XCTest
import PhraseIndex
@testable import QueryLanguage

final class EvaluatorTests: XCTestCase {
    /// Three documents; segments are the "- " lines.
    private func fixture() -> (InvertedIndex, [String]) {
        let texts = [
            "# HLNY\n- The risk of harm was assessed well.\n- Staff knew the provider’s risk of harm work.\n",
            "# Other\n- Risk, of harm! Risk of harm again and risk of serious harm.\n- Nothing relevant here.\n",
            "# Café\n- The community café opened; community cafe staff.\n",
        ]
        let docs = texts.map { text -> SourceDocument in
            var segments: [Range<Int>] = []
            var offset = 0
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                let n = line.utf8.count
                if line.hasPrefix("- ") { segments.append(offset + 2..<offset + n) }
                offset += n + 1
            }
            return SourceDocument(text: text, segments: segments)
        }
        return (InvertedIndex(documents: docs), texts)
    }

    private let resolver: FieldResolver = { f throws(QueryError) in
        switch (f.name, f.value) {
        case ("provider", .text("hlny")): return FieldMatch(documents: [0])
        case ("section", .text("first")): return FieldMatch(documents: [0, 1, 2], segments: [0, 2, 4])
        default: throw QueryError("unknown field '\(f.name)'", range: f.range, hint: "try provider:")
        }
    }

    func testFieldsRestrictAndErrorsPointAtTheFilter() throws {
        let (index, _) = fixture()
        let ev = QueryEvaluator(index: index, resolveField: resolver)
        XCTAssertEqual(try ev.evaluate(QueryParser.parse("\"risk of harm\" provider:hlny")).units.map(\.segment), [0, 1])
        XCTAssertEqual(try ev.evaluate(QueryParser.parse("\"risk of harm\" -provider:hlny")).units.map(\.segment), [2])
        XCTAssertEqual(try ev.evaluate(QueryParser.parse("\"risk of harm\" section:first")).units.map(\.segment), [0, 2])
        XCTAssertEqual(try ev.evaluate(QueryParser.parse("provider:hlny"), scope: .document).documents, [0])
        let query = "risk colour:blue"
        XCTAssertThrowsError(try ev.evaluate(QueryParser.parse(query))) { error in
            let e = error as! QueryError
            XCTAssertEqual(e.caretLines(in: query).carets, "     ^^^^^^^^^^^")
        }
        // Without a resolver, a field filter is an error at the filter, not a silent empty result.
        XCTAssertThrowsError(try QueryEvaluator(index: index).evaluate(QueryParser.parse("risk provider:hlny"))) { error in
            let e = error as! QueryError
            XCTAssertEqual(e.message, "field filters are not available here")
            XCTAssertEqual(e.hint, "search for words instead")
            XCTAssertEqual(e.caretLines(in: "risk provider:hlny").carets, "     ^^^^^^^^^^^^^")
        }
    }

    func testHighlightsSliceTheOriginalText() throws {
        let (index, texts) = fixture()
        let ev = QueryEvaluator(index: index)
        let matches = try ev.evaluate(QueryParser.parse("\"risk of harm\" OR \"community café\""))
        let slices = matches.units.map { unit in
            matches.highlights(unit, in: index).map { String(decoding: Array(texts[unit.document].utf8)[$0], as: UTF8.self) }
        }
        XCTAssertEqual(slices, [["risk of harm"], ["risk of harm"], ["Risk, of harm", "Risk of harm", "risk of"], ["community café", "community cafe"]]
                       .map { $0.filter { $0 != "risk of" } })
        XCTAssertEqual(matches.hitCount, 6)
        let docLevel = try ev.evaluate(QueryParser.parse("\"risk of harm\""), scope: .document)
        XCTAssertEqual(docLevel.units.map(\.document), [0, 1])
        XCTAssertEqual(docLevel.units.map { $0.spans.count }, [2, 2])
        XCTAssertEqual(docLevel.highlights(docLevel.units[0], in: index).map { String(decoding: Array(texts[0].utf8)[$0], as: UTF8.self) },
                       ["risk of harm", "risk of harm"])
    }

    func testBM25PrefersMoreHitsInShorterSegments() throws {
        let (index, _) = fixture()
        var top = TopKCollector(10, index: index)
        try QueryEvaluator(index: index).run(QueryParser.parse("risk"), scope: .segment, into: &top)
        let ranked = top.best
        XCTAssertEqual(ranked.map(\.unit), [2, 0, 1])  // 3 hits first; then the shorter one
        XCTAssertTrue(ranked[0].score > ranked[1].score && ranked[1].score > ranked[2].score)
    }

    func testNotIsRelativeToCandidatesAndAloneToEverything() throws {
        let (index, _) = fixture()
        let ev = QueryEvaluator(index: index)
        XCTAssertEqual(try ev.evaluate(QueryParser.parse("-risk")).units.map(\.segment), [3, 4])
        XCTAssertEqual(try ev.evaluate(QueryParser.parse("-risk"), scope: .document).documents, [2])
        XCTAssertEqual(try ev.evaluate(QueryParser.parse("risk -serious")).units.map(\.segment), [0, 1])
        XCTAssertEqual(try ev.countDocuments(QueryParser.parse("")), 0)
        XCTAssertEqual(try ev.countDocuments(QueryParser.parse("absentword OR risk")), 2)
    }

    func testPrefixStemAndNear() throws {
        let (index, _) = fixture()
        let ev = QueryEvaluator(index: index)
        XCTAssertEqual(try ev.evaluate(QueryParser.parse("commun*")).units.map(\.segment), [4])
        XCTAssertEqual(try ev.evaluate(QueryParser.parse("~assessing")).units.map(\.segment), [0])
        XCTAssertEqual(try ev.evaluate(QueryParser.parse("risk NEAR/1 harm")).units.map(\.segment), [0, 1, 2])
        XCTAssertEqual(try ev.evaluate(QueryParser.parse("staff NEAR/0 knew")).units.map(\.spans), [[8..<10]])
        XCTAssertEqual(try ev.evaluate(QueryParser.parse("assessed NEAR/0 risk")).units.count, 0)
        // NEAR is unordered: "harm! Risk" is adjacent.
        XCTAssertEqual(try ev.evaluate(QueryParser.parse("\"risk harm\"~0")).units.map(\.segment), [2])
    }
}
