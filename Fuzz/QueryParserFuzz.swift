// QueryParserFuzz: libFuzzer entry for the query language: parse, then count, find and kwic over a small corpus.
import Foundation
@testable import Inspections
import QueryLanguage
@testable import Search

/// The test fixtures' mini corpus, loaded once: evaluation paths get real postings to walk.
private let corpus: SearchCorpus = {
    let dir = ProcessInfo.processInfo.environment["PROBE_FUZZ_CORPUS"] ?? "Tests/CommandsTests/Fixtures/mini"
    let loaded = CorpusLoader.load(paths: [dir])
    precondition(!loaded.reports.isEmpty, "no reports in \(dir): run from the repository root")
    return SearchCorpus(reports: loaded.reports, registry: loaded.registry ?? .empty)
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQueryParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let node: QueryNode
    do {
        node = try corpus.parse(text)
    } catch {
        // A real error points inside the query: a non-empty range of its bytes, or the empty range at its
        // end ("expected a term after AND"). The caret line is drawn from it.
        let bytes = text.utf8.count
        precondition(error.range.lowerBound >= 0 && error.range.lowerBound <= error.range.upperBound
                     && error.range.upperBound <= bytes, "range \(error.range) in a \(bytes)-byte query: \(error)")
        precondition(!error.message.isEmpty)
        let lines = error.rendered(in: text).split(separator: "\n", omittingEmptySubsequences: false)
        precondition(lines.count >= 3 && lines[2].contains("^"), "no caret under the query")
        return 0
    }
    _ = try? corpus.count(node, by: .section)
    // count and find read the one match stream: they must agree on how many findings and write-ups match.
    if let total = try? corpus.count(node, by: nil).total, let page = try? corpus.findPage(node, order: .relevance) {
        precondition(total.findings == page.total && total.documents == page.documents,
                     "count: \(total.findings) findings in \(total.documents) write-ups; find: \(page.total) in \(page.documents)")
    }
    _ = try? corpus.concordance(node, context: .words(3), order: .left(1))
    return 0
}
