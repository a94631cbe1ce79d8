// PlainTextFuzz: libFuzzer entry for documents without front matter: text and HTML structure, and recognition.
import Foundation
@testable import Inspections
@testable import Documents

private let registry: ProviderRegistry? = {
    let path = ProcessInfo.processInfo.environment["PROBE_FUZZ_REGISTRY"] ?? "Corpus/providers.yaml"
    let (loaded, _) = ProviderRegistry.load(path: path)
    return loaded
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPlainText(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let document = PlainTextReader().document(text)
    _ = ReportRecognizer.recognize(document, file: "fuzz.txt", registry: registry)
    _ = ReportRecognizer.recognize(document, file: "fuzz.txt", registry: nil)
    if case .success(let page) = HTMLReader(minimumWords: 0).read(path: "fuzz.html", bytes: Array(text.utf8)) {
        _ = ReportRecognizer.recognize(page, file: "fuzz.html", registry: registry)
    }
    _ = PDFLayout.blocks(fromLayoutText: text)
    var cache = ProviderCache()
    _ = ReportBuilder.build(path: "fuzz.txt", bytes: Array(text.utf8), context: BuildContext(registry: registry), cache: &cache)
    return 0
}
