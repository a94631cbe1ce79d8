// FileSniffer: what a file's first bytes say it is, whatever its name says.

enum FileSniffer {
    enum Kind: Equatable { case pdf, html, text, other(String) }

    static func kind(of bytes: [UInt8]) -> Kind {
        let head = Array(bytes.prefix(1024))
        if startsWith(head, "%PDF-") { return .pdf }
        if let description = binaryDescription(head) { return .other(description) }
        let text = String(decoding: head, as: UTF8.self).lowercased()
        let trimmed = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html") || trimmed.hasPrefix("<!-- saved from")
            || (trimmed.hasPrefix("<") && (text.contains("<body") || text.contains("<head"))) {
            return .html
        }
        return .text
    }

    /// Words for what the bytes hold, for "not a PDF: the file holds ...".
    static func describe(_ bytes: [UInt8]) -> String {
        switch kind(of: bytes) {
        case .pdf: "a PDF"
        case .html: "a web page (HTML)"
        case .text: "text"
        case .other(let d): d
        }
    }

    private static func binaryDescription(_ head: [UInt8]) -> String? {
        if head.isEmpty { return "nothing (it is empty)" }
        if startsWith(head, "PK\u{03}\u{04}") { return "a ZIP archive (such as a .docx or .odt document)" }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return "an old Microsoft Office document" }
        if head.starts(with: [0x89, 0x50, 0x4E, 0x47]) { return "a PNG image" }
        if head.starts(with: [0xFF, 0xD8, 0xFF]) { return "a JPEG image" }
        if startsWith(head, "GIF8") { return "a GIF image" }
        if head.starts(with: [0x1F, 0x8B]) { return "gzip-compressed data" }
        if startsWith(head, "{\\rtf") { return "an RTF document" }
        if head.contains(0) {
            let shown = head.prefix(4).map { b -> String in let h = String(b, radix: 16, uppercase: true); return h.count == 1 ? "0" + h : h }
            return "binary data (first bytes \(shown.joined(separator: " ")))"
        }
        return nil
    }

    private static func startsWith(_ bytes: [UInt8], _ prefix: String) -> Bool {
        bytes.starts(with: Array(prefix.utf8))
    }
}
