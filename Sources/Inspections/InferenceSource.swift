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

    /// Reads back what a write-up's `inferred:` entry says: "report.pdf, page 4, line 12 (table row): 1.1 Leadership | Good"
    /// gives the place and the sentence or row; text not in that form gives nil (the entry is all sentence).
    public static func parse(entry text: String) -> (source: InferenceSource, sentence: String)? {
        guard let colon = text.range(of: ": ") else { return nil }
        var head = Substring(text[..<colon.lowerBound])
        let sentence = String(text[colon.upperBound...])
        var kind = Kind.sentence, element: String?
        if head.hasSuffix(")"), let open = head.lastIndex(of: "(") {
            let inside = String(head[head.index(after: open)..<head.index(before: head.endIndex)])
            if let k = Kind(rawValue: inside) { kind = k } else { element = inside }
            head = head[..<open]
            guard head.hasSuffix(" ") else { return nil }
            head = head.dropLast()
        }
        guard let lineMark = head.range(of: ", line ", options: .backwards),
              let line = Int(head[lineMark.upperBound...]), line >= 0 else { return nil }
        var file = head[..<lineMark.lowerBound]
        var page: Int?
        if let pageMark = file.range(of: ", page ", options: .backwards), let p = Int(file[pageMark.upperBound...]) {
            page = p
            file = file[..<pageMark.lowerBound]
        }
        guard !file.isEmpty else { return nil }
        return (InferenceSource(file: String(file), page: page, line: line, element: element, kind: kind), sentence)
    }

    /// "report.pdf, page 4, line 12 (table row)" or "page.html, line 40 (body/main/p[2])".
    public var description: String {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        var s = name + (page.map { ", page \($0)" } ?? "") + ", line \(line)"
        if let element { s += " (\(element))" } else if kind != .sentence { s += " (\(kind.rawValue))" }
        return s
    }
}
