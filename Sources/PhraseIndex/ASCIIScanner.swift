// ASCIIScanner: the index build's tokenizer loop — ASCII tokens folded in place, anything else handed to Tokenizer.

/// Reports the same tokens as `Tokenizer.scan` (the oracle tests compare the postings with it), faster on
/// English text: a token of ASCII letters and digits is found with one table lookup per byte and, when it is
/// already lower case (most are), passed without copying; only a token touching a non-ASCII byte goes
/// through the general scanner.
struct ASCIIScanner {
    private let tokenizer = Tokenizer()
    private var scratch = [UInt8](repeating: 0, count: 64)

    /// Calls `body(folded, length, byteStart, padded)` for each token of `bytes[0..<n]`, in order; `padded`
    /// says `folded` may be read in whole 8-byte words past its end (see `TermHash.internPadded`).
    @inline(__always)
    mutating func scan(_ base: UnsafePointer<UInt8>, count n: Int, table: UnsafePointer<UInt8>,
                       _ body: (UnsafePointer<UInt8>, Int, Int, Bool) -> Void) {
        var i = 0
        while i < n {
            var c = table[Int(base[i])]
            if c == 0 { i += 1; continue }
            let start = i
            if c != 0xFF {
                var folded = true  // the bytes are already their folded form
                repeat {
                    if c != base[i] { folded = false }
                    i &+= 1
                    if i == n { break }
                    c = table[Int(base[i])]
                } while c != 0 && c != 0xFF
                if i == n || c == 0 {
                    let length = i &- start
                    if folded {
                        body(base + start, length, start, start &+ ((length &+ 7) & ~7) <= n)
                    } else {
                        if scratch.count < length &+ 8 { scratch = [UInt8](repeating: 0, count: length * 2 + 8) }
                        scratch.withUnsafeMutableBufferPointer { s in
                            for k in 0..<length { s[k] = table[Int(base[start &+ k])] }
                            body(s.baseAddress!, length, start, true)
                        }
                    }
                    continue
                }
                // A non-ASCII byte inside the token: redo the whole token the general way.
            }
            var end = -1
            tokenizer.scan(base, count: n, from: start, startLimit: start + 1) { folded, length, s, e in
                body(folded, length, s, false)
                end = e
            }
            // No token (a separator such as ’ or –, or marks that fold to nothing): step over one scalar.
            i = end >= 0 ? end : start + Tokenizer.decode(base, start, n).1
        }
    }
}
