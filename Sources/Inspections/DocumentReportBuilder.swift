// DocumentReportBuilder: a PDF, web page or front-matter-less text file turned into an InspectionReport through
// the recogniser; a document that cannot be read is one error with a hint, and the other files still load.
import Documents

enum DocumentReportBuilder {
    /// A PDF or web page: taken whole from the recognition cache, else extracted (or taken from the extraction
    /// cache), recognised, and rendered as a write-up body.
    static func build(path: String, bytes: [UInt8], context: BuildContext) -> FileOutcome {
        let format = DocumentFormat.forExtension(of: path) ?? .text
        var outcome = FileOutcome(bytes: bytes.count)
        let file = SourceLocation(file: path)
        let cached = lookup(bytes, format: format, path: path, context: context, outcome: &outcome)
        if cached.record != nil { return outcome }
        let extracted = context.documents.extract(path: path, bytes: bytes)
        outcome.extracted = !extracted.fromCache
        for w in extracted.warnings { outcome.diagnostics.append(LoadDiagnostic(.warning, file, w)) }
        let document: Document
        switch extracted.result {
        case .failure(let e):
            outcome.diagnostics.append(LoadDiagnostic(.error, file, e.message, hint: e.hint))
            return outcome
        case .success(let d): document = d
        }
        let recognized = ReportRecognizer.recognize(document, file: path, registry: context.documentRegistry.value.registry)
        let text = DocumentBody.render(document, title: recognized.title, titleBlock: recognized.titleBlockIndex)
        var diagnostics = recognized.diagnostics
        let what = document.format == .pdf ? "PDF" + (document.pageCount.map { " (\($0) page\($0 == 1 ? "" : "s"))" } ?? "") : "web page"
        diagnostics.append(LoadDiagnostic(.note, file, "read as \(what)" + inferredList(recognized)))
        finish(RecognitionRecord(recognized: recognized, body: text, diagnostics: diagnostics), key: cached.key, path: path,
               context: context, outcome: &outcome)
        return outcome
    }

    /// A text file without front matter: recognised from its structure; its own text is what findings slice.
    static func buildPlainText(path: String, text: String, bytes: [UInt8], context: BuildContext) -> FileOutcome {
        var outcome = FileOutcome(bytes: bytes.count)
        let cached = lookup(bytes, format: .text, path: path, context: context, outcome: &outcome)
        if cached.record != nil { return outcome }
        let document = PlainTextReader().document(text)
        let recognized = ReportRecognizer.recognize(document, file: path, registry: context.documentRegistry.value.registry)
        var diagnostics = recognized.diagnostics
        diagnostics.append(LoadDiagnostic(.note, SourceLocation(file: path, line: 1, column: 1),
                                          "no front matter: read as plain text" + inferredList(recognized)))
        finish(RecognitionRecord(recognized: recognized, body: text, diagnostics: diagnostics), key: cached.key, path: path,
               context: context, outcome: &outcome)
        return outcome
    }

    /// A cached record, turned into the outcome when found; else the key to store under (a corrupt entry is a warning).
    private static func lookup(_ bytes: [UInt8], format: DocumentFormat, path: String, context: BuildContext,
                               outcome: inout FileOutcome) -> (record: RecognitionRecord?, key: String?) {
        guard let cache = context.recognitions else { return (nil, nil) }
        let key = cache.key(for: bytes, format: format, registry: context.documentRegistry.value.fingerprint)
        switch cache.lookup(key, path: path) {
        case .hit(let record):
            outcome.report = report(record.recognized, id: documentID(path), path: path, text: record.body, registry: context.documentRegistry.value.registry)
            outcome.diagnostics += record.diagnostics
            outcome.idLocation = SourceLocation(file: path, line: 1, column: 1)
            return (record, key)
        case .miss:
            return (nil, key)
        case .corrupt(let why):
            outcome.diagnostics.append(LoadDiagnostic(.warning, SourceLocation(file: path), cache.corruptionWarning(key, why)))
            return (nil, key)
        }
    }

    /// The report from a fresh recognition, kept in the cache for next time.
    private static func finish(_ record: RecognitionRecord, key: String?, path: String, context: BuildContext, outcome: inout FileOutcome) {
        outcome.report = report(record.recognized, id: documentID(path), path: path, text: record.body, registry: context.documentRegistry.value.registry)
        outcome.diagnostics += record.diagnostics
        outcome.idLocation = SourceLocation(file: path, line: 1, column: 1)
        if let key, let cache = context.recognitions {
            var kept = record
            kept.recognized.diagnostics = []      // they are in `diagnostics`, with the load's own notes
            cache.store(kept, key: key, path: path)
        }
    }

    /// A document's id: its file name without the extension, as a slug ("HLNY report (2).pdf" -> "hlny-report-2"),
    /// so that its findings' citations are one word.
    static func documentID(_ path: String) -> String { Slug.make(ReportBuilder.fileStem(path), fallback: "document") }

    static func inferredList(_ r: RecognizedReport) -> String {
        let fields = r.inferred.map(\.field).joined(separator: ", ")
        return fields.isEmpty ? "" : "; inferred \(fields)"
    }

    static func report(_ r: RecognizedReport, id: String, path: String, text: String, registry: ProviderRegistry?) -> InspectionReport {
        var copy = text
        let body = copy.withUTF8 { MarkdownBody.parse($0, from: 0, firstLine: 1, reportID: id) }
        let owner = r.provider.owners.count == 1 ? r.provider.owners[0] : nil
        var report = InspectionReport(
            id: id, provider: r.provider, type: r.type, framework: r.framework, owner: owner,
            ownerGroup: owner.map { registry?.ownerGroup(for: $0) ?? $0 }, region: r.provider.region,
            published: r.published, fieldwork: r.fieldwork, chiefInspector: r.chiefInspector, supervised: r.supervised,
            overall: r.overall?.rating, overallNote: r.overall?.note, ratings: r.ratings, sources: r.sources,
            title: r.title.isEmpty ? (body.title ?? id) : r.title, sections: body.sections, findings: body.findings,
            inferred: r.inferred, path: path, text: text)
        report.fromDocument = true
        return report
    }
}
