// InferenceSource: where an inferred value was read: the file, its page and line (or element), and what kind of text.

/// The place an inferred value came from, so a reader can check it against the document.
public struct InferenceSource: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable, Codable {
        case sentence, tableRow = "table row", heading, title
    }
    public var file: String
    /// 1-based page, for PDFs.
    public var page: Int?
    /// 1-based line: within the page for PDFs, within the file otherwise.
    public var line: Int
    /// The element path, for web pages.
    public var element: String?
    public var kind: Kind

    public init(file: String, page: Int? = nil, line: Int, element: String? = nil, kind: Kind) {
        self.file = file; self.page = page; self.line = line; self.element = element; self.kind = kind
    }

    /// "report.pdf, page 4, line 12 (table row)" or "page.html, line 40 (body/main/p[2])".
    public var description: String {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        var s = name + (page.map { ", page \($0)" } ?? "") + ", line \(line)"
        if let element { s += " (\(element))" } else if kind != .sentence { s += " (\(kind.rawValue))" }
        return s
    }
}
