// PDFLayout: `pdftotext -layout` text turned into blocks: running headers, page numbers and contents pages
// dropped, broken lines joined into paragraphs, headings and table rows kept.

enum PDFLayout {
    /// A line of a page after trimming: its text, where it starts, and its cells (runs split at 3+ spaces).
    struct Line {
        var number: Int
        var indent: Int
        var text: String
        var cells: [(column: Int, text: String)]
        var isBlank: Bool { text.isEmpty }
    }

    /// Blocks from the text of every page (pages separated by form feeds, as pdftotext writes them).
    static func blocks(fromLayoutText text: String) -> (blocks: [Block], pages: Int) {
        var pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).map { page in
            page.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { i, raw in line(i + 1, raw) }
        }
        if pages.count > 1, pages.last?.allSatisfy(\.isBlank) == true { pages.removeLast() }
        let running = runningLines(pages)
        var builder = BlockBuilder()
        for (p, page) in pages.enumerated() {
            let contents = isContentsPage(page)
            let edges = edgeIndices(page)
            builder.startPage(p + 1)
            for (i, line) in page.enumerated() {
                if line.isBlank { builder.blank(); continue }
                if edges.contains(i), running.contains(key(line.text)) || isPageNumber(line.text) { continue }
                if hasDotLeader(line.text) || (contents && (endsWithNumber(line.text) || line.text.lowercased() == "contents")) {
                    builder.blank(); continue
                }
                builder.add(line)
            }
        }
        return (builder.finish(), pages.count)
    }

    static func line(_ number: Int, _ raw: Substring) -> Line {
        let chars = Array(raw.replacingOccurrences(of: "\t", with: "    "))
        var end = chars.count
        while end > 0, chars[end - 1].isWhitespace { end -= 1 }
        var start = 0
        while start < end, chars[start].isWhitespace { start += 1 }
        guard start < end else { return Line(number: number, indent: 0, text: "", cells: []) }
        var cells: [(Int, String)] = []
        var cellStart = start, i = start
        while i < end {
            if chars[i] == " " {
                var j = i
                while j < end, chars[j] == " " { j += 1 }
                if j - i >= 3 {
                    cells.append((cellStart, String(chars[cellStart..<i])))
                    cellStart = j
                }
                i = j
            } else {
                i += 1
            }
        }
        cells.append((cellStart, String(chars[cellStart..<end])))
        let text = cells.map(\.1).joined(separator: " ")
        return Line(number: number, indent: start, text: collapse(text), cells: cells.map { ($0.0, collapse($0.1)) })
    }

    static func collapse(_ s: String) -> String {
        s.split(whereSeparator: { $0 == " " }).joined(separator: " ")
    }

    // MARK: - Running headers, footers, page numbers, contents

    /// The first and last two non-blank lines of a page: where running headers and footers sit.
    static func edgeIndices(_ page: [Line]) -> Set<Int> {
        let nonBlank = page.indices.filter { !page[$0].isBlank }
        return Set(nonBlank.prefix(2) + nonBlank.suffix(2))
    }

    /// A line's text with digits folded, so "Inspection of probation services: X 4" matches on every page.
    static func key(_ text: String) -> String {
        String(text.lowercased().map { $0.isNumber ? "#" : $0 })
    }

    /// Edge lines that repeat on at least half the pages (and on two or more).
    static func runningLines(_ pages: [[Line]]) -> Set<String> {
        guard pages.count >= 2 else { return [] }
        var counts: [String: Int] = [:]
        for page in pages {
            for k in Set(edgeIndices(page).map { key(page[$0].text) }) { counts[k, default: 0] += 1 }
        }
        let needed = max(2, (pages.count + 1) / 2)
        return Set(counts.filter { $0.value >= needed }.map(\.key))
    }

    static func isPageNumber(_ text: String) -> Bool {
        let t = text.lowercased().trimmingCharacters(in: ["-", "–", " "])
        let words = t.split(separator: " ")
        if words.count == 1, words[0].allSatisfy(\.isNumber) { return true }
        if words.first == "page", words.count >= 2, words[1].allSatisfy(\.isNumber) {
            return words.count == 2 || (words.count == 4 && words[2] == "of")
        }
        return words.count == 3 && words[1] == "of" && words[0].allSatisfy(\.isNumber) && words[2].allSatisfy(\.isNumber)
    }

    /// "Foreword ........ 3" or "Foreword … 3".
    static func hasDotLeader(_ text: String) -> Bool {
        guard endsWithNumber(text) else { return false }
        return text.contains("....") || text.contains("…") || text.contains(". . . .")
    }

    static func endsWithNumber(_ text: String) -> Bool {
        guard let last = text.split(separator: " ").last, text.contains(" ") else { return false }
        return last.allSatisfy(\.isNumber)
    }

    static func isContentsPage(_ page: [Line]) -> Bool {
        if page.contains(where: { $0.text.lowercased() == "contents" || $0.text.lowercased() == "table of contents" }) { return true }
        return page.filter { hasDotLeader($0.text) }.count >= 3
    }
}

/// Gathers lines into blocks: paragraphs across broken lines, list items with their continuation, rows.
struct BlockBuilder {
    private var blocks: [Block] = []
    private var page = 1
    /// The block being built and the line it started on; nil after a blank line.
    private var open: (kind: Block.Kind, text: String, position: BlockPosition)?
    /// The last table row's cell columns, while rows follow one another without a blank line.
    private var rowColumns: [Int] = []
    private var lastWasBlank = true
    private var pendingHeading: PDFLayout.Line?
    private var linesOnPage = 0

