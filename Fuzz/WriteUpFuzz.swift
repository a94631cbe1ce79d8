// WriteUpFuzz: libFuzzer entry for one write-up's bytes: text checks, front matter (libyaml), Markdown body, inference.
import Foundation
@testable import Inspections

private let registry: ProviderRegistry? = {
    let path = ProcessInfo.processInfo.environment["PROBE_FUZZ_REGISTRY"] ?? "Corpus/providers.yaml"
    let (loaded, _) = ProviderRegistry.load(path: path)
    return loaded
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWriteUp(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // Lines as an editor counts them (LF, CRLF or a lone CR end a line): locations must fall inside the file.
    let lines = 1 + bytes.indices.filter { bytes[$0] == 0x0A || (bytes[$0] == 0x0D && $0 + 1 < bytes.count && bytes[$0 + 1] != 0x0A)
                                          || (bytes[$0] == 0x0D && $0 + 1 == bytes.count) }.count
    for context in [BuildContext(registry: nil), BuildContext(registry: registry)] {
        var cache = ProviderCache()
        let outcome = ReportBuilder.build(path: "fuzz.md", bytes: bytes, context: context, cache: &cache)
        for d in outcome.diagnostics {
            precondition(d.location.line >= 0 && d.location.line <= lines && d.location.column >= 0,
                         "\(d.rendered): outside a file of \(lines) lines")
            _ = d.rendered
        }
        if let report = outcome.report {
            // Finding ranges index the report's text on character boundaries: citations and kwic slice it.
            let utf8 = Array(report.text.utf8)
            for f in report.findings {
                precondition(f.range.lowerBound >= 0 && f.range.upperBound <= utf8.count && !f.range.isEmpty,
                             "finding \(f.citation) at \(f.range) in \(utf8.count) bytes")
                for edge in [f.range.lowerBound, f.range.upperBound] where edge < utf8.count {
                    precondition(utf8[edge] & 0xC0 != 0x80, "finding \(f.citation) cuts a character at byte \(edge)")
                }
                precondition(f.line >= 1 && f.line <= lines && f.ordinal >= 1, "finding \(f.citation) on line \(f.line)")
            }
        }
    }
    return 0
}
