// PlainTextFuzz: libFuzzer entry for documents without front matter: text and HTML structure, and recognition.
import Foundation
@testable import Inspections
@testable import Documents

private let registry: ProviderRegistry? = {
    let path = ProcessInfo.processInfo.environment["PROBE_FUZZ_REGISTRY"] ?? "Corpus/providers.yaml"
    let (loaded, _) = ProviderRegistry.load(path: path)
    return loaded
}()

/// UTF-8 of `text` with every run of spaces, tabs and line breaks made one space: a sentence joins the lines
/// of its paragraph with single spaces, so this is the form in which it must appear in the input.
private func collapsed(_ text: some StringProtocol) -> [UInt8] {
    var out = "", gap = false
    for s in text.unicodeScalars {
        if s == " " || s == "\t" || s == "\n" || s == "\r" { gap = true; continue }
        if gap && !out.isEmpty { out.append(" ") }
        gap = false
        out.unicodeScalars.append(s)
    }
    return Array(out.utf8)
}

/// Whether `needle` occurs in `haystack` (Knuth-Morris-Pratt: linear, whatever the fuzzer feeds it).
private func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    if needle.isEmpty { return true }
    var fail = [0] + Array(repeating: 0, count: needle.count)
    var k = 0
    for i in 1..<needle.count {
        while k > 0 && needle[i] != needle[k] { k = fail[k] }
        if needle[i] == needle[k] { k += 1 }
        fail[i + 1] = k
    }
    k = 0
    for byte in haystack {
        while k > 0 && byte != needle[k] { k = fail[k] }
        if byte == needle[k] { k += 1 }
        if k == needle.count { return true }
    }
    return false
}

/// What inference may claim of `text`: each fact comes with a sentence the text contains, and each rated
/// standard is one the text names (its key, label or a synonym).
private func checkFacts(_ facts: RecognizedReport, _ text: String, _ input: [UInt8]) {
    let named = NameForm.normalize(text)
    var keys = Set<String>()
    for rating in facts.ratings {
        let standard = rating.standard
        precondition(keys.insert(standard.key).inserted, "\(standard.key) rated twice")
        precondition(facts.framework.standards.contains(standard), "\(standard.key) is not in the framework")
        let forms = ([standard.key, standard.label] + standard.synonyms).map { NameForm.normalize($0) }.filter { !$0.isEmpty }
        precondition(forms.contains { named.contains($0) }, "\(standard.key) rated, but the text never names it")
        precondition(facts.inferred.contains { $0.field == standard.key }, "\(standard.key) rated without its sentence")
    }
    for field in facts.inferred { checkSource(field, input) }
}

/// A sentence must occur in the input as written. A table row is cited as its cells joined by " | ", which the
/// input never contains, and a cell wrapped over two layout lines has the next column's words between its
/// own: so each cell must occur as written or, failing that, each of its words must.
private func checkSource(_ field: InferredField, _ input: [UInt8]) {
    guard field.source?.kind == .tableRow else {
        return precondition(contains(input, collapsed(field.sentence)), "\(field.field) read from a sentence not in the text")
    }
    for cell in field.sentence.components(separatedBy: " | ") where !contains(input, collapsed(cell)) {
        for word in cell.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }) {
            precondition(contains(input, Array(word.utf8)), "\(field.field) read from a table row whose '\(word)' is not in the text")
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPlainText(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let input = collapsed(text)
    let document = PlainTextReader().document(text)
    checkFacts(ReportRecognizer.recognize(document, file: "fuzz.txt", registry: registry), text, input)
    checkFacts(ReportRecognizer.recognize(document, file: "fuzz.txt", registry: nil), text, input)
    if case .success(let page) = HTMLReader(minimumWords: 0).read(path: "fuzz.html", bytes: Array(text.utf8)) {
        _ = ReportRecognizer.recognize(page, file: "fuzz.html", registry: registry)
    }
    _ = PDFLayout.blocks(fromLayoutText: text)
    var cache = ProviderCache()
    let outcome = ReportBuilder.build(path: "fuzz.txt", bytes: Array(text.utf8), context: BuildContext(registry: registry), cache: &cache)
    if let report = outcome.report {
        let count = report.text.utf8.count
        for f in report.findings { precondition(f.range.lowerBound >= 0 && f.range.upperBound <= count, "finding \(f.range)") }
        for field in report.inferred { checkSource(field, input) }
    }
    return 0
}
