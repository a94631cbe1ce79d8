// TagFile: the tags file's text — a header line, then one tab-separated line per finding and tag — read and written.
import Foundation

/// The format, documented in the README: UTF-8, one header line `citation<TAB>tag<TAB>text_hash<TAB>tagged_at`,
/// then one line per finding and tag, sorted by citation then tag, so a spreadsheet opens it and a diff reads
/// it. Reading is forgiving: columns are found by the header's names (only citation and tag are needed),
/// spreadsheet quotes are removed, CRLF is accepted; a line that cannot be read is kept as it was and
/// written back unchanged, so no edit is ever lost, and reported with its line number.
public enum TagFile {
    public static let columns = ["citation", "tag", "text_hash", "tagged_at"]
    public static let header = columns.joined(separator: "\t")

    /// A line that could not be read, and why.
    public struct Problem: Sendable, Equatable {
        public var line: Int
        public var message: String
    }

    public struct Contents: Sendable, Equatable {
        public var entries: [TagEntry] = []
        /// Lines kept verbatim because they could not be read.
        public var unreadable: [String] = []
        public var problems: [Problem] = []
    }

    public static func parse(_ text: String) -> Contents {
        var out = Contents()
        var index: [String: Int]?
        var seen = Set<[String]>()
        // "\r\n" is one Character in Swift, so a file saved with CRLF line ends must be split on scalars.
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { Substring(String($0)) }
        for (i, raw) in lines.enumerated() {
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
            if line.trimmed(" \t").isEmpty { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { unquote(String($0)) }
            guard let columns = index else {
                let names = cells.map { $0.lowercased() }
                if names.contains("citation") && names.contains("tag") {
                    index = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
                    continue
                }
                // No header: read the documented column order, and keep the line as data.
                index = Dictionary(Self.columns.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
                out.problems.append(Problem(line: i + 1, message: "no header line; columns read as " + Self.columns.joined(separator: ", ")))
                read(cells, line: line, number: i + 1, columns: index!, into: &out, seen: &seen)
                continue
            }
            read(cells, line: line, number: i + 1, columns: columns, into: &out, seen: &seen)
        }
        return out
    }

    static func read(_ cells: [String], line: String, number: Int, columns: [String: Int], into out: inout Contents,
                     seen: inout Set<[String]>) {
        func cell(_ name: String) -> String {
            guard let i = columns[name], i < cells.count else { return "" }
            return cells[i].trimmed(" ")
        }
        let citation = cell("citation"), tagText = cell("tag")
        guard !citation.isEmpty, citation.contains("#") else {
            out.unreadable.append(line)
            out.problems.append(Problem(line: number, message: "no citation id (REPORT#SECTION-N) in the citation column"))
            return
        }
        guard let tag = WorkspaceName.normalized(tagText) else {
            out.unreadable.append(line)
            out.problems.append(Problem(line: number, message: "'\(tagText)' is not a tag name: " + WorkspaceName.rule))
            return
        }
        // The same finding and tag twice: the first line stands.
        guard seen.insert([citation, tag]).inserted else { return }
        out.entries.append(TagEntry(citation: citation, tag: tag, textHash: cell("text_hash"), taggedAt: cell("tagged_at")))
    }

    /// A spreadsheet may save `"value"` with `""` for a quote.
    static func unquote(_ s: String) -> String {
        guard s.count >= 2, s.hasPrefix("\""), s.hasSuffix("\"") else { return s }
        return String(s.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"")
    }

    /// The file's text: header, entries in file order, then any unreadable lines as they were.
    public static func render(_ contents: Contents) -> String {
        var out = header + "\n"
        for e in contents.entries.sorted(by: TagEntry.fileOrder) {
            out += [e.citation, e.tag, e.textHash, e.taggedAt].map(clean).joined(separator: "\t") + "\n"
        }
        for line in contents.unreadable { out += line + "\n" }
        return out
    }

    /// Tabs and line breaks cannot be in a cell.
    static func clean(_ s: String) -> String { String(s.map { $0 == "\t" || $0.isNewline ? " " : $0 }) }
}

extension String {
    func trimmed(_ set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}
