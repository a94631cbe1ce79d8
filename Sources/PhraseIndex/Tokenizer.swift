// Tokenizer: UTF-8 bytes -> folded tokens with positions and byte ranges in the original text.

/// One token of a text: its folded term, its 0-based position and its byte range in the ORIGINAL text.
public struct Token: Sendable, Hashable {
    public let term: String
    public let position: Int
    public let byteRange: Range<Int>

    public init(term: String, position: Int, byteRange: Range<Int>) {
        self.term = term
        self.position = position
        self.byteRange = byteRange
    }
}

/// Streaming tokenizer over UTF-8 bytes. Not thread-safe (it owns a scratch buffer and a fold cache):
/// use one per thread. The ASCII path is a table lookup per byte; non-ASCII scalars go through
/// `Normalizer` (a table for 2-byte UTF-8, a per-instance cache above that).
public final class Tokenizer {
    private var scratch: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var cache: [UInt32: Normalizer.ScalarFold] = [:]

    public init() {
        capacity = 256
        scratch = .allocate(capacity: capacity)
    }

    deinit { scratch.deallocate() }

    private func fold(_ value: UInt32) -> Normalizer.ScalarFold {
        if let hit = cache[value] { return hit }
        let computed = Normalizer.computeFold(value)
        cache[value] = computed
        return computed
    }

    /// Scans `bytes[start..<count]`, calling `body(folded, foldedLength, byteStart, byteEnd)` per token.
    /// Only tokens starting before `startLimit` (default: `count`) are reported; the last may run past it.
    /// `folded` is valid only during the call. Tokens that fold to nothing (lone diacritics) are skipped.
    @inline(__always)
    func scan(_ bytes: UnsafePointer<UInt8>, count n: Int, from start: Int = 0, startLimit: Int? = nil,
              _ body: (UnsafePointer<UInt8>, Int, Int, Int) -> Void) {
        let limit = min(startLimit ?? n, n)
        // Locals, not stored properties, in the loop: class property access costs a dynamic exclusivity check.
        var buffer = scratch, room = capacity
        defer { scratch = buffer; capacity = room }
        @inline(__always) func ensure(_ needed: Int, _ length: Int) {
            guard needed > room else { return }
            var newRoom = room * 2
            while newRoom < needed { newRoom *= 2 }
            let fresh = UnsafeMutablePointer<UInt8>.allocate(capacity: newRoom)
            fresh.update(from: buffer, count: length)
            buffer.deallocate()
            buffer = fresh
            room = newRoom
        }
        Normalizer.asciiTable.withUnsafeBufferPointer { table in
            Normalizer.twoByteFolds.withUnsafeBufferPointer { twoByte in
                var i = start
                while i < limit {
                    var c = table[Int(bytes[i])]
                    if c == 0 { i += 1; continue }
                    let tokenStart = i
                    var length = 0
                    while true {
                        if c != 0xFF {
                            if length == room { ensure(length + 1, length) }
                            buffer[length] = c
                            length += 1
                            i += 1
                        } else {
                            let (value, width) = Tokenizer.decode(bytes, i, n)
                            let f = value >= 0x80 && value < 0x800 ? twoByte[Int(value) - 0x80]
                                : (value == UInt32.max ? Normalizer.ScalarFold(isToken: false, folded: []) : fold(value))
                            if !f.isToken {
                                if i == tokenStart { i += width }  // a separator that merely looked non-ASCII
                                break
                            }
                            ensure(length + f.folded.count, length)
                            for b in f.folded { buffer[length] = b; length += 1 }
                            i += width
                        }
                        if i >= n { break }
                        c = table[Int(bytes[i])]
                        if c == 0 { break }
                    }
                    if length > 0 { body(buffer, length, tokenStart, i) }
                }
            }
        }
    }

    /// Decodes one UTF-8 scalar at `i`; invalid or truncated sequences give (UInt32.max, 1).
    @inline(__always)
    static func decode(_ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int) -> (UInt32, Int) {
        let b0 = UInt32(p[i])
        func cont(_ k: Int) -> UInt32? {
            guard i + k < n, p[i + k] & 0xC0 == 0x80 else { return nil }
            return UInt32(p[i + k] & 0x3F)
        }
        if b0 < 0x80 { return (b0, 1) }
        if b0 & 0xE0 == 0xC0, let c1 = cont(1) { return (((b0 & 0x1F) << 6) | c1, 2) }
        if b0 & 0xF0 == 0xE0, let c1 = cont(1), let c2 = cont(2) { return (((b0 & 0x0F) << 12) | (c1 << 6) | c2, 3) }
        if b0 & 0xF8 == 0xF0, let c1 = cont(1), let c2 = cont(2), let c3 = cont(3) {
            return (((b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3, 4)
        }
        return (UInt32.max, 1)
    }

    /// Tokens of `text` (or those STARTING in the byte range `range` of it; the last may extend past it),
    /// numbering positions from `firstPosition`. Byte ranges are always offsets into the whole of `text`.
    public func tokens(of text: String, in range: Range<Int>? = nil, firstPosition: Int = 0) -> [Token] {
        Tokenizer.withBytes(text) { tokens(ofBytes: $0, in: range, firstPosition: firstPosition) }
    }

    /// The same over a text's UTF-8 bytes (a document read back from compressed storage, say).
    public func tokens(ofBytes buffer: UnsafeBufferPointer<UInt8>, in range: Range<Int>? = nil, firstPosition: Int = 0) -> [Token] {
        var result: [Token] = []
        guard let base = buffer.baseAddress else { return result }
        let lower = max(0, range?.lowerBound ?? 0)
        let upper = min(buffer.count, range?.upperBound ?? buffer.count)
        guard lower < upper else { return result }
        var position = firstPosition
        scan(base, count: buffer.count, from: lower, startLimit: upper) { folded, length, start, end in
            let term = String(decoding: UnsafeBufferPointer(start: folded, count: length), as: UTF8.self)
            result.append(Token(term: term, position: position, byteRange: start..<end))
            position += 1
        }
        return result
    }

    /// Convenience: tokens of a whole text with a fresh tokenizer.
    public static func tokens(of text: String) -> [Token] { Tokenizer().tokens(of: text) }

    /// Runs `body` over the UTF-8 bytes of `text` without copying when the string is native.
    static func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = text.utf8.withContiguousStorageIfAvailable(body) { return r }
        var copy = text
        return copy.withUTF8(body)
    }
}
