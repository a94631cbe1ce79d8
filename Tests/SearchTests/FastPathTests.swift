// FastPathTests: findPage, concordancePage and count, on the match pipeline, give what the slow span-based paths give.
import XCTest
import Inspections
import QueryLanguage
@testable import Search

final class FastPathTests: XCTestCase {
    static let queries = ["\"risk of harm\"", "\"through the gate\"", "gate", "caseload*", "risk harm", "staff OR review",
                          "gate -risk", "risk NEAR/2 harm", "year:2019 gate", "section:leadership", "-section:leadership risk", "owner:gamma \"risk of harm\"", "\"absent words\""]

    private func corpora() -> [SearchCorpus] {
        let tiny = TinyCorpus(seed: 3, reports: 30).reports
        // As built (ids out of order: ties must still break by id) and as the loader gives them (sorted by id).
        return [SearchCorpus(reports: tiny), SearchCorpus(reports: tiny.sorted { $0.id < $1.id })]
    }

    func testFindPageEqualsSlicesOfFindHits() throws {
        for search in corpora() {
            for q in Self.queries {
                let node = try search.parse(q)
                for order in FindingOrder.allCases {
                    let all = try search.slowFindHits(node, order: order)
                    for (offset, limit) in [(0, 5), (3, 7), (0, 1000), (1, Int.max)] {
                        let page = try search.findPage(node, order: order, offset: offset, limit: limit)
                        XCTAssertEqual(page.hits, Array(all.hits.dropFirst(offset).prefix(limit)), "\(q) \(order) \(offset)")
                        XCTAssertEqual(page.total, all.hits.count, q)
                        XCTAssertEqual(page.documents, all.documents, q)
                        XCTAssertEqual(page.hitCount, all.hitCount, q)
                    }
                }
            }
        }
    }

    func testConcordancePageEqualsSlicesOfConcordance() throws {
        for search in corpora() {
            for q in Self.queries {
                let node = try search.parse(q)
                for order in [ConcordanceOrder.position, .left(1)] {
                    let all = try search.slowConcordance(node, context: .words(3), order: order)
                    for (offset, limit) in [(0, 4), (5, 10), (0, 1000), (2, Int.max)] {
                        let page = try search.concordancePage(node, context: .words(3), order: order, offset: offset, limit: limit)
                        XCTAssertEqual(page.lines, Array(all.dropFirst(offset).prefix(limit)), "\(q) \(order) \(offset)")
                        XCTAssertEqual(page.total, all.count, q)
                    }
                }
            }
        }
    }

    func testCountEqualsTheSlowCount() throws {
        for search in corpora() {
            for q in Self.queries {
                let node = try search.parse(q)
                for grouping in [nil] + Grouping.named.map(Optional.some) {
                    let slow = try search.slowCount(node, by: grouping), fast = try search.count(node, by: grouping)
                    XCTAssertEqual(fast.rows, slow.rows, "\(q) \(String(describing: grouping))")
                    XCTAssertEqual(fast.total, slow.total, q)
                    XCTAssertEqual(fast.baseDocuments, slow.baseDocuments, q)
                    XCTAssertEqual(fast.datedByID, slow.datedByID, q)
                }
            }
        }
    }
}
