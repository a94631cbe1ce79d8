// QueryParserTests: inputs -> explain output, including every lenient reading; real errors with carets.
import XCTest
@testable import QueryLanguage

final class QueryParserTests: XCTestCase {
    private func check(_ table: [(String, String)], file: StaticString = #filePath, line: UInt = #line) {
        for (input, expected) in table {
            XCTAssertEqual(explain(input), expected, "query: \(input)", file: file, line: line)
        }
    }

    /// Leniency is never silent: each repair is reported with where it was made; a query read as typed has none.
    func testRepairsAreReported() throws {
        func repairs(_ q: String) throws -> [String] { try QueryParser.parseReporting(q).repairs.map { "\($0.range): \($0.message)" } }
        XCTAssertEqual(try repairs("risk of harm"), [])
        XCTAssertEqual(try repairs("risk OR harm NOT care"), [])
        XCTAssertEqual(try repairs("risk or harm"), ["5..<7: 'or' was read as a word (OR in capitals is the operator)"])
        XCTAssertEqual(try repairs("Not and"), ["0..<3: 'Not' was read as a word (NOT in capitals is the operator)",
                                                "4..<7: 'and' was read as a word (AND in capitals is the operator)"])
        XCTAssertEqual(try repairs("\"risk of harm"), ["0..<13: a quote left open was closed at the end"])
        XCTAssertEqual(try repairs("provider:\"North"), ["9..<15: a quote left open was closed at the end"])
        XCTAssertEqual(try repairs("(risk OR harm"), ["0..<1: a '(' left open was closed at the end"])
        XCTAssertEqual(try repairs("risk) harm"), ["4..<5: a ')' with no '(' was left out"])
        // The node is the one parse() gives.
        XCTAssertEqual(try QueryParser.parseReporting("risk or harm").node, try QueryParser.parse("risk or harm"))
    }

    func testOperators() {
        check([
            ("risk of harm", "AND(TERM(risk), TERM(of), TERM(harm))"),
            ("\"risk of harm\"", "PHRASE(\"risk of harm\")"),
            ("“risk of harm”", "PHRASE(\"risk of harm\")"),
            ("risk OR harm", "OR(TERM(risk), TERM(harm))"),
            ("risk | harm", "OR(TERM(risk), TERM(harm))"),
            ("a b OR c d", "OR(AND(TERM(a), TERM(b)), AND(TERM(c), TERM(d)))"),
            ("risk AND harm", "AND(TERM(risk), TERM(harm))"),
            ("risk NOT harm", "AND(TERM(risk), NOT(TERM(harm)))"),
            ("risk -harm", "AND(TERM(risk), NOT(TERM(harm)))"),
            ("(risk OR harm) case", "AND(OR(TERM(risk), TERM(harm)), TERM(case))"),
            ("risk NEAR/5 harm", "NEAR/5(TERM(risk), TERM(harm))"),
            ("risk NEAR harm", "NEAR/10(TERM(risk), TERM(harm))"),
            ("\"risk harm\"~3", "NEAR/3(TERM(risk), TERM(harm))"),
            ("\"a b c\"~2", "NEAR/2(NEAR/2(TERM(a), TERM(b)), TERM(c))"),
            ("\"serious harm\" NEAR/2 (risk OR danger)", "NEAR/2(PHRASE(\"serious harm\"), OR(TERM(risk), TERM(danger)))"),
            ("case*", "PREFIX(case*)"),
            ("~managers", "STEM(~managers)"),
            ("provider:hlny", "FIELD(provider=hlny)"),
            ("Provider:\"Humberside, Lincs\"", "FIELD(provider=\"Humberside, Lincs\")"),
            ("year:2019..2020", "FIELD(year=2019..2020)"),
            ("year:2019..", "FIELD(year=2019..)"),
            ("published:..2020-03", "FIELD(published=..2020-03)"),
            ("-provider:hlny risk", "AND(NOT(FIELD(provider=hlny)), TERM(risk))"),
            ("reviewing:inadequate \"risk of harm\"", "AND(FIELD(reviewing=inadequate), PHRASE(\"risk of harm\"))"),
        ])
    }

