// CommandMessageTests: command-line errors asserted through their values — message, the text the caret marks, hint.
import Foundation
import XCTest
@testable import Commands

final class CommandMessageTests: XCTestCase {
    static let mini = LoadedCorpus.load(paths: [Golden.fixtures.appendingPathComponent("mini").path])

    /// The error `line` throws in a fresh session on `corpus`.
    func error(_ line: String, corpus: LoadedCorpus = mini, setUp: (Session) -> Void = { _ in },
               file: StaticString = #filePath, lineNumber: UInt = #line) -> CommandError? {
        let session = Session(corpus: corpus, terminal: TerminalInfo(width: 80), sink: CollectingSink())
        setUp(session)
        do {
            try session.execute(line)
            XCTFail("'\(line)' did not fail", file: file, line: lineNumber)
        } catch let e as CommandError {
            return e
        } catch {
            XCTFail("'\(line)' threw \(error), not a CommandError", file: file, line: lineNumber)
        }
        return nil
    }

    /// Asserts the message, the hint and what the error points at: `marks` is the text under the caret, or
    /// nil for a caret just past the end of the line.
    func check(_ line: String, _ message: String, marks: String?, hint: String?, corpus: LoadedCorpus = mini,
               setUp: (Session) -> Void = { _ in }, file: StaticString = #filePath, lineNumber: UInt = #line) {
        guard let e = error(line, corpus: corpus, setUp: setUp, file: file, lineNumber: lineNumber) else { return }
        XCTAssertEqual(e.message, message, line, file: file, line: lineNumber)
        XCTAssertEqual(e.hint, hint, line, file: file, line: lineNumber)
        guard let range = e.range else { return XCTFail("\(line): no location", file: file, line: lineNumber) }
        let bytes = Array(line.utf8)
        if let marks {
            XCTAssertEqual(range.upperBound <= bytes.count ? String(decoding: bytes[range], as: UTF8.self) : nil, marks,
                           "\(line): the caret", file: file, line: lineNumber)
        } else {
            XCTAssertEqual(range.lowerBound, bytes.count, "\(line): the caret is not at the end", file: file, line: lineNumber)
        }
    }

    func testInvocationMessages() {
        check("league round", "'round' needs a value", marks: "round", hint: "each provider's Nth inspection in the corpus")
        check("count harm --format xml", "--format needs one of: table, csv, tsv, json, markdown", marks: "xml", hint: nil)
        check("count harm --format jsn", "--format needs one of: table, csv, tsv, json, markdown", marks: "jsn",
              hint: "did you mean 'json'?")
        check("count harm --format", "--format needs one of: table, csv, tsv, json, markdown", marks: "--format", hint: nil)
        check("count harm --colour", "unknown flag '--colour' for count", marks: "--colour", hint: "see help count")
        check("count harm --formt csv", "unknown flag '--formt' for count", marks: "--formt", hint: "did you mean '--format'?")
        check("show upland-crc 2030", "unexpected '2030' after show", marks: "2030", hint: "usage: show PROVIDER|ID")
    }

    func testMissingQueries() {
        check("track", "track needs a query", marks: nil,
              hint: "usage: track QUERY [by year|provider|owner|type|region] [type crc|nps|pdu|region|unknown]")
        check("chart dispersion", "chart dispersion needs a query", marks: nil,
              hint: "usage: chart dispersion QUERY [type crc|nps|pdu|region|unknown] [year YYYY]")
    }

    func testLeagueMessages() {
        check("league year 2019 round 2", "give a year or a round, not both", marks: "2", hint: "e.g. league type crc round 2")
        check("league by nosuch", "no standard 'nosuch'", marks: "nosuch", hint: "e.g. by reviewing, by ttg, by 2.4, by region")
        check("league by reviewng", "no standard 'reviewng'", marks: "reviewng", hint: "did you mean 'reviewing'?")
    }

    func testKeywordSides() {
        check("keywords vs rest", "keywords needs a side before 'vs'", marks: "vs", hint: "e.g. keywords hlny vs rest")
        check("keywords fenland@2030 vs rest", "no inspection of Fenland CRC published in 2030", marks: "fenland@2030",
              hint: "its inspections: fenland@2019, fenland@2020")
        check("keywords \"zzzqqq\" vs rest", "no finding matches 'zzzqqq'", marks: "zzzqqq", hint: "try count zzzqqq")
    }

