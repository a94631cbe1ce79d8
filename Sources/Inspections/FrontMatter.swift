// FrontMatter: splits `---` front matter from the body and parses it as YAML, locating errors in the file.

/// Where the front matter and the body sit in a write-up's text (byte offsets into its UTF-8).
struct FrontMatterSplit {
    /// Byte range of the YAML between the fences (empty when the fences are adjacent).
    var yamlRange: Range<Int>
    /// 1-based file line of the first YAML line (the line after the opening `---`).
    var yamlFirstLine: Int
    /// Byte offset where the body starts (after the closing fence's line break).
    var bodyStart: Int
    /// 1-based file line where the body starts.
    var bodyFirstLine: Int
    /// 1-based file line of the closing fence.
    var closingLine: Int
}

enum FrontMatterShape {
    /// The text does not open with `---`: a plain-text write-up.
    case none
    /// The opening `---` (at line 1) has no closing line.
    case unclosed
    case present(FrontMatterSplit)
}

/// A parsed front matter: its root mapping and how to turn YAML marks into file locations.
struct FrontMatter {
    var root: [YAMLPair]
    var locator: MarkLocator
}

/// Maps YAML marks (1-based line and column within the YAML, columns in Unicode scalars) to file locations
/// (lines offset by the front matter's start, columns in characters).
struct MarkLocator {
    var file: String
    var firstLine: Int
    /// The YAML, kept only when it has non-ASCII text: otherwise libyaml's scalar columns are character
    /// columns already and nothing needs converting.
    private var yaml: String?

    init(file: String, yaml: UnsafeBufferPointer<UInt8>, firstLine: Int) {
        self.file = file; self.firstLine = firstLine
        self.yaml = yaml.allSatisfy { $0 < 0x80 } ? nil : String(decoding: yaml, as: UTF8.self)
    }

    func location(_ node: YAMLNode?) -> SourceLocation {
        guard let node else { return SourceLocation(file: file, line: firstLine, column: 1) }
        return location(line: node.line, scalarColumn: node.column)
    }

    func location(line: Int, scalarColumn: Int) -> SourceLocation {
        SourceLocation(file: file, line: firstLine + max(line, 1) - 1, column: characterColumn(line: line, scalarColumn: scalarColumn))
    }

    /// Columns differ from libyaml's only where a line has combining marks or emoji before the mark.
    private func characterColumn(line: Int, scalarColumn: Int) -> Int {
        guard scalarColumn > 1, let yaml else { return max(scalarColumn, 1) }
        var lineNumber = 1
        var lineStart = yaml.unicodeScalars.startIndex
        var i = lineStart
        let scalars = yaml.unicodeScalars
        while i < scalars.endIndex, lineNumber < line {
            let c = scalars[i]
            let next = scalars.index(after: i)
            if c == "\n" || (c == "\r" && (next == scalars.endIndex || scalars[next] != "\n")) {
                lineNumber += 1; lineStart = next
            }
            i = next
        }
        guard lineNumber == line,
              let markIndex = scalars.index(lineStart, offsetBy: scalarColumn - 1, limitedBy: scalars.endIndex)
        else { return scalarColumn }
        return String(scalars[lineStart..<markIndex]).count + 1
    }
}

enum FrontMatterReader {
    /// Finds the front matter fences. The opening fence must be the first line; the closing one is the
    /// next line that is `---` or `...` (trailing spaces allowed). Lines end at LF, CRLF or a lone CR.
    static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> FrontMatterShape {
        var lines = LineScanner(bytes)
        guard let first = lines.next(), isFence(bytes, first.content, closing: false) else { return .none }
        while let line = lines.next() {
            if isFence(bytes, line.content, closing: true) {
                return .present(FrontMatterSplit(yamlRange: first.next..<line.content.lowerBound,
                                                 yamlFirstLine: 2, bodyStart: line.next,
                                                 bodyFirstLine: line.number + 1, closingLine: line.number))
            }
        }
        return .unclosed
    }

    private static func isFence(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, closing: Bool) -> Bool {
        guard r.count >= 3 else { return false }
        let c = b[r.lowerBound]
        guard c == UInt8(ascii: "-") || (closing && c == UInt8(ascii: ".")) else { return false }
        guard b[r.lowerBound + 1] == c, b[r.lowerBound + 2] == c else { return false }
        return b[(r.lowerBound + 3)..<r.upperBound].allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    /// Parses the YAML between the fences (see YAMLReader). Every scalar stays a string, so the field
    /// reader decides what a value means (a date, a count, a rating word).
    static func parse(yaml bytes: UnsafeBufferPointer<UInt8>, file: String, firstLine: Int) -> Result<FrontMatter?, LoadDiagnostic> {
        // libyaml refuses control characters: shield them (rare), else parse the file's bytes in place.
        if bytes.contains(where: { ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D) || $0 == 0x7F || $0 == 0xC2 }) {
            var shielded = ControlCharacters.shield(String(decoding: bytes, as: UTF8.self))
            return shielded.withUTF8 { parse(checked: $0, file: file, firstLine: firstLine) }
        }
        return parse(checked: bytes, file: file, firstLine: firstLine)
    }

