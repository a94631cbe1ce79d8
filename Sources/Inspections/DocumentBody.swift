// DocumentBody: a document's blocks written as the Markdown body of a write-up (title, sections, paragraphs,
// `- ` items, table rows), the text a report's findings slice.
import Documents

enum DocumentBody {
    /// `# title`, then `##` for headings (`###` below level 2), paragraphs, `- ` items and `| a | b |` rows,
    /// blank lines between blocks (table rows stay together). The title block itself is not repeated.
    static func render(_ document: Document, title: String, titleBlock: Int?) -> String {
        var out = "# \(oneLine(title.isEmpty ? "Untitled document" : title))\n"
        var previousWasRow = false
        for (i, b) in document.blocks.enumerated() where i != titleBlock {
            let text = oneLine(b.text)
            if b.kind == .tableRow {
                out += (previousWasRow ? "" : "\n") + "| " + b.cells.map { oneLine($0).replacingOccurrences(of: "|", with: "/") }
                    .joined(separator: " | ") + " |\n"
                previousWasRow = true
                continue
            }
            previousWasRow = false
            switch b.kind {
            case .heading: out += "\n" + (b.level <= 2 ? "## " : "### ") + text + "\n"
            case .listItem: out += "\n- " + text + "\n"
            default: out += "\n" + escapeLeading(text) + "\n"
            }
        }
        return out
    }

    /// Block text on one line, without characters Markdown would read as structure at its start.
    static func oneLine(_ s: String) -> String {
        s.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " ")
    }

    /// A paragraph that starts like a heading, bullet or rule would change meaning: indent it by a space
    /// is not enough for headings, so a leading marker gets a zero-width joiner-free escape: "\#".
    private static func escapeLeading(_ s: String) -> String {
        if s.hasPrefix("#") || s.hasPrefix("---") || s.hasPrefix("***") || s.hasPrefix("|") { return "\\" + s }
        for marker in ["- ", "* ", "+ "] where s.hasPrefix(marker) { return "\\" + s }
        return s
    }
}
