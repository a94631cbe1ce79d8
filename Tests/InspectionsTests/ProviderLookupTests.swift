// ProviderLookupTests: provider names resolve to typed outcomes worded once; folders without a registry
// resolve by the providers their write-ups name; a registry warns about names two providers share.
import XCTest
@testable import Inspections

final class ProviderLookupTests: XCTestCase {
    let registry = ProviderRegistry(providers: [
        Provider(id: "essex-north-pdu", name: "Essex North PDU", type: .pdu),
        Provider(id: "essex-south-pdu", name: "Essex South PDU", type: .pdu),
        Provider(id: "hlny-crc", name: "Humberside, Lincolnshire and North Yorkshire CRC", shortName: "HLNY CRC", type: .crc),
    ])

    func testOneWordingForEachOutcome() {
        guard case .failure(let ambiguous) = registry.lookup("Essex PDU") else { return XCTFail("should be ambiguous") }
        XCTAssertEqual(ambiguous.message, "'Essex PDU' could be 2 providers")
        XCTAssertEqual(ambiguous.hint, "say which: essex-north (Essex North PDU), essex-south (Essex South PDU)")
        guard case .failure(let near) = registry.lookup("hnly") else { return XCTFail("should be unknown") }
        XCTAssertEqual(near.message, "no provider 'hnly'")
        XCTAssertEqual(near.hint, "did you mean 'hlny' (HLNY CRC)?")
        guard case .failure(let far) = registry.lookup("zzzzzzzz") else { return XCTFail("should be unknown") }
        XCTAssertEqual(far.hint, "providers include essex-north, essex-south, hlny; list shows them all")
        guard case .failure(let empty) = ProviderRegistry.empty.lookup("x") else { return XCTFail("nothing is loaded") }
        XCTAssertEqual(empty.hint, "no providers are loaded: load a folder of write-ups first")
        XCTAssertEqual(try registry.lookup("hlny").get().id, "hlny-crc")
    }

    func testCandidatesSharingAStemAreOfferedByTheirIds() {
        let wales = ProviderRegistry(providers: [
            Provider(id: "wales-crc", name: "Wales CRC", type: .crc),
            Provider(id: "wales-region", name: "Wales region", type: .region),
        ])
        guard case .failure(let ambiguous) = wales.lookup("wales") else { return XCTFail("should be ambiguous") }
        XCTAssertEqual(ambiguous.hint, "say which: wales-crc (Wales CRC), wales-region (Wales region)")
        XCTAssertEqual(try wales.lookup("wales-crc").get().id, "wales-crc")
    }

    func testAFolderWithoutARegistryResolvesByWhatItsWriteUpsName() throws {
        let dir = try TempCorpus()
        try dir.write("a.md", writeUp(id: "upland-crc-2019", provider: "Upland CRC"))
        try dir.write("b.md", writeUp(id: "hlny-crc-2020", provider: "hlny-crc"))
        let result = CorpusLoader.load(paths: [dir.path])
        XCTAssertNil(result.registry)
        let registry = ProviderRegistry.empty.including(providersOf: result.reports)
        XCTAssertEqual(try registry.lookup("Upland CRC").get().id, "upland-crc")
        XCTAssertEqual(try registry.lookup("upland").get().id, "upland-crc")
        XCTAssertEqual(try registry.lookup("hlny-crc").get().id, "hlny-crc")
        // Listed providers keep their place; unlisted ones are added once.
        let mixed = self.registry.including(providersOf: result.reports)
        XCTAssertEqual(mixed.providers.map(\.id), ["essex-north-pdu", "essex-south-pdu", "hlny-crc", "upland-crc"])
    }

    func testRegistryWarnsOncePerPairThatSharesANameAtTheLaterEntry() {
        let path = ProjectPaths.fixtures + "/SharedNames/providers.yaml"
        let (loaded, diagnostics) = ProviderRegistry.load(path: path)
        XCTAssertEqual(loaded.providers.count, 3)
        XCTAssertEqual(diagnostics.map { $0.rendered.replacingOccurrences(of: ProjectPaths.fixtures + "/", with: "") }, [
            "SharedNames/providers.yaml:13:5: warning: providers 'tyneside-gateshead-pdu' and 'gateshead-tyneside-pdu' share "
                + "the names 'Gateshead and Tyneside PDU', 'Tyneside and Gateshead Probation Delivery Unit'\n"
                + "hint: a name should lead to one provider: if they are one unit, make them one entry; otherwise drop the "
                + "shared alias from one of them",
        ])
    }
}