    private static func parse(checked bytes: UnsafeBufferPointer<UInt8>, file: String, firstLine: Int) -> Result<FrontMatter?, LoadDiagnostic> {
        let locator = MarkLocator(file: file, yaml: bytes, firstLine: firstLine)
        let node: YAMLNode?
        switch YAMLReader.parse(bytes) {
        case .failure(let error): return .failure(diagnostic(for: error, in: bytes, locator: locator))
        case .success(let n): node = n
        }
        guard let node, !node.isNull else { return .success(nil) }
        guard let root = node.mapping else {
            let found = node.sequence != nil ? "a list" : "the text \(ControlCharacters.unshield(node.kindDescription))"
            return .failure(LoadDiagnostic(.error, locator.location(node),
                                           "front matter is not a mapping of keys to values: found \(found)",
                                           hint: "write one 'key: value' per line, e.g. 'id: hlny-crc-2019'"))
        }
        return .success(FrontMatter(root: root, locator: locator))
    }

    private static let syntaxHint = "front matter is YAML: one 'key: value' per line; quote a value that contains ': ' or starts with a special character such as '[', '{', '*', '&' or '!'"

    static func diagnostic(for error: YAMLError, in bytes: UnsafeBufferPointer<UInt8>, locator: MarkLocator) -> LoadDiagnostic {
        var location: SourceLocation
        if error.line == 0 {
            // A reader error: column holds a byte offset into the YAML.
            let (line, column) = SourceText.lineColumn(of: error.column, in: bytes)
            location = SourceLocation(file: locator.file, line: locator.firstLine + line - 1, column: column)
        } else {
            location = locator.location(line: error.line, scalarColumn: error.column)
        }
        if error.message.hasPrefix("duplicate key") {
            return LoadDiagnostic(.error, location, "\(ControlCharacters.unshield(error.message)) in front matter",
                                  hint: "give each key once; a list is written with '- ' items")
        }
        if error.message.hasPrefix("a second YAML document") {
            return LoadDiagnostic(.error, location, error.message, hint: "close the front matter with a single '---' line")
        }
        var message = "invalid YAML in front matter: \(error.message)"
        if let context = error.context {
            message += " (\(context.text) at line \(locator.firstLine + context.line - 1))"
        }
        location.column = max(location.column, 1)
        return LoadDiagnostic(.error, location, message, hint: syntaxHint)
    }
}

/// libyaml refuses control characters anywhere in a document. Write-ups may carry them (a pasted ANSI
/// escape, a stray form feed), and they must not break loading: each is swapped for a private-use
/// scalar before parsing (same scalar count, so marks stay right) and swapped back in values.
enum ControlCharacters {
    private static let base: UInt32 = 0xF0000

    private static func isShielded(_ v: UInt32) -> Bool {
        (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || (0x7F...0x9F).contains(v)
    }

    static func shield(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { isShielded($0.value) }) else { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            if isShielded(u.value), let swapped = Unicode.Scalar(base + u.value) { out.append(swapped) } else { out.append(u) }
        }
        return String(out)
    }

    static func unshield(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { $0.value >= base && $0.value <= base + 0x9F }) else { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            if u.value >= base, u.value <= base + 0x9F, let original = Unicode.Scalar(u.value - base) {
                out.append(original)
            } else { out.append(u) }
        }
        return String(out)
    }
}

/// Walks lines of UTF-8 bytes: each line's content range (without its break), the offset after the
/// break, and its 1-based number. LF, CRLF and a lone CR each end a line.
struct LineScanner {
    struct Line { var content: Range<Int>; var next: Int; var number: Int }
    let bytes: UnsafeBufferPointer<UInt8>
    var position: Int
    var number = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0, firstLine: Int = 1) {
        self.bytes = bytes; self.position = start; self.number = firstLine - 1
    }

    mutating func next() -> Line? {
        let n = bytes.count
        guard position < n else { return nil }
        let start = position
        var i = start
        while i < n {
            let c = bytes[i]
            if c == 0x0A || c == 0x0D { break }
            i += 1
        }
        var next = i
        if i < n {
            next = bytes[i] == 0x0D && i + 1 < n && bytes[i + 1] == 0x0A ? i + 2 : i + 1
        }
        position = next
        number += 1
        return Line(content: start..<i, next: next, number: number)
    }
}
