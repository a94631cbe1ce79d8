// ProviderRegistryTests: the real providers.yaml resolves the names people write; owners group; registry diagnostics.
import XCTest
@testable import Inspections

final class ProviderRegistryTests: XCTestCase {
    let registry = ProjectPaths.registry

    private func describe(_ r: ProviderResolution) -> String {
        switch r {
        case .found(let p): "found \(p.id)"
        case .ambiguous(let ps): "ambiguous " + ps.map(\.id).joined(separator: ",")
        case .unknown(let ps): (["unknown"] + [ps.map(\.id).joined(separator: ",")].filter { !$0.isEmpty }).joined(separator: " ")
        }
    }

    func testRegistryLoadsCleanly() {
        let (loaded, diagnostics) = ProviderRegistry.load(path: ProjectPaths.providers)
        // Two entries for one unit under two names are worth a warning, but nothing else may be wrong.
        XCTAssertEqual(diagnostics.filter { !$0.message.contains("share the name") }.map(\.rendered), [])
        XCTAssertEqual(diagnostics.filter { $0.severity != .warning }.map(\.rendered), [])
        XCTAssertGreaterThan(loaded.providers.count, 90)
        XCTAssertFalse(loaded.owners.isEmpty)
    }

    func testResolutionTable() {
        let table: [(String, String)] = [
            ("hlny-crc", "found hlny-crc"),                                   // exact id
            ("hlny", "found hlny-crc"),                                       // stem
            ("HLNY", "found hlny-crc"),
            ("HLNYCRC", "found hlny-crc"),                                    // run-together alias
            ("hlny crc", "found hlny-crc"),
            ("Humberside, Lincs & North Yorkshire", "found hlny-crc"),        // abbreviation, "&", prefix of the name
            ("Humberside, Lincolnshire and North Yorkshire CRC", "found hlny-crc"),
            ("essex", "found essex-crc"),                                     // the stem of essex-crc wins over Essex North/South PDU
            ("Essex PDU", "ambiguous essex-north-pdu,essex-south-pdu"),   // all its words
            ("Essex North", "found essex-north-pdu"),
            ("Hampshire and Isle of Wight", "found hiow-crc"),
            ("ddc", "found ddc-crc"),
            ("bench", "found bench-crc"),
            ("BeNCH CRC", "found bench-crc"),
            ("kss", "found kss-crc"),
            ("Kent, Surrey & Sussex CRC", "found kss-crc"),
            ("National Probation Service Wales division", "found nps-wales"),
            ("Nothumbria", "unknown northumbria-crc"),
            ("Gotham CRC", "unknown"),
            ("", "unknown"),
        ]
        for (name, expected) in table {
            XCTAssertEqual(describe(registry.resolve(name)), expected, name)
        }
    }

    func testAmbiguousWholeWord() {
        // "Sussex" is a whole word in several providers' names and none starts with it alone.
        guard case .ambiguous(let ps) = registry.resolve("Sussex") else {
            return XCTFail("expected ambiguous, got \(describe(registry.resolve("Sussex")))")
        }
        XCTAssertEqual(ps.map(\.id), ps.map(\.id).sorted(), "sorted by id")
        XCTAssertTrue(ps.contains { $0.id == "west-sussex-pdu" })
    }

    func testOwnerGrouping() {
        XCTAssertEqual(registry.ownerGroup(for: "Purple Futures (consortium led by Interserve)"), "Purple Futures")
        XCTAssertEqual(registry.ownerGroup(for: "sodexo justice services (in partnership with Nacro)"), "Sodexo")
        XCTAssertEqual(registry.ownerGroup(for: "Probation Service (HMPPS)"), "HMPPS")
        XCTAssertEqual(registry.ownerGroup(for: "Reducing Reoffending Partnership (RRP)"), "Reducing Reoffending Partnership")
        XCTAssertEqual(registry.ownerGroup(for: "Acme Justice Ltd"), "Acme Justice Ltd", "unlisted owners group as themselves")
    }

    func testRegistryDiagnostics() {
        let yaml = """
        owners:
          - name: Acme
        providers:
          - id: a-crc
            name: A Community Rehabilitation Company
            typ: CRC
          - id: b-crc
            name: B CRC
            type: CRC
          - id: b-crc
            name: B again
            type: CRC
        extra: 1
        """
        let (loaded, diagnostics) = ProviderRegistry.parse(yaml: yaml, file: "providers.yaml")
        XCTAssertEqual(diagnostics.map(\.rendered), [
            "providers.yaml:6:5: warning: unknown key 'typ'; it is ignored\nhint: did you mean 'type'?",
            "providers.yaml:4:5: error: provider 'a-crc' needs a 'type' of CRC, NPS, PDU or Region",
            "providers.yaml:10:5: error: duplicate provider id 'b-crc'\nhint: the first is entry 1 of 'providers'",
            "providers.yaml:13:1: warning: unknown key 'extra'; it is ignored\nhint: keys: owners, providers",
        ])
        XCTAssertEqual(loaded.providers.map(\.id), ["b-crc"])
        let (_, syntax) = ProviderRegistry.parse(yaml: "providers:\n  - id: [x\n", file: "p.yaml")
        XCTAssertEqual(syntax.first?.rendered.hasPrefix("p.yaml:3:1: error: invalid YAML in the provider registry"), true, syntax.first?.rendered ?? "")
    }
}
