// LoadDiagnosticsTests: every broken-file case, message by message, as `FILE:LINE:COL: severity: message` + hint.
import XCTest
@testable import Inspections

final class LoadDiagnosticsTests: XCTestCase {
    /// Loads one file in a fresh folder and returns the result and its rendered diagnostics.
    private func load(_ text: String, as name: String = "x.md", registry: ProviderRegistry? = nil) throws -> (LoadResult, [String]) {
        let corpus = try TempCorpus()
        try corpus.write(name, text)
        let result = CorpusLoader(registry: registry).load(paths: [corpus.path])
        return (result, corpus.rendered(result))
    }

    private func load(data: Data, as name: String = "x.md") throws -> (LoadResult, [String]) {
        let corpus = try TempCorpus()
        try corpus.write(name, data)
        let result = CorpusLoader().load(paths: [corpus.path])
        return (result, corpus.rendered(result))
    }

    func testEmptyFile() throws {
        let (result, messages) = try load("")
        XCTAssertEqual(messages, ["x.md: error: empty file\nhint: a write-up is Markdown with front matter between '---' lines, or plain text"])
        XCTAssertEqual(result.skipped, 1)
        XCTAssertEqual(result.reports.count, 0)
    }

    func testWhitespaceOnlyIsEmpty() throws {
        let (_, messages) = try load(" \n\n\t\n")
        XCTAssertEqual(messages.first?.hasPrefix("x.md: error: empty file"), true)
    }

    func testOnlyFrontMatterLoadsWithWarning() throws {
        let (result, messages) = try load("---\nid: a\nprovider: Test CRC\ntype: CRC\n---\n")
        XCTAssertEqual(messages, ["x.md:5:1: warning: no body after the front matter: the report has no findings\nhint: add a '# ' title, a summary paragraph and '## ' sections with '- ' findings"])
        XCTAssertEqual(result.reports.count, 1)
        XCTAssertEqual(result.reports.first?.title, "Test CRC", "the provider's name stands in for a title")
        XCTAssertEqual(result.warnings, 1)
    }

    func testUnclosedFrontMatter() throws {
        let (result, messages) = try load("---\nid: a\nprovider: Test CRC\n\n# Title\n")
        XCTAssertEqual(messages, ["x.md:1:1: error: front matter opened here is never closed\nhint: end the front matter with a line of three dashes: ---"])
        XCTAssertEqual(result.skipped, 1)
    }

    func testYAMLSyntaxErrorIsLocatedInTheFile() throws {
        let (result, messages) = try load("---\nid: a\nprovider: Test CRC\ntype: CRC\nowner: x: y\n---\n# T\n")
        XCTAssertEqual(messages, ["x.md:5:9: error: invalid YAML in front matter: mapping values are not allowed in this context\nhint: front matter is YAML: one 'key: value' per line; quote a value that contains ': ' or starts with a special character such as '[', '{', '*', '&' or '!'"])
        XCTAssertEqual(result.skipped, 1)
    }

    func testYAMLSyntaxErrorAfterBOMAndCRLF() throws {
        let text = "\u{FEFF}---\r\nid: a\r\nprovider: [Test CRC\r\ntype: CRC\r\n---\r\n# T\r\n"
        let (_, messages) = try load(text)
        // The BOM is not a column, CRLF is one line break, and the error is where libyaml notices it.
        XCTAssertEqual(messages, ["x.md:4:5: error: invalid YAML in front matter: did not find expected ',' or ']' (while parsing a flow sequence at line 3)\nhint: front matter is YAML: one 'key: value' per line; quote a value that contains ': ' or starts with a special character such as '[', '{', '*', '&' or '!'"])
    }

    func testFrontMatterNotAMapping() throws {
        let (_, list) = try load("---\n- a\n- b\n---\n# T\n")
        XCTAssertEqual(list, ["x.md:2:1: error: front matter is not a mapping of keys to values: found a list\nhint: write one 'key: value' per line, e.g. 'id: hlny-crc-2019'"])
        let (_, scalar) = try load("---\njust some words\n---\n# T\n")
        XCTAssertEqual(scalar, ["x.md:2:1: error: front matter is not a mapping of keys to values: found the text 'just some words'\nhint: write one 'key: value' per line, e.g. 'id: hlny-crc-2019'"])
    }

