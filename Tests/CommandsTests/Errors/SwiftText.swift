// SwiftText: just enough of Swift's lexical rules to find string literals and call arguments in source text.

enum SwiftText {
    static let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\"), newline = UInt8(ascii: "\n")

    /// The source with `//` and `/* */` comments replaced by spaces (newlines kept, so lines still count).
    static func blankingComments(_ source: String) -> String {
        var b = Array(source.utf8)
        var i = 0
        while i < b.count {
            if b[i] == quote { i = literal(b, at: i).end; continue }
            if b[i] == UInt8(ascii: "/"), i + 1 < b.count, b[i + 1] == UInt8(ascii: "/") {
                while i < b.count, b[i] != newline { b[i] = 0x20; i += 1 }
            } else if b[i] == UInt8(ascii: "/"), i + 1 < b.count, b[i + 1] == UInt8(ascii: "*") {
                while i < b.count, !(b[i] == UInt8(ascii: "*") && i + 1 < b.count && b[i + 1] == UInt8(ascii: "/")) {
                    if b[i] != newline { b[i] = 0x20 }
                    i += 1
                }
                if i + 1 < b.count { b[i] = 0x20; b[i + 1] = 0x20; i += 2 }
            } else {
                i += 1
            }
        }
        return String(decoding: b, as: UTF8.self)
    }

    /// The string literal opening at `i` (`"` or `"""`): its literal pieces (split at interpolations) and the
    /// index after its closing quote. Escapes are decoded; an interpolation may hold literals of its own.
    static func literal(_ b: [UInt8], at start: Int) -> (pieces: [String], end: Int) {
        let triple = start + 2 < b.count && b[start + 1] == quote && b[start + 2] == quote
        var i = start + (triple ? 3 : 1)
        var pieces: [[UInt8]] = [[]]
        while i < b.count {
            let c = b[i]
            if c == backslash, i + 1 < b.count {
                let n = b[i + 1]
                if n == UInt8(ascii: "(") {
                    var depth = 1, j = i + 2
                    while j < b.count, depth > 0 {
                        if b[j] == quote { j = literal(b, at: j).end; continue }
                        if b[j] == UInt8(ascii: "(") { depth += 1 } else if b[j] == UInt8(ascii: ")") { depth -= 1 }
                        j += 1
                    }
                    pieces.append([]); i = j; continue
                }
                let decoded: [UInt8] = n == UInt8(ascii: "n") ? [newline] : n == UInt8(ascii: "t") ? [0x09] : n == UInt8(ascii: "u")
                    ? [] : [n]
                pieces[pieces.count - 1] += decoded
                i += 2
                if n == UInt8(ascii: "u") { while i < b.count, b[i] != UInt8(ascii: "}") { i += 1 }; i += 1 }
                continue
            }
            if c == quote {
                if !triple { return (pieces.map { String(decoding: $0, as: UTF8.self) }, i + 1) }
                if i + 2 < b.count, b[i + 1] == quote, b[i + 2] == quote {
                    return (pieces.map { String(decoding: $0, as: UTF8.self) }, i + 3)
                }
            }
            if c == newline, !triple { break }  // an unterminated literal ends at the line
            pieces[pieces.count - 1].append(c)
            i += 1
        }
        return (pieces.map { String(decoding: $0, as: UTF8.self) }, i)
    }

    /// The top-level arguments of the call whose `(` is just before `from`, as source text.
    static func arguments(_ b: [UInt8], from: Int) -> [String] {
        var out: [String] = [], current: [UInt8] = [], depth = 0, i = from
        while i < b.count {
            let c = b[i]
            if c == quote {
                let end = literal(b, at: i).end
                current += b[i..<end]; i = end; continue
            }
            if c == UInt8(ascii: "(") || c == UInt8(ascii: "[") || c == UInt8(ascii: "{") { depth += 1 }
            if c == UInt8(ascii: ")") || c == UInt8(ascii: "]") || c == UInt8(ascii: "}") {
                if depth == 0 { out.append(String(decoding: current, as: UTF8.self)); return out }
                depth -= 1
            }
            if c == UInt8(ascii: ","), depth == 0 {
                out.append(String(decoding: current, as: UTF8.self)); current = []; i += 1; continue
            }
            current.append(c)
            i += 1
        }
        return out
    }

    /// The pieces of every string literal in a line of source, in order.
    static func allLiteralPieces(_ line: String) -> [String] {
        let b = Array(line.utf8)
        var pieces: [String] = [], i = 0
        while i < b.count {
            if b[i] == quote {
                let (p, end) = literal(b, at: i)
                pieces += p; i = end
            } else {
                i += 1
            }
        }
        return pieces
    }

    /// The literal pieces of an argument that is a string literal, or a `+` concatenation (or conditional)
    /// starting with one; nil for any other argument (a label such as `hint:` makes it not the message).
    static func literalPieces(_ argument: String) -> [String]? {
        let b = Array(argument.trimmingCharacters(in: .whitespacesAndNewlines).utf8)
        guard b.first == quote || (b.first == UInt8(ascii: "+") && b.dropFirst().first(where: { $0 != 0x20 }) == quote)
                || (b.first == UInt8(ascii: "(") && b.dropFirst().first == quote) else { return nil }
        return allLiteralPieces(String(decoding: b, as: UTF8.self))
    }
}