    func testNormalization() {
        check([
            ("Café", "TERM(cafe)"),
            ("provider’s", "PHRASE(\"provider s\")"),
            ("provider's", "PHRASE(\"provider s\")"),
            ("through-the-gate", "PHRASE(\"through the gate\")"),
            ("Provider’s*", "AND(TERM(provider), PREFIX(s*))"),
            ("CASE*", "PREFIX(case*)"),
        ])
    }

    func testLenientReadings() {
        check([
            ("", "EMPTY"),
            ("   ", "EMPTY"),
            ("\"risk of harm", "PHRASE(\"risk of harm\")"),            // unbalanced quote closes at end
            ("\"\"", "EMPTY"),                                        // empty phrase vanishes
            ("risk \"\" harm", "AND(TERM(risk), TERM(harm))"),
            ("\"harm\"", "TERM(harm)"),                               // one-word phrase is a term
            ("OR risk", "TERM(risk)"),                                // stray OR at start
            ("risk OR", "TERM(risk)"),                                // ... at end
            ("risk OR OR harm", "OR(TERM(risk), TERM(harm))"),        // doubled
            ("| risk |", "TERM(risk)"),
            ("NOT", "EMPTY"),                                         // NOT alone
            ("risk NOT", "TERM(risk)"),
            ("-", "EMPTY"),
            ("risk - harm", "AND(TERM(risk), TERM(harm))"),           // a lone dash is punctuation
            ("NOT NOT harm", "TERM(harm)"),                           // double negation
            ("--harm", "TERM(harm)"),
            ("NOT -harm", "TERM(harm)"),
            ("()", "EMPTY"),
            ("risk () harm", "AND(TERM(risk), TERM(harm))"),
            ("(risk OR harm", "OR(TERM(risk), TERM(harm))"),          // unbalanced ( closes at end
            ("risk) harm", "AND(TERM(risk), TERM(harm))"),            // stray ) ignored
            ("))risk((", "TERM(risk)"),
            ("risk, of harm!", "AND(TERM(risk), TERM(of), TERM(harm))"),
            ("!!! ... ,", "EMPTY"),
            ("NEAR harm", "TERM(harm)"),                              // NEAR missing an operand
            ("risk NEAR", "TERM(risk)"),
            ("risk NEAR/3", "TERM(risk)"),
            ("risk NEAR OR harm", "OR(TERM(risk), TERM(harm))"),
            ("risk or harm", "AND(TERM(risk), TERM(or), TERM(harm))"),  // lowercase operators are words
            ("not near and", "AND(TERM(not), TERM(near), TERM(and))"),
            ("provider:", "TERM(provider)"),                          // field without a value is a word
            ("12:30", "PHRASE(\"12 30\")"),                          // not a field name: text that folds to two tokens
            ("*", "EMPTY"),
            ("~", "EMPTY"),
            ("a*b", "PHRASE(\"a b\")"),
            ("AND", "EMPTY"),
            ("risk AND AND harm", "AND(TERM(risk), TERM(harm))"),
        ])
    }

    /// `"caseload*"` is how a shell user keeps a prefix together: one quoted word ending in `*` is that prefix.
    /// In a phrase of several words `*` is punctuation (the evaluator has no phrase with a prefix last word).
    func testQuotedPrefixes() {
        check([
            ("\"caseload*\"", "PREFIX(caseload*)"),
            ("“caseload*”", "PREFIX(caseload*)"),
            ("\" caseload* \"", "PREFIX(caseload*)"),
            ("\"CASE**\"", "PREFIX(case*)"),
            ("\"caseload*\" by", "AND(PREFIX(caseload*), TERM(by))"),
            ("(\"caseload*\" OR workload*)", "OR(PREFIX(caseload*), PREFIX(workload*))"),
            ("\"provider's*\"", "AND(TERM(provider), PREFIX(s*))"),   // as the bare word reads
            ("\"caseload*\"~3", "PREFIX(caseload*)"),                   // one word: nothing to be near
            ("\"*\"", "EMPTY"),
            ("\"caseload\"", "TERM(caseload)"),
            ("\"risk of h*\"", "PHRASE(\"risk of h\")"),              // several words: the star is punctuation
            ("\"risk* of harm\"", "PHRASE(\"risk of harm\")"),
            ("\"provider:hlny*\"", "AND(TERM(provider), PREFIX(hlny*))"), // quoted: text, never a field
            ("\"-harm*\"", "PREFIX(harm*)"),                            // ... nor a negation
        ])
    }

