// Document: a file read as blocks (headings, paragraphs, list items, table rows), each with where it stood.

/// The formats a document can come from.
public enum DocumentFormat: String, Sendable, Hashable, Codable, CaseIterable {
    case pdf, html, text

    /// The format a file name's extension says, or nil for one probe does not read as a document.
    public static func forExtension(of path: String) -> DocumentFormat? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "pdf": return .pdf
        case "html", "htm", "xhtml": return .html
        case "txt", "md", "markdown", "text": return .text
        default: return nil
        }
    }
}

/// Where a block stood in its file: a page and line for PDFs, a line (and element path) for web pages and text.
public struct BlockPosition: Sendable, Hashable, Codable, CustomStringConvertible {
    /// 1-based page, for PDFs; nil otherwise.
    public var page: Int?
    /// 1-based line: within the page for PDFs, within the file otherwise.
    public var line: Int
    /// The element path for web pages ("body/main/table[1]/tr[3]"); nil otherwise.
    public var path: String?

    public init(page: Int? = nil, line: Int, path: String? = nil) {
        self.page = page; self.line = line; self.path = path
    }

    /// "page 3, line 12", "line 40 (body/main/p[2])" or "line 7".
    public var description: String {
        var s = page.map { "page \($0), line \(line)" } ?? "line \(line)"
        if let path { s += " (\(path))" }
        return s
    }
}

/// One block of a document's main text.
public struct Block: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case heading, paragraph, listItem, tableRow
    }

    public var kind: Kind
    /// The block's text with whitespace collapsed; for a table row, its cells joined by " | ".
    public var text: String
    /// Heading level, 1 (title) to 6; 0 for other blocks.
    public var level: Int
    /// A numbered heading's number ("2.3" for "2.3 Implementation and delivery"); nil otherwise.
    public var number: String?
    /// A table row's cells, left to right; empty for other blocks.
    public var cells: [String]
    public var position: BlockPosition

    public init(_ kind: Kind, _ text: String, level: Int = 0, number: String? = nil, cells: [String] = [],
                position: BlockPosition) {
        self.kind = kind; self.text = text; self.level = level; self.number = number
        self.cells = cells; self.position = position
    }

    public static func heading(_ text: String, level: Int, number: String? = nil, at position: BlockPosition) -> Block {
        Block(.heading, text, level: level, number: number, position: position)
    }
    public static func paragraph(_ text: String, at position: BlockPosition) -> Block { Block(.paragraph, text, position: position) }
    public static func listItem(_ text: String, at position: BlockPosition) -> Block { Block(.listItem, text, position: position) }
    public static func tableRow(_ cells: [String], at position: BlockPosition) -> Block {
        Block(.tableRow, cells.joined(separator: " | "), cells: cells, position: position)
    }
}

/// A file's main text as blocks, in reading order.
public struct Document: Sendable, Hashable, Codable {
    public var format: DocumentFormat
    public var blocks: [Block]
    /// Pages, for PDFs.
    public var pageCount: Int?
    /// The title the file itself declares (an HTML `<title>`, a PDF's Title entry), which may be a site's name.
    public var declaredTitle: String?
    /// The address the file says it came from (a web page's canonical link, a browser's "saved from" line).
    public var statedURL: String?

    public init(format: DocumentFormat, blocks: [Block], pageCount: Int? = nil, declaredTitle: String? = nil,
                statedURL: String? = nil) {
        self.format = format; self.blocks = blocks; self.pageCount = pageCount
        self.declaredTitle = declaredTitle; self.statedURL = statedURL
    }

    /// Words in paragraphs, list items and table rows: how much main text there is.
    public var wordCount: Int {
        blocks.reduce(0) { n, b in
            b.kind == .heading ? n : n + b.text.split(whereSeparator: { $0 == " " }).count
        }
    }
}