    func testEmptyFrontMatter() throws {
        let (_, messages) = try load("---\n---\n# T\n")
        XCTAssertEqual(messages, ["x.md:1:1: error: empty front matter\nhint: give at least 'id', 'provider' and 'type', one 'key: value' per line"])
    }

    func testUnknownKeySuggests() throws {
        let (result, messages) = try load(writeUp(extra: "publshed: 2019-02-21\nflavour: mint\n"))
        XCTAssertEqual(messages, [
            "x.md:5:1: warning: unknown key 'publshed'; it is ignored\nhint: did you mean 'published'?",
            "x.md:6:1: warning: unknown key 'flavour'; it is ignored\nhint: keys: id, provider, type, framework, owner, region, published, fieldwork, chief_inspector, supervised, overall, ratings, previous_overall, sources, title, inferred",
        ])
        XCTAssertEqual(result.reports.count, 1)
    }

    func testDuplicateKey() throws {
        let (_, messages) = try load(writeUp(extra: "overall: Good\noverall: Inadequate\n"))
        XCTAssertEqual(messages, ["x.md:6:1: error: duplicate key 'overall' in front matter\nhint: give each key once; a list is written with '- ' items"])
    }

    func testWrongTypes() throws {
        let (result, messages) = try load(writeUp(extra: "supervised: lots\nratings: 3\nsources: 5\nowner: [a, b]\n"))
        XCTAssertEqual(messages, [
            "x.md:6:1: warning: 'ratings' must be a mapping of standard to rating, not '3'; ratings are left unknown\nhint: write one standard per line under 'ratings:', e.g. '  unpaid work: Good'",
            "x.md:7:1: warning: 'sources' must be a list, not '5'; it is ignored\nhint: write each source on its own line under 'sources:', starting with '  - '",
            "x.md:8:1: warning: 'owner' must be a single value, not a list; it is ignored",
        ])
        XCTAssertEqual(result.reports.first?.supervised, "lots", "supervised is text as written")
    }

    func testMalformedDate() throws {
        let (result, messages) = try load(writeUp(extra: "published: 2019-13-45\n"))
        XCTAssertEqual(messages, ["x.md:5:1: warning: 'published' is not a valid date: '2019-13-45'; it is left unknown\nhint: write YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2019-02-21"])
        XCTAssertNil(result.reports.first?.published)
    }

    func testPartialDatesAndFieldworkWindows() throws {
        let (result, messages) = try load(writeUp(extra: "published: 2019-02\nfieldwork: 2018-11/2018-12\n"))
        XCTAssertEqual(messages, [])
        XCTAssertEqual(result.reports.first?.published, PartialDate(year: 2019, month: 2))
        XCTAssertEqual(result.reports.first?.fieldwork, PartialDate(year: 2018, month: 11))
        XCTAssertEqual(result.reports.first?.fieldworkText, "2018-11/2018-12")
    }

    func testRatingWords() throws {
        let (result, messages) = try load(writeUp(extra: "overall: requiring improvement\nratings:\n  unpaid work: Goodish\n  through the gate: poor\n"))
        XCTAssertEqual(messages, [
            "x.md:5:1: note: 'requiring improvement' read as Requires improvement",
            "x.md:7:3: warning: unknown rating 'Goodish' for 'unpaid work'; it is left unknown\nhint: use Outstanding, Good, Requires improvement or Inadequate",
            "x.md:8:3: note: 'poor' read as Inadequate",
        ])
        let report = try XCTUnwrap(result.reports.first)
        XCTAssertEqual(report.overall, .requiresImprovement)
        XCTAssertEqual(report.overallNote, "'requiring improvement' read as Requires improvement")
        XCTAssertEqual(report.ratings.map(\.standard.key), ["through the gate"])
        XCTAssertEqual(report.ratings.first?.note, "'poor' read as Inadequate")
        XCTAssertEqual(result.warnings, 1, "notes are not warnings")
    }

    func testUnknownStandard() throws {
        let (_, messages) = try load(writeUp(extra: "ratings:\n  leadershp: Good\n"))
        XCTAssertEqual(messages, ["x.md:6:3: warning: unknown standard 'leadershp' in framework crc-2018; its rating is ignored\nhint: did you mean 'leadership'? crc-2018 standards: leadership, staff, services, information and facilities, assessment, planning, implementation and delivery, reviewing, unpaid work, through the gate"])
    }

