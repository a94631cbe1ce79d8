// QueryLexer: query text -> lexemes (words, quoted phrases, parentheses, |, a minus before a quote) with byte ranges.

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
    /// A `-` that starts a word and is followed by a quote (`-"risk of harm"`, `-provider:"North Marsh"`): it negates
    /// what follows like `NOT`. A bare word keeps its dashes (`-harm`); the word classifier reads those.
    case minus(SourceRange)

    var range: SourceRange {
        switch self {
        case .word(_, let r), .quoted(_, let r, _), .open(let r), .close(let r), .bar(let r), .minus(let r): return r
        case .fieldQuoted(_, _, let r, _): return r
        }
    }
}

enum QueryLexer {
    /// Splits `text` into lexemes in one linear pass over its UTF-8 bytes.
    static func lex(_ text: String) -> [Lexeme] {
        var unclosed: [SourceRange] = []
        return lex(text, unclosed: &unclosed)
    }

    /// The lexemes, and in `unclosed` each quote left open (closed at the end of the query).
    static func lex(_ text: String, unclosed: inout [SourceRange]) -> [Lexeme] {
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
        /// Whether a word starting at `j` is `name:"value"` with a name that can be a field (so `-name:"v"` negates it).
        func isFieldQuoted(from j: Int) -> Bool {
            var k = j
            while k < b.count && !isBreak(k) && b[k] != 0x3A { k += 1 }
            return k > j && k < b.count && b[k] == 0x3A && quoteLength(k + 1) > 0 && WordClassifier.isFieldName(str(j..<k))
        }
        /// Reads a quoted body starting after the opening mark; returns (contents range, end index).
        func readQuoted(from start: Int, opening: Int) -> (Range<Int>, Int) {
            var j = start
            while j < b.count && quoteLength(j) == 0 { j += 1 }
            if j >= b.count { unclosed.append(opening..<b.count) }
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
                let (body, end) = readQuoted(from: i + q, opening: i)
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
            // Dashes opening a word before a quote: one minus each, so "--" cancels out as in `--harm`.
            // Only at the start of a word: `"a"-"b"` keeps its dash as punctuation.
            let dashes = b[i...].prefix { $0 == 0x2D }.count
            let opensWord = i == 0 || isSpace(b[i - 1]) || b[i - 1] == 0x28 || b[i - 1] == 0x7C
            if dashes > 0 && opensWord && (quoteLength(i + dashes) > 0 || isFieldQuoted(from: i + dashes)) {
                for k in i..<i + dashes { out.append(.minus(k..<k + 1)) }
                i += dashes
                continue
            }
            var j = i
            while j < b.count && !isBreak(j) {
                // name:"value" — the quote belongs to this word.
                if b[j] == 0x3A && quoteLength(j + 1) > 0 && j > i { break }
                j += 1
            }
            if j < b.count && b[j] == 0x3A {
                let (body, end) = readQuoted(from: j + 1 + quoteLength(j + 1), opening: j + 1)
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
