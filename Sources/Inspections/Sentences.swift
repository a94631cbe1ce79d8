// Sentences: prose split into sentences at full stops, blank lines, headings and bullets.

/// Splits prose into sentences, each with its whitespace collapsed: at `.`, `!` or `?` followed by a space
/// and a capital letter, digit or quote; at blank lines; and at Markdown headings and bullets.
enum Sentences {
    static let abbreviations: Set<String> = ["mr", "mrs", "ms", "dr", "st", "no", "e.g", "i.e", "etc", "vs", "prof"]

    static func split(_ text: String) -> [String] {
        var sentences: [String] = []
        for block in blocks(text) {
            let chars = Array(block)
            var start = 0
            var i = 0
            while i < chars.count {
                let c = chars[i]
                if c == "." || c == "!" || c == "?", i + 2 < chars.count, chars[i + 1] == " " {
                    let next = chars[i + 2]
                    if next.isUppercase || next.isNumber || "\"“‘'(".contains(next) {
                        let word = String(chars[start...i]).split(separator: " ").last.map { $0.dropLast().lowercased() } ?? ""
                        if c != "." || !abbreviations.contains(word) {
                            sentences.append(String(chars[start...i]).trimmingSpaces())
                            start = i + 2
                        }
                    }
                }
                i += 1
            }
            if start < chars.count { sentences.append(String(chars[start...]).trimmingSpaces()) }
        }
        return sentences.filter { !$0.isEmpty }
    }

    /// Paragraphs, headings and bullets, each as one line of text.
    private static func blocks(_ text: String) -> [String] {
        var blocks: [String] = []
        var current: [Substring] = []
        func flush() {
            if !current.isEmpty { blocks.append(current.joined(separator: " ")) }
            current = []
        }
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            let line = raw.drop { $0 == " " || $0 == "\t" }
            if line.isEmpty { flush(); continue }
            if line.hasPrefix("#") {
                flush(); blocks.append(String(line.drop { $0 == "#" || $0 == " " })); continue
            }
            if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") {
                flush(); current.append(line.dropFirst(2)); continue
            }
            current.append(line)
        }
        flush()
        return blocks
    }
}

extension Sentences {
    /// The sentences of one block of text (already a single line).
    static func inBlock(_ text: String) -> [String] { split(text) }
}