    func testStandardsByNameNumberAndSynonym() throws {
        let (result, messages) = try load(writeUp(extra: "ratings:\n  ttg: Good\n  \"4.1\": Outstanding\n  Leadership: Inadequate\n"))
        XCTAssertEqual(messages, [])
        XCTAssertEqual(result.reports.first?.ratings.map { "\($0.standard.key)=\($0.rating.label)" },
                       ["leadership=Inadequate", "unpaid work=Outstanding", "through the gate=Good"], "in framework order")
        XCTAssertEqual(result.reports.first?.framework.id, "crc-2018")
    }

    func testNumericKeysOutsideTheFrameworkFallBackToNumbered() throws {
        let ratings = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2"]
            .map { "  \"\($0)\": Good\n" }.joined()
        // NPS divisions number all ten (3.1 court work, 3.2 victim work); CRCs print 4.1/4.2 and PDUs no numbers.
        for (type, framework) in [("CRC", "numbered"), ("NPS", "nps-2018"), ("PDU", "numbered")] {
            let (result, messages) = try load(writeUp(type: type, extra: "published: 2023-10-05\nratings:\n" + ratings))
            XCTAssertEqual(messages, [], type)
            XCTAssertEqual(result.reports.first?.framework.id, framework, type)
            XCTAssertEqual(result.reports.first?.ratings.count, 10, type)
        }
    }

    func testNumberUnknownToAnExplicitFramework() throws {
        let (_, messages) = try load(writeUp(extra: "framework: crc-2018\nratings:\n  \"3.1\": Good\n"))
        XCTAssertEqual(messages, ["x.md:7:3: warning: unknown standard '3.1' in framework crc-2018; its rating is ignored\nhint: did you mean '1.1', '2.1' or '4.1'? crc-2018 standards: leadership, staff, services, information and facilities, assessment, planning, implementation and delivery, reviewing, unpaid work, through the gate"])
    }

    func testUnknownFramework() throws {
        let (result, messages) = try load(writeUp(extra: "framework: crc-2019\n"))
        XCTAssertEqual(messages, ["x.md:5:1: warning: unknown framework 'crc-2019'; the default for the report's type and year is used\nhint: did you mean 'crc-2018'? frameworks: crc-2018, nps-2018, pdu-2022, pdu-2024, region-2024, numbered, generic"])
        XCTAssertEqual(result.reports.first?.framework.id, "crc-2018")
    }

    func testMissingTitle() throws {
        let (result, messages) = try load(writeUp(body: "Just a paragraph.\n"))
        XCTAssertEqual(messages, ["x.md:6:1: warning: no title: the body has no '# ' heading\nhint: start the body with '# ' and the report's title"])
        XCTAssertEqual(result.reports.first?.findings.count, 1)
    }

    func testTitleKeyStandsInForHeading() throws {
        let (result, messages) = try load(writeUp(extra: "title: Given title\n", body: "Just a paragraph.\n"))
        XCTAssertEqual(messages, [])
        XCTAssertEqual(result.reports.first?.title, "Given title")
    }

    func testMissingIDComesFromFileName() throws {
        let (result, messages) = try load("---\nprovider: Test CRC\ntype: CRC\n---\n# T\n", as: "essex-2018.md")
        XCTAssertEqual(messages, ["essex-2018.md:1:1: warning: no 'id' in front matter; using 'essex-2018' from the file name\nhint: add 'id: essex-2018' to the front matter"])
        XCTAssertEqual(result.reports.first?.id, "essex-2018")
    }

    func testMissingProviderAndType() throws {
        let (_, noProvider) = try load("---\nid: a\ntype: CRC\n---\n# T\n")
        XCTAssertEqual(noProvider, ["x.md:1:1: error: no 'provider' in front matter\nhint: name the provider, e.g. 'provider: Essex CRC'"])
        let (_, noType) = try load("---\nid: a\nprovider: Harbourshire\n---\n# T\n")
        XCTAssertEqual(noType, ["x.md:1:1: error: no 'type' in front matter, and the provider name does not tell it\nhint: add 'type: CRC', 'type: NPS', 'type: PDU' or 'type: Region'"])
        let (typed, none) = try load("---\nid: a\nprovider: Harbourshire PDU\n---\n# T\n")
        XCTAssertEqual(none, [])
        XCTAssertEqual(typed.reports.first?.type, .pdu, "the name says PDU")
    }