    /// `-` against a quote negates what is quoted, as it negates a bare word.
    func testMinusNegatesQuotes() {
        check([
            ("caseload -\"risk of harm\"", "AND(TERM(caseload), NOT(PHRASE(\"risk of harm\")))"),
            ("caseload NOT \"risk of harm\"", "AND(TERM(caseload), NOT(PHRASE(\"risk of harm\")))"),
            ("-\"risk of harm\" caseload", "AND(NOT(PHRASE(\"risk of harm\")), TERM(caseload))"),
            ("caseload -“risk of harm”", "AND(TERM(caseload), NOT(PHRASE(\"risk of harm\")))"),
            ("caseload --\"risk of harm\"", "AND(TERM(caseload), PHRASE(\"risk of harm\"))"),
            ("caseload NOT -\"risk of harm\"", "AND(TERM(caseload), PHRASE(\"risk of harm\"))"),
            ("caseload -\"harm\"", "AND(TERM(caseload), NOT(TERM(harm)))"),
            ("caseload -\"case*\"", "AND(TERM(caseload), NOT(PREFIX(case*)))"),
            ("(-\"risk of harm\")", "NOT(PHRASE(\"risk of harm\"))"),
            ("a |-\"b c\"", "OR(TERM(a), NOT(PHRASE(\"b c\")))"),
            ("caseload -\"\"", "TERM(caseload)"),                          // nothing to negate
            ("caseload -\"", "TERM(caseload)"),
            ("\"a\"-\"b c\"", "AND(TERM(a), PHRASE(\"b c\"))"),             // mid-word dash: punctuation
            ("risk - \"of harm\"", "AND(TERM(risk), PHRASE(\"of harm\"))"), // a lone dash is punctuation
            ("-provider:\"North Marsh\" risk", "AND(NOT(FIELD(provider=\"North Marsh\")), TERM(risk))"),
            ("-12:\"x\"", "AND(NOT(TERM(12)), TERM(x))"),                 // not a field name: as before
        ])
        XCTAssertThrowsError(try QueryParser.parse("risk NEAR/3 -\"of harm\"")) { error in
            XCTAssertEqual((error as? QueryError)?.message, "NEAR needs a word or phrase on each side")
        }
        guard case .and(let parts) = try? QueryParser.parse("caseload -\"risk of harm\""),
              case .not(.phrase(_, let r)) = parts.last else { return XCTFail("not a negated phrase") }
        XCTAssertEqual(r, 10..<24, "the phrase's range starts at its quote")
    }

    func testErrorsHaveMessageRangeHintAndCarets() {
        let cases: [(String, String, Range<Int>, String)] = [
            ("year:2020..x", "range bound 'x' is not a number or date", 11..<12, "           ^"),
            ("year:..", "empty range for 'year'", 5..<7, "     ^^"),
            ("risk NEAR/x harm", "NEAR needs a number of words, not 'x'", 5..<11, "     ^^^^^^"),
            ("\"risk harm\"~x", "proximity needs a number of words, not 'x'", 11..<13, "           ^^"),
            ("risk NEAR/2 provider:hlny", "NEAR needs a word or phrase on each side", 5..<11, "     ^^^^^^"),
            ("café year:20x0..2020", "range bound '20x0' is not a number or date", 11..<15, "          ^^^^"),
        ]
        for (query, message, range, carets) in cases {
            XCTAssertThrowsError(try QueryParser.parse(query), query) { error in
                guard let e = error as? QueryError else { return XCTFail("untyped error") }
                XCTAssertEqual(e.message, message, query)
                XCTAssertEqual(e.range, range, query)
                XCTAssertNotNil(e.hint, query)
                XCTAssertEqual(e.caretLines(in: query).query, query)
                XCTAssertEqual(e.caretLines(in: query).carets, carets, query)
            }
        }
        XCTAssertEqual(explain("year:2020..x"), """
            error: range bound 'x' is not a number or date
              year:2020..x
                         ^
            hint: write year:2019..2020 (or 2019-04..2020-03)
            """)
    }

