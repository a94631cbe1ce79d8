// DocumentReader: any supported file in, a Document out, through the reader for its format and the cache.

/// Something that turns a file into a document; the loader takes any, so tests can hand it structures.
public protocol DocumentExtracting: Sendable {
    func extract(path: String, bytes: [UInt8]) -> DocumentOutcome
}

/// A document or the reason there is none, with warnings met on the way (a rebuilt cache entry).
public struct DocumentOutcome: Sendable {
    public var result: Result<Document, DocumentError>
    public var warnings: [String]
    public var fromCache: Bool
    public init(_ result: Result<Document, DocumentError>, warnings: [String] = [], fromCache: Bool = false) {
        self.result = result; self.warnings = warnings; self.fromCache = fromCache
    }
}

/// Reads `.pdf` with `PDFReader`, `.html`/`.htm` with `HTMLReader` and anything else with `PlainTextReader`;
/// PDF and web-page extractions go through the cache when one is given.
public struct DocumentReader: DocumentExtracting {
    public var pdf: PDFReader
    public var html: HTMLReader
    public var text: PlainTextReader
    public var cache: DocumentCache?
    /// PDFs and web pages larger than this are not read.
    public var maxSize: Int

    public static let defaultMaxSize = 32 << 20

    public init(pdf: PDFReader = PDFReader(), html: HTMLReader = HTMLReader(), text: PlainTextReader = PlainTextReader(),
                cache: DocumentCache? = DocumentCache.standard, maxSize: Int = DocumentReader.defaultMaxSize) {
        self.pdf = pdf; self.html = html; self.text = text; self.cache = cache; self.maxSize = maxSize
    }

    public func extract(path: String, bytes: [UInt8]) -> DocumentOutcome {
        let format = DocumentFormat.forExtension(of: path) ?? .text
        if format == .text { return DocumentOutcome(text.read(path: path, bytes: bytes)) }
        if bytes.count > maxSize { return DocumentOutcome(.failure(.tooLarge(size: bytes.count, limit: maxSize))) }
        var warnings: [String] = []
        let key = DocumentCache.key(for: bytes, format: format)
        if let cache {
            switch cache.lookup(key) {
            case .hit(let result): return DocumentOutcome(result, fromCache: true)
            case .miss: break
            case .corrupt(let why):
                warnings.append("cache entry \(cache.path(for: key)) was corrupt (\(why)); it is rebuilt")
            }
        }
        let result = format == .pdf ? pdf.read(path: path, bytes: bytes) : html.read(path: path, bytes: bytes)
        cache?.store(result, key: key)
        return DocumentOutcome(result, warnings: warnings)
    }
}
