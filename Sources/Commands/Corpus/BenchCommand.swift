// BenchCommand: `bench DIR` — build time, memory and query latency on a corpus folder, checked against expected counts.
import Foundation
import Inspections
import QueryLanguage
import Rendering
import Search

enum BenchCommand {
    /// The benchmark's fixed queries (the peers' list), written in probe's query language.
    static let queries: [(id: String, query: String)] = [
        ("risk of harm", "\"risk of harm\""), ("through the gate", "\"through the gate\""),
        ("requires improvement", "\"requires improvement\""), ("management oversight", "\"management oversight\""),
        ("senior case managers", "\"senior case managers\""), ("risk of serious harm", "\"risk of serious harm\""),
        ("desistance AND caseloads", "desistance caseloads"), ("travel warrants", "\"travel warrants\""),
        ("purple elephant parade", "\"purple elephant parade\""), ("caseload", "caseload"),
        ("provider’s", "\"provider’s\""), ("community café", "\"community café\""),
    ]

    static let spec = CommandSpec(
        name: "bench", group: .corpus,
        summary: "Measure loading, indexing, memory and query latency on a folder of write-ups.",
        help: "Loads DIR into a separate index (the current corpus is untouched), reports build time, resident memory after the build and at peak, index bytes per token, and for each benchmark query the matching documents with median and p95 latency of counting them. With `expect FILE`, the document counts must equal those in a peers results.json (SQLite FTS5's), or the command fails, so a benchmark can never time the wrong answer.",
        examples: ["bench /tmp/corpus-100mb", "bench /tmp/corpus-100mb runs 30 expect /tmp/probe-bench-peers/100mb/peers/results.json --format json"],
        arguments: [ArgumentSpec("dir", .path, display: "DIR")],
        options: [OptionSpec("runs", .integer, "timed runs per query after one warm-up (default 30)"),
                  OptionSpec("expect", .path, "a peers results.json whose sqlite-mem document counts must match",
                             valueName: "RESULTS.json")],
        run: { inv, session in
            let w = inv.positional(0)!
            let path = expandHome(w.text)
            guard FileManager.default.fileExists(atPath: path) else {
                throw CommandError("no such folder '\(w.text)'", hint: "give a folder of write-ups; Scripts/bench-peers generates its benchmark corpora under /tmp", at: w.range)
            }
            let runs = try inv.intOption("runs", range: 1...10_000_000) ?? 30
            let expected = try inv.options["expect"].map { try expectedCounts($0) }
            let before = ProcessMemory.read()
            let t0 = DispatchTime.now().uptimeNanoseconds
            let loaded = LoadedCorpus.load(paths: [path], isCancelled: session.isCancelled)
            let t1 = DispatchTime.now().uptimeNanoseconds
            let after = ProcessMemory.read()
            let search = loaded.search
            var rows: [[Cell]] = []
            var mismatches: [String] = []
            for q in queries {
                if session.isCancelled() { throw CommandError("interrupted") }
                let node: QueryNode
                do { node = try search.parse(q.query) } catch { throw CommandError("query \(q.id): \(error)") }
                var count = 0
                do { count = try search.countDocuments(node) } catch { throw CommandError("query \(q.id): \(error)") }
                var times: [Double] = []
                for _ in 0..<runs {
                    if session.isCancelled() { throw CommandError("interrupted") }
                    let s = DispatchTime.now().uptimeNanoseconds
                    _ = try? search.countDocuments(node)
                    times.append(Double(DispatchTime.now().uptimeNanoseconds - s) / 1e6)
                }
                times.sort()
                let median = times[times.count / 2]
                let p95 = times[min(times.count - 1, Int((Double(times.count) * 0.95).rounded(.up)) - 1)]
                var expectCell = Cell.null
                if let expected, let e = expected[q.id] {
                    expectCell = .int(e)
                    if e != count { mismatches.append("\(q.id): probe \(count), expected \(e)") }
                }
                rows.append([.text(q.id), .int(count), expectCell, .double(median, digits: 3), .double(p95, digits: 3)])
            }
            let operations = try timeOperations(search, runs: runs, isCancelled: session.isCancelled)
            let mib = { (b: Int) in Double(b) / 1_048_576 }
            let tokens = search.index.totalTokens
            let summary: [[Cell]] = [
                [.text("files"), .int(loaded.result.files)], [.text("bytes"), .int(loaded.result.bytes)],
                [.text("reports"), .int(loaded.reports.count)], [.text("skipped"), .int(loaded.result.skipped)],
                [.text("load s"), .double(loaded.loadMilliseconds / 1000, digits: 3)],
                [.text("index s"), .double(loaded.indexMilliseconds / 1000, digits: 3)],
                [.text("build s"), .double(Double(t1 - t0) / 1e9, digits: 3)],
                [.text("rss before MiB"), .double(mib(before.resident), digits: 1)],
                [.text("rss after build MiB"), .double(mib(after.resident), digits: 1)],
                [.text("peak rss MiB"), .double(mib(after.peak), digits: 1)],
                [.text("index shards"), .int(search.index.buildStatistics.shards)],
                [.text("index tokenize ms"), .double(search.index.buildStatistics.tokenizeMilliseconds, digits: 1)],
                [.text("index merge ms"), .double(search.index.buildStatistics.mergeMilliseconds, digits: 1)],
                [.text("tokens"), .int(tokens)],
                [.text("index bytes/token"), .double(tokens == 0 ? 0 : Double(search.index.storageBytes) / Double(tokens), digits: 2)],
            ] + search.index.storageBreakdown.map { part in
                [.text("  of which " + part.part), .double(tokens == 0 ? 0 : Double(part.bytes) / Double(tokens), digits: 2)]
            } + textRows(search.storedText) + (try BenchSnapshot.rows(search.index))
            if !mismatches.isEmpty {
                throw CommandError("document counts differ from the expected ones: " + mismatches.joined(separator: "; "),
                                   hint: "the index and the expected counts disagree; compare how each tokenizer splits the listed queries")
            }
            return Stack([
                DataTable(columns: [Column("measure"), Column("value", .right)], rows: summary),
                DataTable(columns: [Column("query"), Column("docs", .right), Column("expected", .right),
                                    Column("median ms", .right), Column("p95 ms", .right)], rows: rows, nullText: "–"),
                DataTable(columns: [Column("operation"), Column("result", .right), Column("median ms", .right),
                                    Column("p95 ms", .right)], rows: operations),
            ])
        })

