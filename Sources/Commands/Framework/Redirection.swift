// Redirection: `cmd > file` and `cmd >> file` split off a command line, and the format a file's extension asks for.
import Rendering

/// `cmd > file` and `cmd >> file`: the last unquoted `>` or `>>` word and a path after it.
enum Redirection {
    struct Target { var path: String; var append: Bool; var range: Range<Int> }

    static func split(_ line: String) throws -> (String, Target?) {
        let words = LineSplitter.split(line)
        guard words.count >= 2 else { return (line, nil) }
        // `cmd >file` is written as one word; `cmd > file` as two.
        for (i, w) in words.enumerated().reversed() where !w.quoted && w.text.hasPrefix(">") && i > 0 {
            let append = w.text.hasPrefix(">>")
            let attached = String(w.text.dropFirst(append ? 2 : 1))
            let pathWord: Word
            if !attached.isEmpty {
                guard i == words.count - 1 else { break }
                pathWord = Word(text: attached, range: w.range, quoted: false)
            } else {
                guard i == words.count - 2 else {
                    throw CommandError.usage("'\(w.text)' needs one file name after it",
                                             hint: "e.g. count \"risk of harm\" by provider > counts.csv", at: w.range)
                }
                pathWord = words[i + 1]
            }
            let command = LineSplitter.slice(line, 0..<w.range.lowerBound)
            return (trimTrailing(command), Target(path: expandHome(pathWord.text), append: append, range: pathWord.range))
        }
        return (line, nil)
    }

    /// The format a file name's extension asks for, if any.
    static func format(forPath path: String) -> OutputFormat? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "csv": return .csv
        case "tsv", "tab": return .tsv
        case "json": return .json
        case "md", "markdown": return .markdown
        default: return nil
        }
    }

    /// "wrote 24 rows to counts.csv": what a write did, in the data's rows for the data formats (the header left
    /// out) and in lines for text.
    static func confirmation(_ text: String, format: OutputFormat, target: Target) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(text.hasSuffix("\n") ? 1 : 0)
        let count: Int, unit: String
        switch format {
        case .csv: count = max(0, text.components(separatedBy: "\r\n").count - 2); unit = "row"
        case .tsv: count = max(0, lines.count - 1); unit = "row"
        case .markdown: count = max(0, lines.filter { $0.hasPrefix("|") }.count - 2); unit = "row"
        case .json:
            let rows = lines.filter { $0.hasPrefix("  {") }.count
            (count, unit) = text.hasPrefix("[") ? (rows, "row") : (lines.count, "line")
        case .table: count = lines.count; unit = "line"
        }
        return (target.append ? "appended " : "wrote ") + formatGrouped(count) + " " + unit + (count == 1 ? "" : "s")
            + " to " + target.path
    }

    static func trimTrailing(_ s: String) -> String {
        var s = s
        while s.last == " " || s.last == "\t" { s.removeLast() }
        return s
    }
}