    func testCaretLineReplacesControlCharacters() {
        let e = QueryError("bad", range: 2..<3, hint: nil)
        XCTAssertEqual(e.caretLines(in: "a\tb").query, "a b")
        XCTAssertEqual(e.caretLines(in: "a\tb").carets, "  ^")
        XCTAssertEqual(QueryError("x", range: 50..<60).caretLines(in: "ab").carets, "  ^")  // clamped
    }

    func testDepthIsCappedWithAnError() {
        let ok = String(repeating: "(", count: 32) + "risk" + String(repeating: ")", count: 32)
        XCTAssertEqual(explain(ok), "TERM(risk)")
        let deep = String(repeating: "(", count: 100_000) + "risk"
        XCTAssertThrowsError(try QueryParser.parse(deep)) { error in
            XCTAssertEqual((error as? QueryError)?.message, "parentheses nested more than 32 deep")
            XCTAssertEqual((error as? QueryError)?.range, 32..<33)
        }
    }

    func testMaximumDepthFitsASecondaryThreadStack() {
        // Dispatch worker threads have 512 KiB stacks; the deepest legal query must parse there too.
        let deepest = String(repeating: "(NOT a ", count: QueryParser.maxDepth) + "b"
            + String(repeating: " NEAR x", count: QueryParser.maxNearOperands - 1)
        let done = expectation(description: "parsed")
        let thread = Thread {
            let parsed = (try? QueryParser.parse(deepest)) != nil
            XCTAssertTrue(parsed)
            done.fulfill()
        }
        thread.stackSize = 512 * 1024
        thread.start()
        wait(for: [done], timeout: 60)
    }

    func testNearChainsAreBounded() {
        let ok = (0..<32).map { "w\($0)" }.joined(separator: " NEAR ")
        XCTAssertNoThrow(try QueryParser.parse(ok))
        XCTAssertThrowsError(try QueryParser.parse(ok + " NEAR w32")) { error in
            XCTAssertEqual((error as? QueryError)?.message, "more than 32 operands in one NEAR chain")
        }
        let phrase = "\"" + (0..<33).map { "w\($0)" }.joined(separator: " ") + "\"~3"
        XCTAssertThrowsError(try QueryParser.parse(phrase)) { error in
            XCTAssertEqual((error as? QueryError)?.message, "more than 32 words in a proximity phrase")
        }
        XCTAssertEqual(explain("\"" + (0..<33).map { "w\($0)" }.joined(separator: " ") + "\"").hasPrefix("PHRASE("), true)
    }

    func testLargeQueriesParseInBoundedTime() throws {
        // 1 MB lines: long NOT chains and thousands of terms are iterative, not recursive.
        let nots = String(repeating: "NOT ", count: 250_001) + "harm"
        XCTAssertEqual(explain(nots), "NOT(TERM(harm))")
        let words = (0..<5000).map { "w\($0)" }.joined(separator: " OR ")
        guard case .or(let parts) = try QueryParser.parse(words) else { return XCTFail("not an OR") }
        XCTAssertEqual(parts.count, 5000)
        let megabyte = String(repeating: "risk of harm, ", count: 80_000)
        guard case .and(let terms) = try QueryParser.parse(megabyte) else { return XCTFail("not an AND") }
        XCTAssertEqual(terms.count, 240_000)
    }

    func testFieldRanges() throws {
        guard case .field(let f) = try QueryParser.parse("  Year:2019..2020") else { return XCTFail("no field") }
        XCTAssertEqual(f.name, "year")
        XCTAssertEqual(f.value, .range(lower: "2019", upper: "2020"))
        XCTAssertEqual(f.range, 2..<17)
        XCTAssertEqual(f.valueRange, 7..<17)
        guard case .field(let q) = try QueryParser.parse("owner:\"Purple Futures\"") else { return XCTFail("no field") }
        XCTAssertEqual(q.value, .text("Purple Futures"))
        XCTAssertEqual(q.valueRange, 6..<22)
    }
}
