// Slug: the lower-case, hyphenated form used in citation ids and ad hoc provider ids.

public enum Slug {
    /// Lower-case ASCII letters and digits; every other run of characters becomes one `-`; no `-` at
    /// either end. "Unpaid work and Through the Gate" -> "unpaid-work-and-through-the-gate".
    /// Text with no ASCII letter or digit gives `fallback`.
    public static func make(_ text: String, fallback: String = "section") -> String {
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count)
        var pendingDash = false
        for b in text.utf8 {
            let lower = (b >= 0x41 && b <= 0x5A) ? b + 0x20 : b
            if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                if pendingDash && !out.isEmpty { out.append(UInt8(ascii: "-")) }
                pendingDash = false
                out.append(lower)
            } else {
                pendingDash = true
            }
        }
        return out.isEmpty ? fallback : String(decoding: out, as: UTF8.self)
    }
}
