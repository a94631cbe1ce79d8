// LineSplitter: a command line into words, quoted like a shell, each word keeping its byte range in the line.

public enum LineSplitter {
    /// Splits leniently: an unclosed quote runs to the end of the line; a trailing backslash is kept literally.
    /// `"double"` allows `\"` and `\\`; `'single'` is literal; outside quotes a backslash escapes the next character.
    public static func split(_ line: String) -> [Word] {
        let bytes = Array(line.utf8)
        var words: [Word] = []
        var i = 0
        while i < bytes.count {
            while i < bytes.count, isSpace(bytes[i]) { i += 1 }
            guard i < bytes.count else { break }
            let start = i
            var out: [UInt8] = []
            var quoted = false
            while i < bytes.count, !isSpace(bytes[i]) {
                let b = bytes[i]
                if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                    quoted = true
                    let q = b
                    i += 1
                    while i < bytes.count, bytes[i] != q {
                        if q == UInt8(ascii: "\""), bytes[i] == UInt8(ascii: "\\"), i + 1 < bytes.count,
                           bytes[i + 1] == q || bytes[i + 1] == UInt8(ascii: "\\") {
                            i += 1
                        }
                        out.append(bytes[i]); i += 1
                    }
                    if i < bytes.count { i += 1 }  // closing quote
                } else if b == UInt8(ascii: "\\"), i + 1 < bytes.count {
                    out.append(bytes[i + 1]); i += 2
                } else {
                    out.append(b); i += 1
                }
            }
            words.append(Word(text: String(decoding: out, as: UTF8.self), range: start..<i, quoted: quoted))
        }
        return words
    }

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    /// The text of a line between two byte offsets (used to hand a query its original spelling).
    public static func slice(_ line: String, _ range: Range<Int>) -> String {
        let u = Array(line.utf8)
        let lo = max(0, min(range.lowerBound, u.count)), hi = max(lo, min(range.upperBound, u.count))
        return String(decoding: u[lo..<hi], as: UTF8.self)
    }
}
