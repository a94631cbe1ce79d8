// DocumentReportBuilder: a PDF, web page or front-matter-less text file turned into an InspectionReport through
// the recogniser; a document that cannot be read is one error with a hint, and the other files still load.
import Documents

enum DocumentReportBuilder {
    /// A PDF or web page: extracted (or taken from the cache), recognised, and rendered as a write-up body.
    static func build(path: String, bytes: [UInt8], context: BuildContext) -> FileOutcome {
        var outcome = FileOutcome(bytes: bytes.count)
        let file = SourceLocation(file: path)
        let extracted = context.documents.extract(path: path, bytes: bytes)
        for w in extracted.warnings { outcome.diagnostics.append(LoadDiagnostic(.warning, file, w)) }
        let document: Document
        switch extracted.result {
        case .failure(let e):
            outcome.diagnostics.append(LoadDiagnostic(.error, file, e.message, hint: e.hint))
            return outcome
        case .success(let d): document = d
        }
        let recognized = ReportRecognizer.recognize(document, file: path, registry: context.registry)
        let id = ReportBuilder.fileStem(path)
        let text = DocumentBody.render(document, title: recognized.title, titleBlock: recognized.titleBlockIndex)
        outcome.report = report(recognized, id: id, path: path, text: text, registry: context.registry)
        outcome.diagnostics += recognized.diagnostics
        let what = document.format == .pdf ? "PDF" + (document.pageCount.map { " (\($0) page\($0 == 1 ? "" : "s"))" } ?? "") : "web page"
        outcome.diagnostics.append(LoadDiagnostic(.note, file, "read as \(what)" + inferredList(recognized)))
        outcome.idLocation = SourceLocation(file: path, line: 1, column: 1)
        return outcome
    }

    /// A text file without front matter: recognised from its structure; its own text is what findings slice.
    static func buildPlainText(path: String, text: String, registry: ProviderRegistry?) -> (InspectionReport, [LoadDiagnostic]) {
        let document = PlainTextReader().document(text)
        let recognized = ReportRecognizer.recognize(document, file: path, registry: registry)
        let top = SourceLocation(file: path, line: 1, column: 1)
        var diagnostics = recognized.diagnostics
        diagnostics.append(LoadDiagnostic(.note, top, "no front matter: read as plain text" + inferredList(recognized)))
        return (report(recognized, id: ReportBuilder.fileStem(path), path: path, text: text, registry: registry), diagnostics)
    }

    static func inferredList(_ r: RecognizedReport) -> String {
        let fields = r.inferred.map(\.field).joined(separator: ", ")
        return fields.isEmpty ? "" : "; inferred \(fields)"
    }

    static func report(_ r: RecognizedReport, id: String, path: String, text: String, registry: ProviderRegistry?) -> InspectionReport {
        var copy = text
        let body = copy.withUTF8 { MarkdownBody.parse($0, from: 0, firstLine: 1, reportID: id) }
        let owner = r.provider.owners.count == 1 ? r.provider.owners[0] : nil
        return InspectionReport(
            id: id, provider: r.provider, type: r.type, framework: r.framework, owner: owner,
            ownerGroup: owner.map { registry?.ownerGroup(for: $0) ?? $0 }, region: r.provider.region,
            published: r.published, fieldwork: r.fieldwork, chiefInspector: r.chiefInspector, supervised: r.supervised,
            overall: r.overall?.rating, overallNote: r.overall?.note, ratings: r.ratings, sources: r.sources,
            title: r.title.isEmpty ? (body.title ?? id) : r.title, sections: body.sections, findings: body.findings,
            inferred: r.inferred, path: path, text: text)
    }
}
