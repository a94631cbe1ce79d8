// LoadMessageTests: the loader's warnings and errors asserted through their values — message, file:line:col, hint.
import Foundation
import XCTest
@testable import Inspections

final class LoadMessageTests: XCTestCase {
    static let registry = """
        owners:
          - name: Northgate Partners
        providers:
          - id: fenland-crc
            name: Fenland and Marsh Community Rehabilitation Company
            short: Fenland CRC
            type: CRC
          - id: upland-crc
            name: Upland Community Rehabilitation Company
            short: Upland CRC
            type: CRC

        """

    /// Loads `files` (name -> text) from a fresh folder; diagnostics keyed "name:line:col" with the folder cut off.
    func load(_ files: [String: String]) throws -> [(at: String, message: String, hint: String?)] {
        let corpus = try TempCorpus()
        for (name, text) in files { try corpus.write(name, text) }
        let result = CorpusLoader.load(paths: [corpus.path])
        return result.diagnostics.filter { $0.severity != .note }.map { d in
            (d.location.description.replacingOccurrences(of: corpus.path + "/", with: ""), d.message, d.hint)
        }
    }

    func assertDiagnostics(_ actual: [(at: String, message: String, hint: String?)], _ expected: [(String, String, String?)],
                           file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(actual.map { "\($0.at) \($0.message) | \($0.hint ?? "-")" },
                       expected.map { "\($0.0) \($0.1) | \($0.2 ?? "-")" }, file: file, line: line)
    }

    func testFrontMatterValuesOfTheWrongShape() throws {
        let writeUp = """
            ---
            id: fenland-crc-2019
            provider: fenland-crc
            type: Prison
            fieldwork: sometime
            [a, b]: x
            inferred: 5
            ratings:
              [x]: Good
              reviewing: [Good]
              leadership: Good
              "1.1": Inadequate
            ---
            # Fenland

            ## Case supervision
            - Plans were late.

            """
        assertDiagnostics(try load(["providers.yaml": Self.registry, "a.md": writeUp]), [
            ("a.md:4:1", "unknown provider type 'Prison'", "use CRC, NPS, PDU or Region"),
            ("a.md:5:1", "'fieldwork' has no date: 'sometime'; it is kept as text only",
             "write YYYY-MM-DD, YYYY-MM or YYYY, optionally followed by a window such as '/2019-12'"),
            ("a.md:6:1", "front matter key must be a word, not a list; it is ignored", nil),
            ("a.md:7:1", "'inferred' must name fields, as a mapping or a list; it is ignored", nil),
            ("a.md:9:3", "a standard in 'ratings' must be a name or number, not a list; it is ignored", nil),
            ("a.md:10:3", "the rating of 'reviewing' must be a word, not a list; it is ignored",
             "use Outstanding, Good, Requires improvement or Inadequate"),
            ("a.md:12:3", "'leadership' is rated twice: Good at line 11, Inadequate here; the first is kept", nil),
        ])
    }

    func testTypeDisagreeingWithTheRegistry() throws {
        let writeUp = "---\nid: fenland-crc-2020\nprovider: fenland-crc\ntype: NPS\n---\n# Fenland\n\n## Case supervision\n- Plans were late.\n"
        assertDiagnostics(try load(["providers.yaml": Self.registry, "b.md": writeUp]), [
            ("b.md:4:1", "'type' is NPS but providers.yaml lists 'fenland-crc' as CRC", nil),
        ])
    }

    func testPlainTextWithoutAProvider() throws {
        let none = "An inspection of probation work\n\nInspectors found that staff were committed and that plans were late.\n"
        let two = "A joint probation inspection\n\nInspectors found that Fenland CRC and Upland CRC both had late plans.\n"
        assertDiagnostics(try load(["providers.yaml": Self.registry, "none.txt": none, "two.txt": two]), [
            ("none.txt", "no provider could be recognised: the document names none that providers.yaml knows, nor a '... CRC' or '... PDU'",
             "import it and set 'provider' and 'type' in the write-up's front matter"),
            ("two.txt", "the text names several providers equally often ('fenland-crc', 'upland-crc'); none is taken as its subject",
             "import it and set 'provider' in the write-up's front matter"),
        ])
    }

    /// Each registry on its own, loaded beside one valid write-up.
    func registryDiagnostics(_ yaml: String?) throws -> [(at: String, message: String, hint: String?)] {
        let corpus = try TempCorpus()
        try corpus.write("b.md", "---\nid: fenland-crc-2020\nprovider: Fenland CRC\ntype: CRC\n---\n# F\n\n## Case supervision\n- x\n")
        if let yaml {
            try corpus.write("providers.yaml", yaml)
        } else {
            // A folder where the registry should be: there is nothing to read.
            try FileManager.default.createDirectory(at: corpus.url.appendingPathComponent("providers.yaml"), withIntermediateDirectories: true)
        }
        return CorpusLoader.load(paths: [corpus.path]).diagnostics.filter { $0.location.file.hasSuffix("providers.yaml") }.map { d in
            (d.location.description.replacingOccurrences(of: corpus.path + "/", with: ""), d.message, d.hint)
        }
    }

    func testRegistryMessages() throws {
        let cases: [(String?, (String, String, String?))] = [
            ("- a\n- b\n", ("providers.yaml:1:1", "the provider registry must be a mapping with 'owners:' and 'providers:'", nil)),
            ("owners:\n  - aliases: [X]\nproviders: []\n", ("providers.yaml:2:5", "an owner needs a 'name'", nil)),
            ("providers:\n  - just-a-word\n", ("providers.yaml:2:5", "a provider must be a mapping of keys to values", nil)),
            ("providers:\n  - name: Fenland CRC\n    type: CRC\n", ("providers.yaml:2:5", "a provider needs an 'id'", nil)),
            ("providers:\n  - id: fenland-crc\n    type: CRC\n", ("providers.yaml:2:5", "provider 'fenland-crc' needs a 'name'", nil)),
            ("", ("providers.yaml", "empty provider registry", nil)),
            (nil, ("providers.yaml", "cannot read the provider registry", "check that the file exists and is readable")),
            ("providers:\n  - id: fenland-crc\n    name: Fenland CRC\n    type: CRC\n    aliases: [Marsh]\n"
                + "  - id: marsh-crc\n    name: Marsh CRC\n    type: CRC\n    aliases: [Marsh]\n",
             ("providers.yaml:6:5", "providers 'fenland-crc' and 'marsh-crc' share the name 'Marsh'",
              "a name should lead to one provider: if they are one unit, make them one entry; otherwise drop the shared alias from one of them")),
        ]
        for (yaml, expected) in cases {
            assertDiagnostics(try registryDiagnostics(yaml), [expected])
        }
    }

    func testReadingSomethingThatIsNotAPlainFile() throws {
        let corpus = try TempCorpus()
        guard case .failure(let folder) = FileReader.read(corpus.path, maxSize: 1 << 20) else { return XCTFail("a folder was read") }
        XCTAssertEqual([folder.location.description, folder.message], [corpus.path, "is a folder, not a file"])
        XCTAssertNil(folder.hint)
        // A file whose size stat cannot tell (as in /proc) is held to the limit while it is read.
        guard case .failure(let grown) = FileReader.read("/proc/self/status", maxSize: 16) else { return XCTFail("over the limit, read") }
        XCTAssertEqual(grown.message, "file too large: over the 16 bytes limit")
        XCTAssertEqual(grown.hint, "a write-up is one inspection; split the file")
        XCTAssertEqual(grown.location.description, "/proc/self/status")
    }
}
