// DataFormatTests: yes/no facts and lists keep their types in JSON and read plainly in the other formats.
import XCTest
@testable import Rendering

final class DataFormatTests: XCTestCase {
    let table = DataTable(columns: [Column("id"), Column("inferred"), Column("matches")],
                          rows: [[.text("a"), .bool(false), .list(["Risk", "risk"])], [.text("b"), .bool(true), .list([])]])

    func testJSONWritesBooleansAndArrays() {
        XCTAssertEqual(JSONWriter.table(table), """
            [
              {"id": "a", "inferred": false, "matches": ["Risk", "risk"]},
              {"id": "b", "inferred": true, "matches": []}
            ]

            """)
    }

    func testDelimitedFormatsWriteWordsAndJoinedLists() {
        XCTAssertEqual(DelimitedWriter.csv(table), "id,inferred,matches\r\na,false,Risk | risk\r\nb,true,\r\n")
        XCTAssertEqual(DelimitedWriter.tsv(table), "id\tinferred\tmatches\na\tfalse\tRisk | risk\nb\ttrue\t\n")
    }

    func testTextViewShowsYesOrNothing() {
        let text = table.render(in: RenderContext(width: 80, charset: .ascii))
        XCTAssertEqual(text, "id  inferred  matches\na             Risk | risk\nb   yes\n")
    }
}
