// EndToEndOracleTests: random queries through the real parser and commands on a generated corpus, against brute force.
import Foundation
import Inspections
import Rendering
import Search
import TestSupport
import XCTest
@testable import Commands

/// Each seed writes a corpus to disk, loads it with the real loader, and runs random query strings as the
/// shell runs them (`count`, every `count ... by`, `find`, `kwic`), then asks the Search module's count path
/// directly. Every value is compared with BruteForceCorpus, which reads the same files with its own code.
/// PROBE_TEST_SEED=N replays (or varies) a run; every failure names its seed and query.
final class EndToEndOracleTests: XCTestCase {
    static let seed: UInt64 = ProcessInfo.processInfo.environment["PROBE_TEST_SEED"].flatMap { UInt64($0) } ?? 20_240_611
    static let corpora = 3
    static let queriesPerCorpus = 40
    /// `count ... by` takes these; a standard (`by reviewing`) is a grouping of charts and leagues, checked
    /// below on the Search module's count.
    static let groupings = ["provider", "owner", "type", "region", "year", "section", "overall"]

    struct Fixture {
        let seed: UInt64
        let oracle: BruteForceCorpus
        let session: Session
    }

    func fixture(_ seed: UInt64) throws -> Fixture {
        let generated = GeneratedCorpus(seed: seed, writeUps: 16)
        let dir = try generated.write()
        defer { try? FileManager.default.removeItem(at: dir) }
        let loaded = LoadedCorpus.load(paths: [dir.path])
        let session = Session(corpus: loaded, terminal: TerminalInfo(width: 80), sink: CollectingSink())
        return Fixture(seed: seed, oracle: BruteForceCorpus(files: generated.files), session: session)
    }

    /// Runs one command line as `Session.execute` does, but keeps the value instead of rendering it.
    func value(_ line: String, _ session: Session) throws -> any Renderable {
        let words = LineSplitter.split(line)
        let spec = try XCTUnwrap(CommandCatalog.lookup(words[0].text))
        var invocation = try InvocationParser.parse(spec: spec, line: line, words: words)
        invocation.effectiveFormat = invocation.format ?? session.settings.format
        return try XCTUnwrap(try spec.run(invocation, session))
    }

    func testTheGeneratedCorpusLoadsWithoutComplaint() throws {
        let f = try fixture(Self.seed)
        let loaded = f.session.corpus
        XCTAssertEqual(loaded.reports.count, f.oracle.reports.count, "seed \(f.seed)")
        XCTAssertEqual(loaded.diagnostics.map(\.message), [], "seed \(f.seed)")
        XCTAssertEqual(loaded.reports.flatMap { $0.findings.map(\.citation) }, f.oracle.units.map(\.citation), "seed \(f.seed)")
    }

    func testRandomQueriesAgreeWithBruteForce() throws {
        var matched = 0
        for k in 0..<UInt64(Self.corpora) {
            let f = try fixture(Self.seed &+ k)
            var queries = RandomQuery(rng: SplitMix64(seed: Self.seed &+ k &* 7_919), corpus: f.oracle)
            for _ in 0..<Self.queriesPerCorpus {
                let (text, query) = queries.next()
                try check(text, query, f)
                if f.oracle.findings.contains(where: { query.matches(f.oracle, $0) }) { matched += 1 }
            }
        }
        // Agreement on empty results proves little: most queries must match something.
        XCTAssertGreaterThan(matched, Self.corpora * Self.queriesPerCorpus / 2, "seed \(Self.seed): too few queries match")
    }

    /// Fixed queries that name each construct once, so a failure here reads plainly.
    func testPlainQueriesAgreeWithBruteForce() throws {
        let f = try fixture(Self.seed)
        let cases: [(String, OracleQuery)] = [
            ("risk", .word("risk")),
            ("\"risk of\"", .phrase(["risk", "of"])),
            ("case*", .prefix("case")),
            ("risk harm", .and([.word("risk"), .word("harm")])),
            ("risk OR harm", .or([.word("risk"), .word("harm")])),
            ("risk -harm", .and([.word("risk"), .not(.word("harm"))])),
            ("-harm", .not(.word("harm"))),
            // risk is matched again under two NOTs: count, find and kwic must all count its hits.
            ("NOT (harm -risk)", .not(.and([.word("harm"), .not(.word("risk"))]))),
            ("well-led", .phrase(["well", "led"])),
        ]
        for (text, query) in cases { try check(text, query, f) }
    }

