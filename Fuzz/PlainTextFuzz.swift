// PlainTextFuzz: libFuzzer entry for write-ups without front matter: sentence splitting and fact inference.
import Foundation
@testable import Inspections

private let registry: ProviderRegistry? = {
    let path = ProcessInfo.processInfo.environment["PROBE_FUZZ_REGISTRY"] ?? "Corpus/providers.yaml"
    let (loaded, _) = ProviderRegistry.load(path: path)
    return loaded
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPlainText(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = PlainTextInference.infer(text, registry: registry)
    _ = PlainTextInference.infer(text, registry: nil)
    var cache = ProviderCache()
    _ = ReportBuilder.build(path: "fuzz.txt", bytes: Array(text.utf8), context: BuildContext(registry: registry), cache: &cache)
    return 0
}
