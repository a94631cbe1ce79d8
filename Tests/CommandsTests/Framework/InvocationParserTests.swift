// InvocationParserTests: subcommands, flags, bare option values and late options, read from the one definition.
@testable import Commands
import XCTest

final class InvocationParserTests: XCTestCase {
    func parse(_ line: String) throws -> Invocation {
        let words = LineSplitter.split(line)
        return try InvocationParser.parse(spec: CommandCatalog.lookup(words[0].text)!, line: line, words: words)
    }

    func testASubcommandWordChoosesItsForm() throws {
        XCTAssertEqual(try parse("chart ratings crc 2019 sort overall").spec.name, "chart ratings")
        XCTAssertEqual(try parse("plot heatmap").spec.name, "chart ratings")
        XCTAssertEqual(try parse("chart overall by owner").spec.name, "chart overall")
        let query = try parse("chart \"overall\" by owner")
        XCTAssertEqual(query.spec.name, "chart", "a quoted word is a query, not a subcommand")
        XCTAssertEqual(query.query, "\"overall\"")
        XCTAssertEqual(try parse("chart dispersion caseload* type pdu").query, "caseload*")
    }

    func testBareValuesCountAsTheirOptions() throws {
        let inv = try parse("league crc 2019 by reviewing")
        XCTAssertEqual(inv.option("type"), "crc")
        XCTAssertEqual(inv.option("year"), "2019")
        XCTAssertEqual(inv.option("by"), "reviewing")
        XCTAssertEqual(try parse("chart ratings pdu").option("type"), "pdu")
        XCTAssertThrowsError(try parse("league crc prison")) { e in
            XCTAssertEqual((e as? CommandError)?.message, "unexpected 'prison' after league")
        }
    }

    func testFlagsAtEitherEndOfAQueryAndOptionsInAnyOrder() throws {
        for line in ["freq nostop limit 20", "freq limit 20 nostop", "freq nostop hlny limit 20", "freq hlny limit 20 nostop"] {
            let inv = try parse(line)
            XCTAssertTrue(inv.has("nostop"), line)
            XCTAssertEqual(inv.option("limit"), "20", line)
        }
        XCTAssertEqual(try parse("freq hlny nostop limit 20").query, "hlny")
        // In the middle of a query a flag's word is searched for.
        XCTAssertEqual(try parse("ngrams 2 risk nostop harm").query, "risk nostop harm")
        XCTAssertFalse(try parse("ngrams 2 risk \"nostop\"").has("nostop"), "a quoted word is never a flag")
    }

    func testListTakesFiltersAndItsOwnOptions() throws {
        let inv = try parse("list reviewing:inadequate type:pdu sort date")
        XCTAssertEqual(inv.query, "reviewing:inadequate type:pdu")
        XCTAssertEqual(inv.option("sort"), "date")
        let old = try parse("list type nps year 2024")
        XCTAssertNil(old.query)
        XCTAssertEqual(old.option("type"), "nps")
        XCTAssertEqual(old.option("year"), "2024")
    }

    func testUsageIsGeneratedFromTheDefinition() {
        XCTAssertEqual(CommandCatalog.lookup("freq")!.usage, "freq [SIDE] [nostop] [limit N] [min N] [by count|adjusted]")
        XCTAssertEqual(CommandCatalog.lookup("list")!.usage,
                       "list [FILTERS] [type crc|nps|pdu|region|unknown] [year YYYY] [sort date|provider|overall|id]")
        XCTAssertEqual(CommandCatalog.lookup("chart")!.forms.map(\.name), ["chart ratings", "chart overall", "chart dispersion", "chart"])
    }

    /// A filter written after an option still filters: it joins the query, at its own column for carets.
    func testFiltersAfterAnOptionJoinTheQuery() throws {
        let inv = try parse("count risk by year type:crc")
        XCTAssertEqual(inv.option("by"), "year")
        XCTAssertEqual(inv.query, "risk         type:crc")
        XCTAssertEqual(inv.queryDisplay, "risk type:crc")
        XCTAssertEqual(inv.queryWords.map(\.text), ["risk", "type:crc"])
        let column = inv.queryOffset + inv.query!.utf8.count - "type:crc".utf8.count
        XCTAssertEqual(column, "count risk by year ".utf8.count)
        let two = try parse("find \"risk of harm\" limit 5 -type:crc year:2019..2020")
        XCTAssertEqual(two.option("limit"), "5")
        XCTAssertEqual(two.queryDisplay, "\"risk of harm\" -type:crc year:2019..2020")
        let only = try parse("count by year type:crc")
        XCTAssertEqual(only.query, "type:crc")
        XCTAssertEqual(only.option("by"), "year")
        // Without an option before it a filter is simply part of the query, as written.
        XCTAssertEqual(try parse("count risk type:crc by year").query, "risk type:crc")
        XCTAssertEqual(try parse("find risk harm:x").query, "risk harm:x")
        XCTAssertEqual(try parse("count risk by year").queryDisplay, "risk")
        XCTAssertFalse(InvocationParser.isFieldFilter("type:"))
        XCTAssertFalse(InvocationParser.isFieldFilter(":crc"))
        XCTAssertFalse(InvocationParser.isFieldFilter("\"a:b\""))
        XCTAssertTrue(InvocationParser.isFieldFilter("-year:2019"))
    }

    /// Another command's option after this command's options would silently become query words: an error says so.
    func testAnotherCommandsOptionAfterTheOptionsIsRefused() throws {
        XCTAssertThrowsError(try parse("count \"risk of harm\" by provider limit 5")) { e in
            let error = e as? CommandError
            XCTAssertEqual(error?.message, "count takes no option 'limit'")
            XCTAssertEqual(error?.hint, "its options: by, sort, show, form; to search for the word, quote it: \"limit\"")
            XCTAssertEqual(error?.range, 33..<38)
        }
        XCTAssertThrowsError(try parse("find risk limit 3 by year"))
        // Elsewhere such words are searched for, as written.
        XCTAssertEqual(try parse("count reviewed by year end").query, "reviewed by year end")
        XCTAssertEqual(try parse("find risk limit of harm").query, "risk limit of harm")
        XCTAssertEqual(try parse("count \"limit 5\" by year").query, "\"limit 5\"")
    }
}
