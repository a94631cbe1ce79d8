// ReportBuilder: one file's bytes turned into an InspectionReport (or a reason it cannot be one), with its diagnostics.
import Documents

/// What loading one file produced.
struct FileOutcome: Sendable {
    var report: InspectionReport?
    var diagnostics: [LoadDiagnostic] = []
    /// Where the id was written (or line 1 when it came from the file name), for duplicate-id errors.
    var idLocation: SourceLocation?
    var bytes: Int = 0
    /// Not read because the load was cancelled first.
    var cancelled = false
    /// A PDF or web page its reader extracted (not found in a cache).
    var extracted = false
}

/// Shared, read-only inputs to building reports.
struct BuildContext: Sendable {
    /// The registry providers resolve in; nil when the corpus has no providers.yaml.
    var registry: ProviderRegistry?
    /// Reads PDFs and web pages.
    var documents: any DocumentExtracting = DocumentReader()
    /// Keeps recognised documents, so a second load of one skips reading and recognising it.
    var recognitions: RecognitionCache?
    /// The providers documents are recognised against: `registry`, else the loader's fallback.
    var documentRegistry: RecognitionRegistry

    init(registry: ProviderRegistry?, documents: any DocumentExtracting = DocumentReader(), recognitions: RecognitionCache? = nil,
         documentRegistry: RecognitionRegistry? = nil) {
        self.registry = registry; self.documents = documents; self.recognitions = recognitions
        self.documentRegistry = documentRegistry ?? RecognitionRegistry(registry)
    }
}

/// Provider resolutions already made in this batch of files: a corpus names the same few providers
/// thousands of times.
struct ProviderCache {
    var entries: [String: (provider: Provider, diagnostic: (String, String?)?)] = [:]
}

enum ReportBuilder {
    static func build(path: String, bytes: [UInt8], context: BuildContext, cache: inout ProviderCache) -> FileOutcome {
        if let format = DocumentFormat.forExtension(of: path), format != .text {
            return DocumentReportBuilder.build(path: path, bytes: bytes, context: context)
        }
        var outcome = FileOutcome(bytes: bytes.count)
        let file = SourceLocation(file: path)
        let decoded: (text: String, bomLength: Int)
        switch SourceText.decode(bytes) {
        case .success(let d): decoded = d
        case .failure(let e):
            switch e.problem {
            case .empty:
                outcome.diagnostics.append(LoadDiagnostic(.error, file, "empty file",
                    hint: "a write-up is Markdown with front matter between '---' lines, or plain text"))
            case .binary(let offset):
                let (line, column) = SourceText.lineColumn(of: offset, in: bytes)
                outcome.diagnostics.append(LoadDiagnostic(.error, SourceLocation(file: path, line: line, column: column),
                    "not text: NUL byte at byte offset \(offset) (binary data)",
                    hint: "probe loads Markdown or plain-text write-ups (.md, .markdown, .txt), PDFs (.pdf) and web pages (.html, .htm)"))
            case .notUTF8(let offset):
                let (line, column) = SourceText.lineColumn(of: offset, in: bytes)
                let byte = String(bytes[offset], radix: 16, uppercase: true)
                outcome.diagnostics.append(LoadDiagnostic(.error, SourceLocation(file: path, line: line, column: column),
                    "not valid UTF-8: byte 0x\(byte.count == 1 ? "0" + byte : byte) does not belong to a UTF-8 character",
                    hint: "re-save the file as UTF-8"))
            }
            return outcome
        }
        var text = decoded.text
        let shape = text.withUTF8 { FrontMatterReader.split($0) }
        switch shape {
        case .unclosed:
            outcome.diagnostics.append(LoadDiagnostic(.error, SourceLocation(file: path, line: 1, column: 1),
                "front matter opened here is never closed", hint: "end the front matter with a line of three dashes: ---"))
            return outcome
        case .none:
            return DocumentReportBuilder.buildPlainText(path: path, text: text, bytes: bytes, context: context)
        case .present(let split):
            buildFromFrontMatter(path: path, text: text, split: split, context: context, cache: &cache, outcome: &outcome)
            return outcome
        }
    }

