// SimplePDF: small PDFs written from text for tests, so no binary fixture needs to be kept in the repository.
import Foundation

/// Writes PDF 1.4 files with Helvetica text placed line by line, as a word processor would lay out a page.
///
/// A page is given as text: each line is a line of the page; runs of three or more spaces split a line
/// into cells, each placed at its column (so tables keep their columns); a line starting with `**` is
/// set in bold. `\f` separates pages.
public enum SimplePDF {
    public struct Item {
        public var x: Double, y: Double, size: Double, bold: Bool, text: String
    }

    /// A PDF of pages laid out from text.
    public static func fromLayout(_ text: String, title: String? = nil) -> [UInt8] {
        let pages = text.components(separatedBy: "\u{0C}").map { page -> [Item] in
            var items: [Item] = []
            for (i, raw) in page.components(separatedBy: "\n").enumerated() {
                var line = raw
                var bold = false
                if line.trimmingCharacters(in: .whitespaces).hasPrefix("**") {
                    bold = true
                    line = line.replacingOccurrences(of: "**", with: "  ")
                }
                let y = 800 - Double(i) * 14
                for (column, cell) in cells(line) {
                    items.append(Item(x: 50 + Double(column) * 5.2, y: y, size: 10, bold: bold, text: cell))
                }
            }
            return items
        }
        return document(pages: pages.map { content(for: $0) }, title: title)
    }

    /// A PDF whose pages hold only drawn shapes: what a scan looks like to a text extractor.
    public static func withoutText(pages: Int) -> [UInt8] {
        document(pages: (0..<pages).map { _ in "0.5 g 60 60 470 700 re f 0 g 80 700 200 20 re f\n" }, title: nil)
    }

    /// A valid PDF padded to at least `bytes` bytes with a comment-filled stream.
    public static func padded(to bytes: Int) -> [UInt8] {
        let line = "% " + String(repeating: "x", count: 77) + "\n"
        let padding = String(repeating: line, count: bytes / line.utf8.count + 1)
        return document(pages: ["BT /F1 10 Tf 50 780 Td (A large file) Tj ET\n" + padding], title: nil)
    }

    static func cells(_ line: String) -> [(Int, String)] {
        let chars = Array(line)
        var out: [(Int, String)] = []
        var i = 0
        while i < chars.count {
            while i < chars.count, chars[i] == " " { i += 1 }
            guard i < chars.count else { break }
            let start = i
            var end = i
            while i < chars.count {
                if chars[i] == " " {
                    var j = i
                    while j < chars.count, chars[j] == " " { j += 1 }
                    if j - i >= 3 || j == chars.count { break }
                    i = j
                } else {
                    i += 1; end = i
                }
            }
            out.append((start, String(chars[start..<end])))
        }
        return out
    }

    static func content(for items: [Item]) -> String {
        var s = ""
        for item in items {
            s += "BT /\(item.bold ? "F2" : "F1") \(item.size) Tf \(item.x) \(item.y) Td (\(escape(item.text))) Tj ET\n"
        }
        return s
    }

    /// WinAnsi bytes for a string, with PDF string escapes.
    static func escape(_ text: String) -> String {
        let winAnsi: [Character: UInt8] = ["‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "•": 0x95, "–": 0x96,
                                           "—": 0x97, "é": 0xE9, "£": 0xA3, "…": 0x85]
        var s = ""
        for c in text {
            if c == "(" || c == ")" || c == "\\" { s += "\\" + String(c) }
            else if let b = winAnsi[c] { s += "\\" + String(b, radix: 8) }
            else if let a = c.asciiValue, a >= 0x20, a < 0x7F { s.append(c) }
            else { s += "?" }
        }
        return s
    }

    static func document(pages: [String], title: String?) -> [UInt8] {
        var objects: [String] = []   // object n is objects[n-1]
        let pageCount = pages.count
        // 1 catalog, 2 pages, 3 font, 4 bold font, 5 info, then page + content pairs.
        objects.append("<< /Type /Catalog /Pages 2 0 R >>")
        let kids = (0..<pageCount).map { "\(6 + $0 * 2) 0 R" }.joined(separator: " ")
        objects.append("<< /Type /Pages /Kids [\(kids)] /Count \(pageCount) >>")
        objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
        objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
        objects.append("<< /Producer (probe tests)\(title.map { " /Title (\(escape($0)))" } ?? "") >>")
        for (i, content) in pages.enumerated() {
            objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents \(7 + i * 2) 0 R >>")
            objects.append("<< /Length \(content.utf8.count) >>\nstream\n\(content)endstream")
        }
        var out: [UInt8] = Array("%PDF-1.4\n%\u{E2}\u{E3}\u{CF}\u{D3}\n".utf8)
        var offsets: [Int] = []
        for (i, body) in objects.enumerated() {
            offsets.append(out.count)
            out += Array("\(i + 1) 0 obj\n\(body)\nendobj\n".utf8)
        }
        let xref = out.count
        var table = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for o in offsets { table += String(format: "%010d 00000 n \n", o) }
        table += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R /Info 5 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        out += Array(table.utf8)
        return out
    }
}