    mutating func startPage(_ n: Int) {
        flushHeading(nextIsBlank: true)
        // A paragraph may run on to the next page: keep it open across the page break.
        if let o = open, o.kind != .paragraph || o.text.last.map({ ".!?:”\")".contains($0) }) == true { close() }
        rowColumns = []
        page = n
        linesOnPage = 0
        lastWasBlank = true
    }

    mutating func blank() {
        flushHeading(nextIsBlank: true)
        // Blank lines above the first text of a page do not end a paragraph carried over from the last.
        if linesOnPage > 0 { close() }
        rowColumns = []
        lastWasBlank = true
    }

    mutating func add(_ line: PDFLayout.Line) {
        flushHeading(nextIsBlank: false)
        let position = BlockPosition(page: page, line: line.number)
        defer { lastWasBlank = false; linesOnPage += 1 }
        let text = line.text

        // Table rows: two or more cells, or cells continuing the row above in its columns.
        if !rowColumns.isEmpty, let last = blocks.last, last.kind == .tableRow, open == nil {
            if let merged = continueRow(last, with: line) { blocks[blocks.count - 1] = merged; return }
        }
        if line.cells.count >= 2, !looksLikeJustifiedProse(line) {
            close()
            blocks.append(.tableRow(line.cells.map(\.text), at: position))
            rowColumns = line.cells.map(\.column)
            return
        }
        rowColumns = []

        if let item = bulletText(text) {
            close()
            open = (.listItem, item, position)
            return
        }
        if let o = open {
            if o.kind == .paragraph, o.position.page != page, let first = text.first, !first.isLowercase {
                close()                                          // a new paragraph at the top of a page
            } else {
                open = (o.kind, join(o.text, text), o.position)
                return
            }
        }
        if lastWasBlank, isHeadingCandidate(text) {
            pendingHeading = line                                // a heading if a blank line follows
            return
        }
        open = (.paragraph, text, position)
    }

    mutating func finish() -> [Block] {
        flushHeading(nextIsBlank: true)
        close()
        return blocks
    }

    // MARK: - Pieces

    private mutating func close() {
        if let o = open { blocks.append(Block(o.kind, o.text, position: o.position)) }
        open = nil
    }

    /// A heading candidate stands alone between blank lines; otherwise it starts a paragraph.
    private mutating func flushHeading(nextIsBlank: Bool) {
        guard let line = pendingHeading else { return }
        pendingHeading = nil
        let position = BlockPosition(page: page, line: line.number)
        if let (number, rest) = Self.numbered(line.text) {
            _ = rest
            blocks.append(.heading(line.text, level: min(6, number.split(separator: ".").count + 1), number: number, at: position))
        } else if nextIsBlank {
            blocks.append(.heading(line.text, level: 2, at: position))
        } else {
            open = (.paragraph, line.text, position)
        }
    }

    /// "2.3 Implementation and delivery" -> ("2.3", "Implementation and delivery"); "1. Organisational delivery" too.
    static func numbered(_ text: String) -> (String, String)? {
        guard let space = text.firstIndex(of: " ") else { return nil }
        var number = String(text[..<space])
        let rest = String(text[text.index(after: space)...])
        if number.hasSuffix(".") { number.removeLast() }
        guard !number.isEmpty, number.split(separator: ".", omittingEmptySubsequences: false).allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isNumber) }),
              let first = rest.first, first.isUppercase else { return nil }
        return (number, rest)
    }

    private func isHeadingCandidate(_ text: String) -> Bool {
        guard text.count <= 80, let first = text.first, first.isUppercase || first.isNumber,
              let last = text.last, !".,;:".contains(last) else { return false }
        if Self.numbered(text) != nil { return true }
        return text.split(separator: " ").count <= 10 && !(first.isNumber)
    }

    private func bulletText(_ text: String) -> String? {
        for marker in ["• ", "● ", "▪ ", "◦ ", "- ", "– ", " ", "o "] where text.hasPrefix(marker) {
            if marker == "o ", !(text.dropFirst(2).first?.isLetter ?? false) { return nil }
            return String(text.dropFirst(marker.count)).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    /// Joins a broken line: "supervi-" + "sion" -> "supervision"; otherwise with one space.
    private func join(_ a: String, _ b: String) -> String {
        if a.hasSuffix("-"), a.dropLast().last?.isLetter == true, b.first?.isLowercase == true {
            return String(a.dropLast()) + b
        }
        return a + " " + b
    }

    /// A line of justified text can hold a wide gap; a table row rarely runs so long in so few cells.
    private func looksLikeJustifiedProse(_ line: PDFLayout.Line) -> Bool {
        line.cells.count == 2 && line.text.count > 70 && line.cells.allSatisfy { $0.text.split(separator: " ").count >= 5 }
    }

    /// A line whose cells sit under the row above's columns and that starts no row of its own (it is
    /// indented or starts in lower case) continues that row: "1.4 Information and | Requires" then
    /// "facilities | improvement".
    private func continueRow(_ row: Block, with line: PDFLayout.Line) -> Block? {
        guard let firstColumn = rowColumns.first, let first = line.cells.first else { return nil }
        let startsLower = first.text.first?.isLowercase == true
        guard startsLower || first.column > firstColumn + 2 else { return nil }
        guard line.cells.count > 1 || startsLower || first.column > firstColumn + 2 else { return nil }
        var cells = row.cells
        var used = Set<Int>()
        for cell in line.cells {
            guard let k = rowColumns.indices.min(by: { abs(rowColumns[$0] - cell.column) < abs(rowColumns[$1] - cell.column) }),
                  abs(rowColumns[k] - cell.column) <= 8, used.insert(k).inserted, k < cells.count else { return nil }
            cells[k] += " " + cell.text
        }
        return Block.tableRow(cells, at: row.position)
    }
}