    private static func buildFromFrontMatter(path: String, text: String, split: FrontMatterSplit, context: BuildContext,
                                             cache: inout ProviderCache, outcome: inout FileOutcome) {
        let top = SourceLocation(file: path, line: 1, column: 1)
        var text = text
        let result = text.withUTF8 { bytes in
            FrontMatterReader.parse(yaml: UnsafeBufferPointer(rebasing: bytes[split.yamlRange]), file: path,
                                    firstLine: split.yamlFirstLine)
        }
        let parsed: FrontMatter
        switch result {
        case .failure(let d): outcome.diagnostics.append(d); return
        case .success(nil):
            outcome.diagnostics.append(LoadDiagnostic(.error, top, "empty front matter",
                hint: "give at least 'id', 'provider' and 'type', one 'key: value' per line"))
            return
        case .success(let fm?): parsed = fm
        }
        var diagnostics: [LoadDiagnostic] = []
        let fields = FrontMatterFields.read(parsed, into: &diagnostics)

        // The id, else one derived from the file name.
        let id: String
        if let given = fields.id {
            id = given.value
            outcome.idLocation = given.location
        } else {
            id = fileStem(path)
            outcome.idLocation = top
            diagnostics.append(LoadDiagnostic(.warning, top, "no 'id' in front matter; using '\(id)' from the file name",
                                              hint: "add 'id: \(id)' to the front matter"))
        }

        guard let providerName = fields.provider else {
            diagnostics.append(LoadDiagnostic(.error, top, "no 'provider' in front matter",
                hint: context.registry == nil ? "name the provider, e.g. 'provider: Essex CRC'"
                    : "name the provider by its id or an alias from providers.yaml, e.g. 'provider: hlny-crc'"))
            outcome.diagnostics += diagnostics
            return
        }
        let registered = context.registry.flatMap { reg -> Provider? in
            if case .found(let p) = reg.resolve(providerName.value) { return p }
            return nil
        }
        guard let type = fields.type?.value ?? registered?.type ?? inferType(fromName: providerName.value) else {
            diagnostics.append(LoadDiagnostic(.error, top, "no 'type' in front matter, and the provider name does not tell it",
                                              hint: "add 'type: CRC', 'type: NPS', 'type: PDU' or 'type: Region'"))
            outcome.diagnostics += diagnostics
            return
        }
        let provider = resolveProvider(providerName, type: type, registry: context.registry, cache: &cache,
                                       diagnostics: &diagnostics)
        if let given = fields.type, provider.type != given.value, registered != nil {
            diagnostics.append(LoadDiagnostic(.warning, given.location,
                "'type' is \(given.value.rawValue) but providers.yaml lists '\(provider.id)' as \(provider.type.rawValue)"))
        }

        let year = fields.published?.year ?? ReportDate.yearInID(id)
        let (framework, ratings) = RatingTable.resolve(fields.ratings,
                                                       framework: fields.framework?.value ?? Framework.defaultFor(type: type, year: year),
                                                       explicitFramework: fields.framework != nil, diagnostics: &diagnostics)

        // The lead of a write-up with front matter is our summary: a note, not a finding.
        let body = text.withUTF8 {
            MarkdownBody.parse($0, from: split.bodyStart, firstLine: split.bodyFirstLine, reportID: id, leadIsNote: true)
        }
        let bodyIsBlank = text.utf8.dropFirst(split.bodyStart).allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        if bodyIsBlank {
            diagnostics.append(LoadDiagnostic(.warning, SourceLocation(file: path, line: split.closingLine, column: 1),
                "no body after the front matter: the report has no findings",
                hint: "add a '# ' title, a summary paragraph and '## ' sections with '- ' findings"))
        }
        var title = fields.title ?? body.title ?? ""
        if title.isEmpty {
            title = provider.name
            if !bodyIsBlank {
                diagnostics.append(LoadDiagnostic(.warning, SourceLocation(file: path, line: split.bodyFirstLine, column: 1),
                    "no title: the body has no '# ' heading", hint: "start the body with '# ' and the report's title"))
            }
        }

        let owner = fields.owner ?? (provider.owners.count == 1 ? provider.owners[0] : nil)
        outcome.diagnostics += diagnostics
        outcome.report = InspectionReport(
            id: id, provider: provider, type: type, framework: framework, owner: owner,
            ownerGroup: owner.map { context.registry?.ownerGroup(for: $0) ?? $0.trimmingSpaces() },
            region: fields.region ?? provider.region, published: fields.published, fieldwork: fields.fieldwork,
            chiefInspector: fields.chiefInspector, supervised: fields.supervised,
            overall: fields.overall?.rating, overallNote: fields.overall?.note,
            previousOverall: fields.previousOverall?.rating, ratings: ratings, sources: fields.sources,
            title: title, sections: body.sections, findings: body.findings, inferred: [], path: path, text: text)
        if let t = fields.fieldworkText, t != fields.fieldwork?.description { outcome.report?.fieldworkText = t }
        if let r = outcome.report, !fields.inferred.isEmpty {
            // An imported write-up says where each value was read ("report.pdf, page 4, line 12: ..."): kept apart.
            outcome.report?.inferred = fields.inferred.map { entry in
                let place = InferenceSource.parse(entry: entry.text)
                return InferredField(field: entry.key, value: r.value(ofField: entry.key) ?? "", sentence: place?.sentence ?? entry.text,
                                     source: place?.source)
            }
        }
    }

