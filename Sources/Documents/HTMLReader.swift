// HTMLReader: a saved web page's main text through libxml2's HTML parser (recover mode, no network).
import CLibXML2

/// Reads web pages: headings, paragraphs, list items and table rows from the main content, leaving out
/// navigation, headers and footers, asides, scripts, styles, forms, cookie banners, breadcrumbs, share
/// links and "Back to top" links.
public struct HTMLReader: Sendable {
    /// Fewer words of main text than this is a page with no main content.
    public var minimumWords: Int

    public init(minimumWords: Int = 20) { self.minimumWords = minimumWords }

    /// libxml2 sets up its globals once, before any thread parses.
    private static let initialised: Bool = { xmlInitParser(); return true }()

    public func read(path: String, bytes: [UInt8]) -> Result<Document, DocumentError> {
        switch FileSniffer.kind(of: bytes) {
        case .pdf: return .failure(.notADocument(expected: .html, found: "a PDF"))
        case .other(let d): return .failure(.notADocument(expected: .html, found: d))
        default: break
        }
        _ = Self.initialised
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self)
        // Without a declared charset libxml2 would assume Latin-1; pages saved today are UTF-8.
        let encoding: String? = head.lowercased().contains("charset") ? nil : "UTF-8"
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOIMPLIED.rawValue)
        let doc: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                if let encoding {
                    return htmlReadMemory(chars, Int32(buffer.count), nil, encoding, options)
                }
                return htmlReadMemory(chars, Int32(buffer.count), nil, nil, options)
            }
        }
        guard let doc else { return .failure(.noMainContent) }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return .failure(.noMainContent) }

        var walker = HTMLWalker()
        walker.collectHead(root)
        let main = HTMLWalker.mainContent(root) ?? root
        walker.insideMain = main != root
        walker.walk(main, path: HTMLWalker.path(of: main))
        let blocks = BoilerplateFilter.clean(walker.blocks)
        let document = Document(format: .html, blocks: blocks, declaredTitle: walker.title,
                                statedURL: walker.canonical ?? Self.savedFrom(head))
        if document.wordCount < minimumWords { return .failure(.noMainContent) }
        return .success(document)
    }

    /// A browser's "<!-- saved from url=(0071)https://... -->" line.
    static func savedFrom(_ head: String) -> String? {
        guard let r = head.range(of: "<!-- saved from url=(") else { return nil }
        let rest = head[r.upperBound...].drop { $0 != ")" }.dropFirst()
        let url = rest.prefix { !$0.isWhitespace }
        return url.isEmpty ? nil : String(url)
    }
}
