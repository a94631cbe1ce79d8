// SourceText: a file's bytes checked as text (no NUL, valid UTF-8, BOM dropped) and byte offsets mapped to line:column.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file's bytes are not a text write-up.
enum TextProblem: Equatable {
    case empty
    /// A NUL byte at this offset: images, PDFs and office documents have them, text never does.
    case binary(offset: Int)
    /// The first byte that is not part of a valid UTF-8 sequence.
    case notUTF8(offset: Int)
}

enum SourceText {
    /// Decodes bytes as a write-up's text, dropping a UTF-8 byte order mark.
    /// Returns the text and how many BOM bytes were dropped, or the first problem found.
    static func decode(_ bytes: [UInt8]) -> Result<(text: String, bomLength: Int), TextProblemError> {
        bytes.withUnsafeBufferPointer { buffer in
            let bom = buffer.count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0
            let body = UnsafeBufferPointer(rebasing: buffer[bom...])
            if !body.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) {
                return .failure(TextProblemError(problem: .empty))
            }
            if let nul = firstNUL(body) { return .failure(TextProblemError(problem: .binary(offset: nul + bom))) }
            // The standard library validates and copies in one pass; the slower scan below only runs
            // to find where a file that failed goes wrong.
            if #available(macOS 15, *) {
                if let text = String(validating: body, as: UTF8.self) { return .success((text, bom)) }
            } else if firstInvalidUTF8(body) == nil {
                return .success((String(decoding: body, as: UTF8.self), bom))
            }
            return .failure(TextProblemError(problem: .notUTF8(offset: (firstInvalidUTF8(body) ?? 0) + bom)))
        }
    }

    private static func firstNUL(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = b.baseAddress, let hit = memchr(base, 0, b.count) else { return nil }
        return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
    }

    /// Offset of the first byte that breaks UTF-8, or nil when all of it is valid.
    /// ASCII runs are skipped eight bytes at a time: write-ups are nearly all ASCII.
    static func firstInvalidUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = b.count
        guard let base = b.baseAddress else { return nil }
        var i = 0
        while i < n {
            if i + 8 <= n {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
            }
            let lead = b[i]
            if lead < 0x80 { i += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F   // no UTF-16 surrogates
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F   // nothing above U+10FFFF
            default: return i
            }
            guard i + length <= n else { return i }
            guard (low...high).contains(b[i + 1]) else { return i }
            for k in 2..<length where !(0x80...0xBF).contains(b[i + k]) { return i }
            i += length
        }
        return nil
    }

    /// 1-based line and column (in characters) of a byte offset. Lines end at LF, CRLF or a lone CR.
    /// Bytes on the line before the offset that are not valid UTF-8 count as one column each.
    static func lineColumn(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        var line = 1, lineStart = 0, i = 0
        let end = min(offset, bytes.count)
        while i < end {
            let c = bytes[i]
            if c == 0x0A || (c == 0x0D && (i + 1 >= bytes.count || bytes[i + 1] != 0x0A)) {
                line += 1; lineStart = i + 1
            }
            i += 1
        }
        let prefix = UnsafeBufferPointer(rebasing: bytes[lineStart..<end])
        let column: Int
        if firstInvalidUTF8(prefix) == nil {
            column = String(decoding: prefix, as: UTF8.self).count + 1
        } else {
            column = prefix.count + 1
        }
        return (line, column)
    }

    static func lineColumn(of offset: Int, in text: String) -> (line: Int, column: Int) {
        var text = text
        return text.withUTF8 { lineColumn(of: offset, in: $0) }
    }

    static func lineColumn(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        bytes.withUnsafeBufferPointer { lineColumn(of: offset, in: $0) }
    }
}

struct TextProblemError: Error { var problem: TextProblem }
