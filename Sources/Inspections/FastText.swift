// FastText: substring tests on UTF-8 bytes (memchr and memcmp), for the recogniser's many "does this line mention X" checks.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

enum FastText {
    /// True when `needle` occurs in `haystack`, byte for byte.
    static func has(_ haystack: String, _ needle: String) -> Bool {
        var h = haystack, n = needle
        return h.withUTF8 { hb in
            n.withUTF8 { nb in
                guard nb.count > 0 else { return true }
                guard hb.count >= nb.count, let hp = hb.baseAddress, let np = nb.baseAddress else { return false }
                // memchr to each candidate first byte, then memcmp: memmem is not visible without _GNU_SOURCE.
                let first = Int32(np[0]), last = hb.count - nb.count
                var i = 0
                while i <= last {
                    guard let hit = memchr(hp + i, first, last - i + 1) else { return false }
                    let at = UnsafeRawPointer(hit) - UnsafeRawPointer(hp)
                    if memcmp(hp + at, np, nb.count) == 0 { return true }
                    i = at + 1
                }
                return false
            }
        }
    }

    static func hasAny(_ haystack: String, _ needles: [String]) -> Bool { needles.contains { has(haystack, $0) } }

    /// True when the text holds an ASCII digit.
    static func hasDigit(_ s: String) -> Bool { s.utf8.contains { $0 >= 0x30 && $0 <= 0x39 } }
}
