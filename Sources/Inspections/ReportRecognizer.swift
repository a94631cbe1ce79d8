// ReportRecognizer: a document's blocks read for its report: title, provider, type, dates, people, the
// ratings table and prose ratings, each kept with where it was read; what is unsure stays unknown.
import Documents

public enum ReportRecognizer {
    /// A sentence of a block, with the block it came from.
    struct Line { var text: String; var block: Int }

    public static func recognize(_ document: Document, file: String, registry: ProviderRegistry?) -> RecognizedReport {
        var r = Recognition(document: document, file: file, registry: registry)
        r.run()
        return r.result
    }
}

/// One recognition in progress.
struct Recognition {
    let document: Document
    let file: String
    let registry: ProviderRegistry?
    let mentions: ProviderMentions
    let lines: [ReportRecognizer.Line]
    var result: RecognizedReport
    private var fields: [String: InferredField] = [:]

    init(document: Document, file: String, registry: ProviderRegistry?) {
        self.document = document; self.file = file; self.registry = registry
        mentions = ProviderMentions(registry: registry)
        var lines: [ReportRecognizer.Line] = []
        for (i, b) in document.blocks.enumerated() where b.kind != .tableRow {
            for s in Sentences.inBlock(b.text) { lines.append(.init(text: s, block: i)) }
        }
        self.lines = lines
        result = RecognizedReport(title: "", provider: RecognizedReport.unknownProvider, providerKnown: false, type: .unknown,
                                  framework: .generic, ratings: [], sources: [], inferred: [], diagnostics: [])
    }

    mutating func run() {
        recogniseTitle()
        recogniseProvider()
        recogniseDates()
        recognisePeople()
        recogniseRatings()
        result.sources = [document.statedURL ?? (file.split(separator: "/").last.map(String.init) ?? file)]
        let order = ["title"] + FrontMatterFields.keys + result.framework.standards.map(\.key)
        result.inferred = fields.values.sorted {
            (order.firstIndex(of: $0.field) ?? order.count, $0.field) < (order.firstIndex(of: $1.field) ?? order.count, $1.field)
        }
    }

    // MARK: - Evidence

    func source(_ block: Int, kind: InferenceSource.Kind? = nil) -> InferenceSource {
        let b = document.blocks[block]
        let k = kind ?? (b.kind == .tableRow ? .tableRow : b.kind == .heading ? .heading : .sentence)
        return InferenceSource(file: file, page: b.position.page, line: b.position.line, element: b.position.path, kind: k)
    }

    mutating func record(_ field: String, _ value: String, _ text: String, block: Int, kind: InferenceSource.Kind? = nil) {
        if fields[field] == nil {
            fields[field] = InferredField(field: field, value: value, sentence: text, source: source(block, kind: kind))
        }
    }

    mutating func note(_ block: Int, _ message: String, severity: Severity = .note, hint: String? = nil) {
        let b = document.blocks[block]
        let line = b.position.page == nil ? b.position.line : 0
        let prefix = b.position.page.map { "page \($0), line \(b.position.line): " } ?? ""
        result.diagnostics.append(LoadDiagnostic(severity, SourceLocation(file: file, line: line), prefix + message, hint: hint))
    }

    // MARK: - Title

    mutating func recogniseTitle() {
        let blocks = document.blocks
        let early = blocks.indices.prefix(15)
        if let i = early.first(where: { plain(blocks[$0]).lowercased().hasPrefix("an inspection of probation services in") }) {
            var title = plain(blocks[i])
            // The name goes on only from the line right after (or after one blank line) on the same page: a block
            // further on (the line between dropped as a running header, say) would make a title the text never wrote.
            if title.hasSuffix(":") || title.lowercased().hasSuffix(" in"), i + 1 < blocks.count,
               blocks[i + 1].position.page == blocks[i].position.page,
               (1...2).contains(blocks[i + 1].position.line - blocks[i].position.line) {
                title += " " + blocks[i + 1].text
            }
            setTitle(title, block: i); return
        }
        if let i = early.first(where: { blocks[$0].kind == .heading && blocks[$0].level == 1 }) {
            setTitle(blocks[i].text, block: i); return
        }
        if let i = blocks.indices.prefix(5).first(where: { blocks[$0].kind == .heading }) { setTitle(blocks[i].text, block: i); return }
        if let i = blocks.indices.first, blocks[i].kind != .tableRow, blocks[i].text.count <= 200 {
            setTitle(blocks[i].text, block: i); return
        }
        result.title = document.declaredTitle ?? ""
    }

    /// A block's text, a table row's cells joined by spaces (a title laid out beside its label).
    private func plain(_ b: Block) -> String { b.kind == .tableRow ? b.cells.joined(separator: " ") : b.text }

    private mutating func setTitle(_ title: String, block: Int) {
        result.title = title
        record("title", title, title, block: block, kind: .title)
        titleBlock = block
        result.titleBlockIndex = block
    }

