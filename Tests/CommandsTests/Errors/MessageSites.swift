// MessageSites: the places in Sources that build a user-facing error, with each message's literal text.
import Foundation

/// Reads Swift source as text (no compiler): comments are blanked, string literals parsed with their
/// escapes and interpolations, and every call of an error initialiser (or of a helper that wraps one) is a
/// site whose message is the first argument written as a string literal. Interpolations are gaps in the
/// message; a message with too little literal text to search for is another error's message passed on.
struct MessageSite: CustomStringConvertible {
    let file: String
    let line: Int
    let callee: String
    /// The literal pieces between interpolations (and between the literals of a `+` concatenation).
    let pieces: [String]
    /// The hint's pieces, when the hint is written as a literal at the site (`hint: "..."`); empty otherwise.
    var hintPieces: [String] = []

    /// As the allow-lists name a message: its pieces joined by `…`.
    var text: String { pieces.joined(separator: "…") }
    var description: String { "\(file):\(line): \(callee)(\"\(text)\")" }

    var hintText: String { hintPieces.joined(separator: "…") }

    /// Matches the message in text that a test asserts: the pieces in order, anything between them on one line.
    var pattern: NSRegularExpression { Self.pattern(pieces) }

    static func pattern(_ pieces: [String]) -> NSRegularExpression {
        let body = pieces.map { NSRegularExpression.escapedPattern(for: $0) }.joined(separator: "[^\\n]*?")
        return try! NSRegularExpression(pattern: body)
    }

    /// The initialisers of the error types, and the helpers that wrap one (FrontMatterFields' `warn`,
    /// ProviderRegistry's `error`), as called. A declaration (`func warn(`) is not a call.
    static let callees = ["CommandError.usage", "CommandError", "QueryError", "LoadDiagnostic", "ProviderLookupError",
                          "ReadError", "FileWriteError", "warn", "error"]

    static func sites(inFile path: String, named name: String) -> [MessageSite] {
        guard let source = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        let code = Array(SwiftText.blankingComments(source).utf8)
        var out: [MessageSite] = []
        var lineStarts = [0]
        for (k, c) in code.enumerated() where c == UInt8(ascii: "\n") { lineStarts.append(k + 1) }
        var i = 0
        while i < code.count {
            if code[i] == UInt8(ascii: "\"") { i = SwiftText.literal(code, at: i).end; continue }
            guard code[i] >= 0x61 || code[i] == UInt8(ascii: "C") || code[i] == UInt8(ascii: "Q") || code[i] == UInt8(ascii: "L")
                    || code[i] == UInt8(ascii: "P") || code[i] == UInt8(ascii: "R") || code[i] == UInt8(ascii: "F"),
                  isIdentifierStart(code, i), let callee = callees.first(where: { matches(code, i, $0 + "(") }) else {
                i += 1; continue
            }
            let open = i + callee.utf8.count + 1
            let before = String(decoding: code[max(0, i - 12)..<i], as: UTF8.self)
            let arguments = SwiftText.arguments(code, from: open)
            if !before.hasSuffix("func "), !before.hasSuffix("init "), let pieces = arguments.lazy.compactMap(SwiftText.literalPieces).first {
                var line = 0
                while line < lineStarts.count, lineStarts[line] <= i { line += 1 }
                var site = MessageSite(file: name, line: line, callee: callee, pieces: pieces)
                if let hint = arguments.first(where: { $0.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("hint:") }) {
                    let value = hint.trimmingCharacters(in: .whitespacesAndNewlines).dropFirst("hint:".count)
                    site.hintPieces = SwiftText.literalPieces(String(value)) ?? []
                }
                out.append(site)
            }
            i = open
        }
        return out + documentErrorSites(source, name)
    }

    /// DocumentError's messages are the cases of its `message` property, one expression each (continued by `+`).
    static func documentErrorSites(_ source: String, _ name: String) -> [MessageSite] {
        guard name.hasSuffix("DocumentError.swift"),
              let start = source.range(of: "public var message: String {"),
              let end = source.range(of: "public var hint", range: start.upperBound..<source.endIndex) else { return [] }
        let firstLine = source[..<start.lowerBound].filter { $0 == "\n" }.count + 1
        var out: [MessageSite] = []
        for (k, line) in source[start.upperBound..<end.lowerBound].split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let t = line.trimmingCharacters(in: .whitespaces)
            guard t.contains("\""), !t.hasPrefix("case") else { continue }
            // `a ?? b` holds two messages; the first stands for the site.
            let pieces = SwiftText.allLiteralPieces(t.components(separatedBy: " ?? ")[0])
            if t.hasPrefix("+"), let last = out.popLast() {
                out.append(MessageSite(file: name, line: last.line, callee: "DocumentError", pieces: last.pieces + pieces))
            } else {
                out.append(MessageSite(file: name, line: firstLine + k, callee: "DocumentError", pieces: pieces))
            }
        }
        return out
    }

    private static func matches(_ code: [UInt8], _ i: Int, _ word: String) -> Bool {
        var k = i
        for c in word.utf8 {
            guard k < code.count, code[k] == c else { return false }
            k += 1
        }
        return true
    }

    /// Not the tail of a longer name (`isError(`) nor a member of something else (`x.error(`).
    private static func isIdentifierStart(_ code: [UInt8], _ i: Int) -> Bool {
        guard i > 0 else { return true }
        let c = code[i - 1]
        return !(c == UInt8(ascii: "_") || c == UInt8(ascii: ".") || (c >= 0x30 && c <= 0x39) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A))
    }
}
