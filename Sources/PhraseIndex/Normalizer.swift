// Normalizer: which bytes/scalars belong to tokens and how they fold (case, diacritics), matching FTS5 unicode61.
import Foundation

/// Character classes and folding rules shared by the tokenizer and query parsing.
///
/// The rules follow SQLite FTS5's `unicode61` tokenizer (with diacritic removal), our correctness peer:
/// - token characters are letters (L*), numbers (N*), private-use (Co) and the combining diacritics
///   U+0300–U+036F (the latter fold to nothing, so "e\u{301}t" is the token `et`);
/// - everything else separates tokens, including apostrophes (' and ’), hyphens and underscores;
/// - folding lowercases, and strips diacritics only from characters that decompose to an ASCII
///   letter plus marks (é→e, Å→a, ǖ→u) — Greek/Cyrillic accents and ß, ł, ø, æ are kept, as FTS5 keeps them.
public enum Normalizer {
    /// ASCII fast path: 0 for separators, the lowercased byte for letters and digits, 0xFF for non-ASCII lead bytes.
    static let asciiTable: [UInt8] = (0..<256).map { b -> UInt8 in
        switch b {
        case 0x30...0x39, 0x61...0x7A: return UInt8(b)
        case 0x41...0x5A: return UInt8(b + 0x20)
        case 0x80...0xFF: return 0xFF
        default: return 0
        }
    }

    /// Folding of one non-ASCII scalar: `isToken` and its folded UTF-8 (possibly empty, for diacritics).
    struct ScalarFold: Sendable {
        var isToken: Bool
        var folded: [UInt8]
    }

    /// Precomputed folds for U+0080..<U+0800 (all 2-byte UTF-8: Latin, Greek, Cyrillic, Hebrew, Arabic),
    /// so European text never reaches Foundation in the hot path.
    static let twoByteFolds: [ScalarFold] = (0x80..<0x800).map { computeFold(UInt32($0)) }

    /// Fold for any non-ASCII scalar value (computed; callers cache results outside the table range).
    static func computeFold(_ value: UInt32) -> ScalarFold {
        guard let scalar = Unicode.Scalar(value) else { return ScalarFold(isToken: false, folded: []) }
        if (0x300...0x36F).contains(value) { return ScalarFold(isToken: true, folded: []) }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .privateUse:
            break
        default:
            return ScalarFold(isToken: false, folded: [])
        }
        var out = String.UnicodeScalarView()
        for lower in scalar.properties.lowercaseMapping.unicodeScalars {
            let parts = String(lower).decomposedStringWithCanonicalMapping.unicodeScalars
            // Strip marks only when the base is ASCII (Latin): FTS5 keeps Greek tonos, Cyrillic breve, etc.
            if let base = parts.first, base.isASCII, parts.count > 1 {
                out.append(base)
            } else {
                out.append(contentsOf: parts.count > 1 ? String(lower).unicodeScalars : parts)
            }
        }
        // Diacritics that survive as separate scalars (e.g. İ lowercases to i + U+0307) are dropped too.
        let kept = out.filter { !(0x300...0x36F).contains($0.value) }
        var bytes: [UInt8] = []
        for s in kept { bytes.append(contentsOf: Array(String(s).utf8)) }
        return ScalarFold(isToken: true, folded: bytes)
    }

    /// The normalized form of a single word as the index stores it (tokens joined by spaces if it splits).
    public static func normalize(_ text: String) -> String {
        Tokenizer.tokens(of: text).map(\.term).joined(separator: " ")
    }
}