    /// The corpus text's size as loaded and as kept in zstd blocks, and the time compressing it took.
    static func textRows(_ store: CompressedText?) -> [[Cell]] {
        guard let store else { return [] }
        let mib = { (b: Int) in Cell.double(Double(b) / 1_048_576, digits: 1) }
        return [[.text("text MiB"), mib(store.textBytes)], [.text("text stored MiB"), mib(store.storedBytes)],
                [.text("text blocks"), .int(store.blockCount)],
                [.text("text compress ms"), .double(store.compressMilliseconds, digits: 1)]]
    }

    /// Phrases the interactive targets are stated for (common ones: the expensive case).
    static let pagePhrases = ["risk of harm", "through the gate", "management oversight"]

    /// The interactive operations on their fast paths: `find`'s first page (top 20 findings by BM25, with
    /// highlights), `kwic`'s first 100 lines, `count ... by provider` over every hit, and a NEAR and a prefix.
    static func timeOperations(_ search: SearchCorpus, runs: Int, isCancelled: () -> Bool) throws -> [[Cell]] {
        var rows: [[Cell]] = []
        func time(_ name: String, _ body: () throws -> Int) throws {
            if isCancelled() { throw CommandError("interrupted") }
            let result = try body()
            var times: [Double] = []
            for _ in 0..<runs {
                let s = DispatchTime.now().uptimeNanoseconds
                _ = try body()
                times.append(Double(DispatchTime.now().uptimeNanoseconds - s) / 1e6)
            }
            times.sort()
            let p95 = times[min(times.count - 1, Int((Double(times.count) * 0.95).rounded(.up)) - 1)]
            rows.append([.text(name), .int(result), .double(times[times.count / 2], digits: 3), .double(p95, digits: 3)])
        }
        for phrase in pagePhrases {
            let node: QueryNode
            do { node = try search.parse("\"\(phrase)\"") } catch { throw CommandError("query \(phrase): \(error)") }
            do {
                try time("find \"\(phrase)\" first 20") { () throws -> Int in try search.findPage(node, limit: 20).hits.count }
                try time("kwic \"\(phrase)\" first 100 lines") { () throws -> Int in
                    try search.concordancePage(node, context: .words(8), limit: 100).lines.count
                }
                try time("count \"\(phrase)\" by provider") { () throws -> Int in try search.count(node, by: .provider).total.hits }
            } catch let error as QueryError {
                throw CommandError("query \(phrase): \(error)")
            }
        }
        // A proximity and an expansion: each is a merge over its postings (NEAR's span lists, the prefix's terms),
        // counted in findings (hits) and over whole files (documents).
        for query in expansionQueries {
            let node: QueryNode
            do { node = try search.parse(query) } catch { throw CommandError("query \(query): \(error)") }
            do {
                try time("count \(query)") { () throws -> Int in try search.count(node, by: nil).total.hits }
                try time("documents \(query)") { () throws -> Int in try search.countDocuments(node) }
            } catch let error as QueryError {
                throw CommandError("query \(query): \(error)")
            }
        }
        return rows
    }

    /// Queries whose cost is merging postings rather than reading one list.
    static let expansionQueries = ["\"risk\" NEAR/5 \"harm\"", "care*"]

    /// Reads the sqlite-mem document counts from a peers results.json.
    static func expectedCounts(_ word: Word) throws -> [String: Int] {
        let path = expandHome(word.text)
        guard let data = FileManager.default.contents(atPath: path),
              let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let peers = json["peers"] as? [String: Any],
              let fts = peers["sqlite-mem"] as? [String: Any],
              let queries = fts["queries"] as? [String: Any]
        else {
            throw CommandError("cannot read expected counts from '\(word.text)'",
                               hint: "give the results.json of a peers' run; Scripts/bench-peers writes them under /tmp/probe-bench-peers", at: word.range)
        }
        var out: [String: Int] = [:]
        for (k, v) in queries { if let d = (v as? [String: Any])?["docs"] as? Int { out[k] = d } }
        return out
    }
}