    func testFieldFilterMessages() {
        check("find region:nowhere harm", "no region 'nowhere'", marks: "nowhere", hint: "no write-up names its region")
        check("find section:nosuch harm", "no section 'nosuch'", marks: "nosuch",
              hint: "sections include: case-supervision, court-work-and-victim-work, organisational-delivery, recommendations, "
                + "summary, unpaid-work-and-through-the-gate")
        check("find section:case-supervison harm", "no section 'case-supervison'", marks: "case-supervison",
              hint: "did you mean 'case-supervision'?")
        check("find provider:2019..2020 harm", "provider: needs a value, not a range", marks: "2019..2020", hint: "e.g. provider:something")
        check("find overall:brilliant harm", "'brilliant' is not a rating", marks: "brilliant",
              hint: "outstanding, good, requires-improvement (or ri) or inadequate")
        check("find reviewing:brilliant harm", "'brilliant' is not a rating", marks: "brilliant",
              hint: "outstanding, good, requires-improvement (or ri) or inadequate")
    }

    func testBenchWithoutAFolder() {
        check("bench /nonexistent/probe-bench", "no such folder '/nonexistent/probe-bench'", marks: "/nonexistent/probe-bench",
              hint: "give a folder of write-ups; Scripts/bench-peers generates its benchmark corpora under /tmp")
    }

    func testWritingWithoutAWriter() {
        // A session made without a file writer (as a library user might) refuses redirection with a message.
        guard let e = error("count harm > counts.csv") else { return }
        XCTAssertEqual(e.message, "writing files is not available here")
        XCTAssertNil(e.hint)
        XCTAssertNil(e.range)
    }

    func testInterruptedLoadKeepsTheCorpus() {
        let mini = Golden.fixtures.appendingPathComponent("mini").path
        var session: Session?
        guard let e = error("load " + mini, setUp: { s in s.isCancelled = { true }; session = s }) else { return }
        XCTAssertEqual(e.message, "loading interrupted; the corpus is unchanged")
        XCTAssertEqual(e.hint, "run the command again to load it")
        XCTAssertNil(e.range)
        XCTAssertEqual(session?.corpus.reports.count, Self.mini.reports.count)
    }

    func testProvidersWithoutWriteUps() throws {
        // One write-up of six registered providers: the others are known but have nothing loaded.
        let generated = GeneratedCorpus(seed: 1, writeUps: 1)
        let dir = try generated.write()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = LoadedCorpus.load(paths: [dir.path])
        let loaded = try XCTUnwrap(corpus.reports.first).provider.id
        let absent = try XCTUnwrap(GeneratedCorpus.providers.first { $0.id != loaded })
        check("show \(absent.id)", "\(absent.short) has no inspection in this corpus", marks: absent.id,
              hint: "list shows what is loaded", corpus: corpus)
        check("keywords \(absent.id) vs rest", "no write-up of \(absent.short) is loaded", marks: absent.id,
              hint: "list shows what is loaded", corpus: corpus)
        check("keywords \(loaded) vs rest", "nothing is left on the other side of \(loaded)", marks: "rest",
              hint: "compare with another provider or a filter", corpus: corpus)
    }

    func testBenchExpectations() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("probe-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let mini = Golden.fixtures.appendingPathComponent("mini").path
        let notJSON = dir.appendingPathComponent("results.txt").path
        try "not json".write(toFile: notJSON, atomically: true, encoding: .utf8)
        check("bench \(mini) runs 1 expect \(notJSON)", "cannot read expected counts from '\(notJSON)'", marks: notJSON,
              hint: "give the results.json of a peers' run; Scripts/bench-peers writes them under /tmp/probe-bench-peers")
        // The mini fixture has no travel warrants and no purple elephant parade: a peer counting them disagrees,
        // and every disagreement is listed, in the benchmark's order.
        let wrong = dir.appendingPathComponent("results.json").path
        try #"{"peers": {"sqlite-mem": {"queries": {"purple elephant parade": {"docs": 1000}, "travel warrants": {"docs": 7}}}}}"#
            .write(toFile: wrong, atomically: true, encoding: .utf8)
        guard let e = error("bench \(mini) runs 1 expect \(wrong)") else { return }
        XCTAssertEqual(e.message, "document counts differ from the expected ones: travel warrants: probe 0, expected 7; "
                       + "purple elephant parade: probe 0, expected 1000")
        XCTAssertEqual(e.hint, "the index and the expected counts disagree; compare how each tokenizer splits the listed queries")
        XCTAssertNil(e.range)
    }

