// QueryList: several queries in one argument, separated by commas (`"risk of harm", "unpaid work"`), each with its offset.

enum QueryList {
    /// The queries of `text` (which starts at byte `offset` of the line), split at commas outside quotes and
    /// parentheses, trimmed, each with its own offset so an error's caret points into the right one. One
    /// query when there is no such comma. An empty query between commas is a usage error.
    static func split(_ text: String, offset: Int) throws -> [(text: String, offset: Int)] {
        let bytes = Array(text.utf8)
        var parts: [Range<Int>] = [], start = 0, depth = 0, quoted = false
        for (i, b) in bytes.enumerated() {
            switch b {
            case UInt8(ascii: "\""): quoted.toggle()
            case UInt8(ascii: "(") where !quoted: depth += 1
            case UInt8(ascii: ")") where !quoted: depth = max(0, depth - 1)
            case UInt8(ascii: ",") where !quoted && depth == 0:
                parts.append(start..<i); start = i + 1
            default: break
            }
        }
        parts.append(start..<bytes.count)
        guard parts.count > 1 else { return [(text, offset)] }
        return try parts.map { r in
            var lo = r.lowerBound, hi = r.upperBound
            while lo < hi, bytes[lo] == UInt8(ascii: " ") || bytes[lo] == UInt8(ascii: "\t") { lo += 1 }
            while hi > lo, bytes[hi - 1] == UInt8(ascii: " ") || bytes[hi - 1] == UInt8(ascii: "\t") { hi -= 1 }
            guard lo < hi else {
                let at = offset + min(r.upperBound, bytes.count - 1)
                throw CommandError.usage("an empty query between commas", hint: "e.g. \"risk of harm\", \"unpaid work\"",
                                         at: at..<(at + 1))
            }
            return (String(decoding: bytes[lo..<hi], as: UTF8.self), offset + lo)
        }
    }
}
