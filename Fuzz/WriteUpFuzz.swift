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
    for context in [BuildContext(registry: nil), BuildContext(registry: registry)] {
        var cache = ProviderCache()
        let outcome = ReportBuilder.build(path: "fuzz.md", bytes: bytes, context: context, cache: &cache)
        for d in outcome.diagnostics { _ = d.rendered }
        if let report = outcome.report {
            // Finding ranges index the report's text: citations and kwic slice it.
            let count = report.text.utf8.count
            for f in report.findings { precondition(f.range.lowerBound >= 0 && f.range.upperBound <= count) }
        }
    }
    return 0
}
