// QueryLexer: query text -> lexemes (words, quoted phrases, parentheses, |) with byte ranges.

/// One lexical item of a query. Words keep their punctuation; the parser classifies them.
enum Lexeme {
    case word(String, SourceRange)
    /// A quoted phrase (closed at the end of the query if unbalanced) and an optional `~N` suffix.
    case quoted(String, SourceRange, slop: (text: String, range: SourceRange)?)
    /// `name:"quoted value"`.
    case fieldQuoted(name: String, value: String, range: SourceRange, valueRange: SourceRange)
    case open(SourceRange)
    case close(SourceRange)
    case bar(SourceRange)

    var range: SourceRange {
        switch self {
        case .word(_, let r), .quoted(_, let r, _), .open(let r), .close(let r), .bar(let r): return r
        case .fieldQuoted(_, _, let r, _): return r
        }
    }
}

enum QueryLexer {
    /// Splits `text` into lexemes in one linear pass over its UTF-8 bytes.
    static func lex(_ text: String) -> [Lexeme] {
        let b = Array(text.utf8)
        var out: [Lexeme] = []
        var i = 0
        func str(_ r: Range<Int>) -> String { String(decoding: b[r], as: UTF8.self) }
        /// Length of a quote mark at `j`: " or the curly “ ” (E2 80 9C / 9D); 0 if none.
        func quoteLength(_ j: Int) -> Int {
            if j < b.count && b[j] == 0x22 { return 1 }
            if j + 2 < b.count && b[j] == 0xE2 && b[j + 1] == 0x80 && (b[j + 2] == 0x9C || b[j + 2] == 0x9D) { return 3 }
            return 0
        }
        func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0B || c == 0x0C }
        func isBreak(_ j: Int) -> Bool {
            let c = b[j]
            return isSpace(c) || c == 0x28 || c == 0x29 || c == 0x7C || quoteLength(j) > 0
        }
        /// Reads a quoted body starting after the opening mark; returns (contents range, end index).
        func readQuoted(from start: Int) -> (Range<Int>, Int) {
            var j = start
            while j < b.count && quoteLength(j) == 0 { j += 1 }
            return (start..<j, j < b.count ? j + quoteLength(j) : j)
        }
        while i < b.count {
            let c = b[i]
            if isSpace(c) { i += 1; continue }
            if c == 0x28 { out.append(.open(i..<i + 1)); i += 1; continue }
            if c == 0x29 { out.append(.close(i..<i + 1)); i += 1; continue }
            if c == 0x7C { out.append(.bar(i..<i + 1)); i += 1; continue }
            let q = quoteLength(i)
            if q > 0 {
                let (body, end) = readQuoted(from: i + q)
                var j = end
                var slop: (String, SourceRange)?
                if j < b.count && b[j] == 0x7E {  // "..."~N
                    var k = j + 1
                    while k < b.count && !isBreak(k) { k += 1 }
                    slop = (str(j + 1..<k), j..<k)
                    j = k
                }
                out.append(.quoted(str(body), i..<j, slop: slop))
                i = j
                continue
            }
            var j = i
            while j < b.count && !isBreak(j) {
                // name:"value" — the quote belongs to this word.
                if b[j] == 0x3A && quoteLength(j + 1) > 0 && j > i { break }
                j += 1
            }
            if j < b.count && b[j] == 0x3A {
                let (body, end) = readQuoted(from: j + 1 + quoteLength(j + 1))
                out.append(.fieldQuoted(name: str(i..<j), value: str(body), range: i..<end, valueRange: j + 1..<end))
                i = end
                continue
            }
            out.append(.word(str(i..<j), i..<j))
            i = j
        }
        return out
    }
}