    func check(_ text: String, _ query: OracleQuery, _ f: Fixture, file: StaticString = #filePath, line: UInt = #line) throws {
        let o = f.oracle
        let context = "seed \(f.seed), query \(text)"
        let matching = o.findings.filter { query.matches(o, $0) }
        let hits = Dictionary(uniqueKeysWithValues: matching.map { ($0.citation, query.hits($0.tokens)) })
        // What count counts: hit spans, or whole findings for a query with no words to match.
        let counted: [String: Int] = hits.mapValues { query.searchesWords ? $0.count : 1 }
        let base = o.findings.filter { u in query.baseFilters.allSatisfy { $0.matches(o, u) } }

        // count, and count by every grouping
        for grouping in [nil] + Self.groupings {
            let command = "count " + text + (grouping.map { " by " + $0 } ?? "")
            let chart = try XCTUnwrap(try value(command, f.session) as? CountChart, "\(context): \(command)")
            let expected = rows(grouping, o, matching: matching, hits: counted, base: base)
            let actual = (chart.total.map { [$0] } ?? []) + chart.rows
            XCTAssertEqual(actual.map { describe($0) }, expected.map { describe($0) }, "\(context): \(command)",
                           file: file, line: line)
        }

        // find: every matching finding once, with its hits and the words it marks
        let list = try XCTUnwrap(try value("find " + text + " --format csv", f.session) as? FindingsList, context)
        XCTAssertEqual(Set(list.items.map(\.citation)), Set(hits.keys), "\(context): find", file: file, line: line)
        XCTAssertEqual(list.items.count, hits.count, "\(context): find lists a finding twice", file: file, line: line)
        for item in list.items {
            guard let expected = hits[item.citation], let u = matching.first(where: { $0.citation == item.citation }) else { continue }
            XCTAssertEqual(item.hits, expected.count, "\(context): find hits of \(item.citation)", file: file, line: line)
            XCTAssertEqual(item.matchedTexts.map(BruteForceCorpus.tokens).sorted(by: lexical),
                           merged(expected).map { Array(u.tokens[$0]) }.sorted(by: lexical),
                           "\(context): find marks in \(item.citation)", file: file, line: line)
        }

        // kwic: one line per hit, its match the hit's words
        let kwic = try XCTUnwrap(try value("kwic " + text + " --format csv", f.session) as? ConcordanceView, context)
        let lines = Dictionary(grouping: kwic.rows, by: \.citation).mapValues { $0.map { BruteForceCorpus.tokens($0.match) }.sorted(by: lexical) }
        var expectedLines: [String: [[String]]] = [:]
        for u in matching where !hits[u.citation]!.isEmpty {
            expectedLines[u.citation] = hits[u.citation]!.map { Array(u.tokens[$0]) }.sorted(by: lexical)
        }
        XCTAssertEqual(lines, expectedLines, "\(context): kwic", file: file, line: line)

        // the Search module's count path, straight
        let search = f.session.corpus.search
        let node = try search.parse(text)
        let total = try search.count(node, by: nil).total
        XCTAssertEqual([total.hits, total.findings, total.documents, total.words],
                       [counted.values.reduce(0, +), matching.count, Set(matching.map(\.report)).count,
                        base.map(\.tokens.count).reduce(0, +)], "\(context): SearchCorpus.count", file: file, line: line)
        for standard in ["reviewing", "leadership"] {
            let table = try search.count(node, by: .standard(standard))
            let actual = [table.total] + table.rows.sorted { a, b in
                a.hits != b.hits ? a.hits > b.hits : (a.group.lowercased(), a.group) < (b.group.lowercased(), b.group)
            }
            XCTAssertEqual(actual.map { describe(Row(group: $0.group, hits: $0.hits, documents: $0.documents, words: $0.words)) },
                           rows(standard, o, matching: matching, hits: counted, base: base).map { describe($0) },
                           "\(context): SearchCorpus.count by \(standard)", file: file, line: line)
        }
        // The count of whole files (document scope, no default scope): front matter and headings are words too.
        let documents = o.reports.indices.filter { query.matchesDocument(o, $0, o.reports[$0].words) }
        XCTAssertEqual(try search.countDocuments(node), documents.count,
                       "\(context): SearchCorpus.countDocuments", file: file, line: line)
    }

    struct Row: Equatable { var group: String; var hits, documents, words: Int }

    func describe(_ r: CountChart.Row) -> String { "\(r.group): \(r.hits) hits, \(r.documents) docs, \(r.words) words" }
    func describe(_ r: Row) -> String { "\(r.group): \(r.hits) hits, \(r.documents) docs, \(r.words) words" }

    /// The total first (for a grouped count), then a row per group with words in the base or a hit: most hits
    /// first, then by name; years in time order.
    func rows(_ grouping: String?, _ o: BruteForceCorpus, matching: [BruteForceCorpus.Unit],
              hits: [String: Int], base: [BruteForceCorpus.Unit]) -> [Row] {
        func row(_ name: String, _ ms: [BruteForceCorpus.Unit], _ bs: [BruteForceCorpus.Unit]) -> Row {
            Row(group: name, hits: ms.map { hits[$0.citation]! }.reduce(0, +), documents: Set(ms.map(\.report)).count,
                words: bs.map(\.tokens.count).reduce(0, +))
        }
        let all = row("all", matching, base)
        guard let grouping else { return [all] }
        let names = Set((matching + base).map { o.group(grouping, $0) })
        var out = names.map { name in
            row(name, matching.filter { o.group(grouping, $0) == name }, base.filter { o.group(grouping, $0) == name })
        }
        if grouping == "year" {
            out.sort { $0.group < $1.group }
        } else {
            out.sort { a, b in a.hits != b.hits ? a.hits > b.hits : (a.group.lowercased(), a.group) < (b.group.lowercased(), b.group) }
        }
        return [all] + out
    }

    /// Hits as `find` marks them: overlapping hits are one mark.
    func merged(_ spans: Set<Range<Int>>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for s in spans.sorted(by: { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }) {
            if let last = out.last, s.lowerBound < last.upperBound {
                out[out.count - 1] = last.lowerBound..<max(last.upperBound, s.upperBound)
            } else {
                out.append(s)
            }
        }
        return out
    }

    func lexical(_ a: [String], _ b: [String]) -> Bool { a.lexicographicallyPrecedes(b) }
}