    func testUnknownProviderWithRegistry() throws {
        let (result, messages) = try load(writeUp(provider: "Nothumbria CRC"), registry: ProjectPaths.registry)
        XCTAssertEqual(messages, ["x.md:3:1: warning: unknown provider 'Nothumbria CRC'; loaded as an unlisted provider 'nothumbria-crc'\nhint: did you mean 'northumbria-crc'?"])
        XCTAssertEqual(result.reports.first?.provider.id, "nothumbria-crc")
        XCTAssertEqual(result.reports.count, 1)
    }

    func testProviderWithoutRegistryIsTakenAsNamed() throws {
        let (result, messages) = try load(writeUp(provider: "Jympeartshyingfield CRC"))
        XCTAssertEqual(messages, [])
        let provider = try XCTUnwrap(result.reports.first?.provider)
        XCTAssertEqual(provider.id, "jympeartshyingfield-crc")
        XCTAssertEqual(provider.name, "Jympeartshyingfield CRC")
        XCTAssertEqual(provider.type, .crc)
    }

    func testRegisteredProviderFillsOwnerAndType() throws {
        let text = "---\nid: hlny-crc-2019\nprovider: HLNY\nowner: Purple Futures (consortium led by Interserve)\n---\n# T\n"
        let (result, messages) = try load(text, registry: ProjectPaths.registry)
        XCTAssertEqual(messages, [])
        let report = try XCTUnwrap(result.reports.first)
        XCTAssertEqual(report.provider.id, "hlny-crc")
        XCTAssertEqual(report.type, .crc)
        XCTAssertEqual(report.ownerGroup, "Purple Futures")
    }

    func testDuplicateIDAcrossFiles() throws {
        let corpus = try TempCorpus()
        try corpus.write("a.md", writeUp(id: "same"))
        try corpus.write("b.md", writeUp(id: "same"))
        let result = CorpusLoader().load(paths: [corpus.path])
        XCTAssertEqual(corpus.rendered(result), ["b.md:2:1: error: duplicate id 'same': already used by a.md\nhint: give each write-up its own id; this file is skipped"])
        XCTAssertEqual(result.reports.map(\.path), [corpus.path + "/a.md"])
        XCTAssertEqual(result.skipped, 1)
    }

    func testNotUTF8() throws {
        var bytes = Data(writeUp(body: "# T\n\n").utf8)
        bytes.append(contentsOf: Array("- caf".utf8) + [0xE9] + Array(" latte\n".utf8))
        let (result, messages) = try load(data: bytes)
        XCTAssertEqual(messages, ["x.md:8:6: error: not valid UTF-8: byte 0xE9 does not belong to a UTF-8 character\nhint: re-save the file as UTF-8"])
        XCTAssertEqual(result.skipped, 1)
    }

    func testBinaryFile() throws {
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52])
        let (result, messages) = try load(data: png, as: "image.md")
        XCTAssertEqual(messages, ["image.md:3:1: error: not text: NUL byte at byte offset 8 (binary data)\nhint: probe loads Markdown or plain-text write-ups (.md, .markdown, .txt), PDFs (.pdf) and web pages (.html, .htm)"])
        XCTAssertEqual(result.skipped, 1)
    }

    func testControlCharactersAreKeptAndDoNotBreakParsing() throws {
        let text = writeUp(extra: "owner: Acme \u{1B}[31mRed\u{1B}[0m Ltd\n", body: "# T\u{7}\n\n## S\n- Bell \u{7} and escape \u{1B}[2J here.\n")
        let (result, messages) = try load(text)
        XCTAssertEqual(messages, [])
        let report = try XCTUnwrap(result.reports.first)
        XCTAssertEqual(report.owner, "Acme \u{1B}[31mRed\u{1B}[0m Ltd")
        XCTAssertEqual(report.findings.map { String(report.text(of: $0)) }, ["Bell \u{7} and escape \u{1B}[2J here."])
    }
}