    func testSourcedScriptErrorsAreCounted() throws {
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("probe-\(UUID().uuidString).probe").path
        try "nosuchcommand\ncount harm\nfind year:2030..2019 harm\n".write(toFile: script, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: script) }
        // A script stops at its first error unless it says otherwise.
        check("source \(script)", "1 error in '\(script)'", marks: script, hint: nil)
        try ("set bail off\n" + String(contentsOfFile: script, encoding: .utf8)).write(toFile: script, atomically: true, encoding: .utf8)
        check("source \(script)", "2 errors in '\(script)'", marks: script, hint: nil)
        XCTAssertEqual(error("source \(script)")?.alreadyReported, true, "each error was shown where it happened")
    }

    func testRedirectionAndKeywordSides() {
        check("count harm > a.csv b.csv", "'>' needs one file name after it", marks: ">",
              hint: "e.g. count \"risk of harm\" by provider > counts.csv")
        check("keywords rest", "'rest' needs another side", marks: "rest", hint: "e.g. keywords rest vs hlny")
    }

    func testQuerySyntaxMessages() {
        check("find risk NEAR/5 (harm case)", "NEAR needs a word or phrase on each side", marks: "NEAR/5",
              hint: "write: risk NEAR/5 \"serious harm\"")
        check("find risk NEAR/x harm", "NEAR needs a number of words, not 'x'", marks: "NEAR/x", hint: "write NEAR/5")
        check("find \"risk harm\"~x", "proximity needs a number of words, not 'x'", marks: "~x", hint: "write \"risk harm\"~5")
        let deep = "find " + String(repeating: "(", count: 33) + "risk"
        check(deep, "parentheses nested more than 32 deep", marks: "(", hint: "remove some parentheses")
        let chain = "find " + Array(repeating: "risk", count: 34).joined(separator: " NEAR ")
        check(chain, "more than 32 operands in one NEAR chain", marks: "NEAR", hint: "split the query with parentheses or AND")
        let phrase = "find \"" + (1...33).map { "w\($0)" }.joined(separator: " ") + "\"~5"
        check(phrase, "more than 32 words in a proximity phrase", marks: "~5", hint: "drop the ~5 to search for the exact phrase")
        check("find scope:xyz harm", "no scope 'xyz'", marks: "xyz", hint: "scope:findings (the default), scope:notes or scope:all")
        check("find year:20x9 harm", "'20x9' is not a year", marks: "20x9", hint: "write year:2019 or year:2019..2021")
        check("count harm by year limit 5", "count takes no option 'limit'", marks: "limit",
              hint: "its options: by, sort, show, form; to search for the word, quote it: \"limit\"")
        check("help chart ratngs", "chart has no form 'ratngs'", marks: "ratngs", hint: "did you mean 'ratings'?")
        check("help find x", "find has no form 'x'", marks: "x", hint: "help find shows its one form")
        check("count harm by year type:crx", "no provider type 'crx'", marks: "crx",
              hint: "type:crc, type:nps, type:pdu or type:region")
    }

    func testImportAndLoadMessages() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("probe-import-messages-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let doc = dir.appendingPathComponent("report.txt").path, file = dir.appendingPathComponent("a-file").path
        try "Case supervision\n\nPlans were written too late for most people.\n".write(toFile: doc, atomically: true, encoding: .utf8)
        try "not a folder\n".write(toFile: file, atomically: true, encoding: .utf8)
        check("import \(doc) to \(file)", "'\(file)' is a file, not a folder", marks: file, hint: "name a folder for the write-ups")
        // The system's own reason follows the colon; its wording is the platform's.
        let made = error("import \(doc) to \(file)/sub")
        XCTAssertEqual(made?.message.hasPrefix("cannot make the folder '\(file)/sub': "), true, made?.message ?? "")
        XCTAssertEqual(made?.hint, "check the path and its permissions")
        let out = dir.appendingPathComponent("out").path
        let stopped = error("import \(doc) to \(out)", setUp: { $0.isCancelled = { true } })
        XCTAssertEqual(stopped?.message, "import interrupted; nothing was written")
        XCTAssertEqual(stopped?.hint, "run the command again to import")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out), [], "an interrupted import wrote a file")
        let mini = Golden.fixtures.appendingPathComponent("mini").path
        check("load --add \(mini)", "'\(mini)' is already loaded", marks: mini, hint: "reload reads it again, picking up edits")
    }

    func testChartAndTwoWayCountMessages() {
        let nine = (1...9).map { "w\($0)" }.joined(separator: ", ")
        let many = error("chart \(nine) by year")
        XCTAssertEqual(many?.message, "at most 8 queries in one chart")
        XCTAssertEqual(many?.hint, "draw the others in a second chart")
        XCTAssertNotNil(many?.range, "no location")
    }

    func testWorkspaceMessages() {
        let loop = "e.g. foreach p in providers type:crc: compare $p ddc"
        check("foreach 1x in type:crc: count harm", "foreach needs a variable name", marks: "1x", hint: loop)
        check("foreach x of type:crc: count harm", "foreach needs 'in' after its variable", marks: "of", hint: loop)
        check("foreach x", "foreach needs 'in' after its variable", marks: nil, hint: loop)
        check("foreach x in type:crc", "foreach needs ':' after its filters, then the command", marks: nil, hint: loop)
        check("foreach x in type:crc :", "foreach needs a command after ':'", marks: nil, hint: loop)
        check("let 1x = 3", "'1x' cannot name a variable", marks: "1x",
              hint: "a letter or _, then letters, digits or _ (e.g. let provider = hlny); $_ is built in")
        check("save 1bad", "'1bad' cannot name a set", marks: "1bad",
              hint: "a set's name is a letter, then letters, digits, - or _ (at most 40)")
        check("save rh", "there is no result to save yet", marks: "rh", hint: "run find, kwic or count first, or save rh QUERY")
        check("use harm", "use takes field filters, not words", marks: "harm",
              hint: "e.g. use type:pdu year:2022..; for the findings of a search: find ..., save NAME, use set:NAME")
        check("lines 1", "no table to drill into yet", marks: "1", hint: "count, chart QUERY by GROUP or track makes one; then lines 1")
        check("tag 1 3 bad/tag", "'bad/tag' cannot be a tag", marks: "bad/tag",
              hint: "a tag is a letter, then letters, digits, - or _ (at most 40)")
        check("find harm seed 4", "seed goes with sample N", marks: "4", hint: "e.g. find ... sample 20 seed 4")
    }

    /// A setUp that runs `lines` first, failing the test if one of them fails.
    func after(_ lines: String...) -> (Session) -> Void {
        { session in
            for line in lines {
                do { try session.execute(line) } catch { XCTFail("setting up with '\(line)': \(error)") }
            }
        }
    }

    func testNumberedResultsAndTablesMessages() {
        check("tag 1 x", "no numbered results to pick from", marks: "1", hint: "find, kwic or lines lists findings with numbers")
        check("tag 99 x", "the last list had 4: there is no 99", marks: "99", hint: "numbers run from 1 to 4 (find harm)",
              setUp: after("find harm"))
        check("tag x", "tag needs findings and a tag", marks: nil, hint: "e.g. tag 1 3 assessment, or tag set:rh assessment")
        check("tag zzzq x", "no findings to tag: the query matched none", marks: "zzzq", hint: "find shows what a query matches")
        check("lines 1", "the last table had no rows", marks: "1", hint: nil, setUp: after("count zzzq by type"))
        check("lines 9", "the last table has no row '9'", marks: "9", hint: "rows 1 to 2: CRC, NPS", setUp: after("count harm by type"))
        check("use set:_", "the scope cannot be the last result, which the next search replaces", marks: "set:_",
              hint: "save it first: save NAME, then use set:NAME")
        check("drop rh", "the scope (set:rh) uses set rh", marks: "rh", hint: "use all (or another scope) first",
              setUp: after("find \"risk of harm\"", "save rh", "use set:rh"))
    }

    func testTagsFileThatCannotBeWritten() {
        struct Refused: Error, CustomStringConvertible { var description: String { "the folder is read-only" } }
        let mini = Golden.fixtures.appendingPathComponent("mini").path
        // The writer fails (as on a read-only folder); no tags file in the fixture is touched.
        let e = error("tag 1 x", corpus: LoadedCorpus.load(paths: [mini]), setUp: { session in
            session.writeFile = { _, _, _ in throw Refused() }
            self.after("find harm")(session)
        })
        XCTAssertEqual(e?.message, "could not write the tags file: the folder is read-only")
        XCTAssertEqual(e?.hint, "nothing was changed; PROBE_TAGS=FILE keeps tags elsewhere when the corpus folder is read-only")
        XCTAssertNotNil(e)
        XCTAssertNil(e?.range, "a file's failure, not the line's")
    }
}