    var titleBlock: Int?
    /// The sentence each prose rating was read from, by field.
    var sentences: [String: String] = [:]

    // MARK: - Provider and type

    mutating func recogniseProvider() {
        let titleText = result.title
        // The name the title states: "An inspection of probation services in: X".
        var stated: String?
        let lowerTitle = titleText.lowercased()
        if lowerTitle.hasPrefix("an inspection of probation services in") || lowerTitle.hasPrefix("inspection of probation services in"),
           let r = titleText.range(of: "services in", options: .caseInsensitive) {
            stated = String(titleText[r.upperBound...]).trimmingCharacters(in: [":", " "])
        }
        let titleBlock = self.titleBlock ?? 0
        if let s = stated, let p = mentions.exact(s) { return setProvider(p, titleText, block: titleBlock) }
        if let p = mentions.providers(in: titleText).first { return setProvider(p, titleText, block: titleBlock) }
        // The provider named most often in the text, the earliest of equals.
        var counts: [String: (count: Int, first: Int, provider: Provider)] = [:]
        // The subject is named early; counting the first few hundred sentences is enough.
        for (k, line) in lines.prefix(300).enumerated() {
            for p in mentions.providers(in: line.text) {
                let e = counts[p.id] ?? (0, k, p)
                counts[p.id] = (e.count + 1, e.first, p)
            }
        }
        // Ties (named as often, first on the same line) by id: never in the dictionary's order, which changes per run.
        let ranked = counts.values.sorted(by: { a, b in
            (a.count, -a.first) != (b.count, -b.first) ? (a.count, -a.first) > (b.count, -b.first) : a.provider.id < b.provider.id
        })
        if ranked.count > 1, ranked[0].count == ranked[1].count {
            // Several providers named equally often: the document is about more than one, or it does not say.
            let names = ranked.filter { $0.count == ranked[0].count }.map { "'\($0.provider.id)'" }.joined(separator: ", ")
            result.diagnostics.append(LoadDiagnostic(.warning, SourceLocation(file: file, line: 0),
                "the text names several providers equally often (\(names)); none is taken as its subject",
                hint: "import it and set 'provider' in the write-up's front matter"))
            return
        }
        if let best = ranked.first {
            if let s = stated {
                note(titleBlock, "the title names '\(s)', which is not a name in the provider registry; the provider is '\(best.provider.id)', named \(best.count) time\(best.count == 1 ? "" : "s") in the text",
                     severity: .warning, hint: "check the provider; extraction may have damaged the title")
            }
            let line = lines[best.first]
            return setProvider(best.provider, line.text, block: line.block)
        }
        // No registry name anywhere: a stated name is kept as written, never matched loosely.
        // Each candidate keeps the sentence it was read from: that, not the name alone, is the evidence.
        let candidates = (stated.map { [($0, titleText, titleBlock)] } ?? [])
            + ProviderMentions.statedNames(in: titleText).map { ($0, titleText, titleBlock) }
            + lines.prefix(40).lazy.flatMap { l in ProviderMentions.statedNames(in: l.text).map { ($0, l.text, l.block) } }.prefix(1)
        guard let (name, sentence, block) = candidates.first else {
            result.diagnostics.append(LoadDiagnostic(.warning, SourceLocation(file: file, line: 0),
                "no provider could be recognised: the document names none that providers.yaml knows, nor a '... CRC' or '... PDU'",
                hint: "import it and set 'provider' and 'type' in the write-up's front matter"))
            return
        }
        let type = ReportBuilder.inferType(fromName: name) ?? .unknown
        let provider = ProviderRegistry.adHoc(name: name, type: type)
        if let registry, !registry.isEmpty {
            var hint = "add it to providers.yaml, or set 'provider' in the write-up"
            if case .found(let p) = registry.resolve(name) { hint = "it may be '\(p.id)' with a damaged or partial name; it is not joined on that alone" }
            note(block, "provider '\(name)' is not in providers.yaml; kept under its stated name", severity: .warning, hint: hint)
        }
        setProvider(provider, sentence, block: block)
    }

    private mutating func setProvider(_ p: Provider, _ text: String, block: Int) {
        result.provider = p
        result.providerKnown = true
        result.type = p.type
        record("provider", p.id, text, block: block)
        if p.type != .unknown { record("type", p.type.rawValue, text, block: block) }
    }

    /// True when the text names a provider other than the subject.
    func namesOtherProvider(_ text: String) -> Bool {
        let subject = result.provider
        if mentions.providers(in: text).contains(where: { $0.id != subject.id }) { return true }
        let mine = Set(([subject.name, subject.shortName] + subject.aliases).map { NameForm.normalize($0) })
        return ProviderMentions.statedNames(in: text).contains { name in
            let n = NameForm.normalize(name)
            return !mine.contains(n) && mentions.exact(name)?.id != subject.id
        }
    }

    func namesSubject(_ text: String) -> Bool {
        result.providerKnown && mentions.providers(in: text).contains { $0.id == result.provider.id }
    }
}
