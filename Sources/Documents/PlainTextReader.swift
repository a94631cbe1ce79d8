// PlainTextReader: text and Markdown without front matter as blocks: `#` headings, bullets, tables, paragraphs.
import Foundation

/// Reads text files: Markdown headings (`#`), bullets (`-`, `*`, `+`, `•`, `1.`), pipe tables and rows
/// aligned in columns (3+ spaces or a tab between cells), and paragraphs of joined lines. Text with form
/// feeds is pdftotext output and is read as PDF layout.
public struct PlainTextReader: Sendable {
    public init() {}

    public func read(path: String, bytes: [UInt8]) -> Result<Document, DocumentError> {
        switch FileSniffer.kind(of: bytes) {
        case .pdf: return .failure(.notADocument(expected: .text, found: "a PDF"))
        case .other(let d): return .failure(.notADocument(expected: .text, found: d))
        default: break
        }
        return .success(document(String(decoding: bytes, as: UTF8.self)))
    }

    public func document(_ text: String) -> Document {
        if text.contains("\u{0C}") {
            let (blocks, pages) = PDFLayout.blocks(fromLayoutText: text)
            return Document(format: .text, blocks: BoilerplateFilter.clean(blocks), pageCount: pages)
        }
        var blocks: [Block] = []
        var open: (kind: Block.Kind, text: String, line: Int)?
        func close() {
            if let o = open { blocks.append(Block(o.kind, o.text, position: BlockPosition(line: o.line))) }
            open = nil
        }
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        for (i, raw) in lines.enumerated() {
            let number = i + 1
            let line = PDFLayout.line(number, raw)
            let t = line.text
            if t.isEmpty || BoilerplateFilter.isBoilerplate(t) { close(); continue }
            if t.hasPrefix("#") {
                let level = t.prefix { $0 == "#" }.count
                let rest = t.dropFirst(level)
                if level <= 6, rest.isEmpty || rest.first == " " {
                    close()
                    let heading = rest.trimmingCharacters(in: [" ", "#"])
                    if !heading.isEmpty {
                        let n = BlockBuilder.numbered(heading)?.0
                        blocks.append(.heading(heading, level: level, number: n, at: BlockPosition(line: number)))
                    }
                    continue
                }
            }
            if t.hasPrefix("|"), t.hasSuffix("|"), t.count > 1 {
                close()
                let cells = t.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false)
                    .map { $0.trimmingCharacters(in: .whitespaces) }
                if cells.allSatisfy({ $0.allSatisfy { "-:".contains($0) } }) { continue }   // |---|---|
                blocks.append(.tableRow(cells, at: BlockPosition(line: number)))
                continue
            }
            if let item = Self.bullet(t) {
                close()
                open = (.listItem, item, number)
                continue
            }
            if line.cells.count >= 2, t.count <= 120 {
                close()
                blocks.append(.tableRow(line.cells.map(\.text), at: BlockPosition(line: number)))
                continue
            }
            if let o = open { open = (o.kind, o.text + " " + t, o.line) } else { open = (.paragraph, t, number) }
        }
        close()
        return Document(format: .text, blocks: BoilerplateFilter.clean(blocks))
    }

    static func bullet(_ t: String) -> String? {
        for marker in ["- ", "* ", "+ ", "• ", "– "] where t.hasPrefix(marker) {
            return String(t.dropFirst(marker.count)).trimmingCharacters(in: .whitespaces)
        }
        let digits = t.prefix { $0.isNumber }
        if !digits.isEmpty, digits.count <= 3 {
            let rest = t.dropFirst(digits.count)
            if rest.hasPrefix(". ") || rest.hasPrefix(") ") {
                let body = rest.dropFirst(2)
                // "1. Organisational delivery" is a numbered heading in reports, not a list item.
                if body.split(separator: " ").count <= 6, body.last.map({ !".;:".contains($0) }) == true,
                   body.first?.isUppercase == true { return nil }
                return String(body).trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }
}