    /// The registry's provider for a name, or an ad hoc one (with a warning when a registry exists).
    static func resolveProvider(_ name: Located<String>, type: ProviderType, registry: ProviderRegistry?,
                                cache: inout ProviderCache, diagnostics: inout [LoadDiagnostic]) -> Provider {
        let cacheKey = "\(type.rawValue)\u{1}\(name.value)"
        if let hit = cache.entries[cacheKey] {
            if let (message, hint) = hit.diagnostic {
                diagnostics.append(LoadDiagnostic(.warning, name.location, message, hint: hint))
            }
            return hit.provider
        }
        var provider = ProviderRegistry.adHoc(name: name.value, type: type)
        var diagnostic: (String, String?)?
        if let registry, !registry.isEmpty {
            switch registry.resolve(name.value) {
            case .found(let p): provider = p
            case .ambiguous(let candidates):
                diagnostic = ("provider '\(name.value)' is ambiguous: it could be " +
                              candidates.prefix(5).map { "'\($0.id)'" }.joined(separator: ", "),
                              "write the provider's id; the report is loaded with an unlisted provider '\(provider.id)'")
            case .unknown(let suggestions):
                let mean = EditDistance.didYouMean(suggestions.map(\.id))
                diagnostic = ("unknown provider '\(name.value)'; loaded as an unlisted provider '\(provider.id)'",
                              mean ?? "add it to providers.yaml")
            }
        }
        if let (message, hint) = diagnostic {
            diagnostics.append(LoadDiagnostic(.warning, name.location, message, hint: hint))
        }
        cache.entries[cacheKey] = (provider, diagnostic)
        return provider
    }

    /// "Essex CRC" -> CRC, "Leeds Probation Delivery Unit" -> PDU, and so on; nil when the name does not say.
    static func inferType(fromName name: String) -> ProviderType? {
        let words = Set(NameForm.normalize(name).split(separator: " ").map(String.init))
        if words.contains("crc") { return .crc }
        if words.contains("pdu") { return .pdu }
        if words.contains("nps") || name.lowercased().contains("national probation service") { return .nps }
        if words.contains("region") || words.contains("regional") { return .region }
        return nil
    }

    /// The file name without directory and extension: the id of a write-up that gives none.
    static func fileStem(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
