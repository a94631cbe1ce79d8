// ConcordanceLines: one line per match with its left and right context inside the finding, and sort keys.
import Inspections
import PhraseIndex
import QueryLanguage

/// How much context each side of a match: whole words, or characters.
public enum ConcordanceContext: Sendable, Equatable {
    case words(Int)
    case characters(Int)
}

/// The orders a concordance can be sorted in. `left(1)` sorts on the first word left of the match, then the
/// second, and so on outwards (as CQP and AntConc do); `right(n)` likewise to the right.
public enum ConcordanceOrder: Sendable, Equatable {
    case position, left(Int), right(Int), match, provider, date

    /// Reads "left1", "right2", "match", "provider", "date", "position" (and "left"/"right" as level 1).
    public init?(parsing text: String) {
        let t = text.lowercased()
        switch t {
        case "position", "id": self = .position
        case "match", "node", "kwic": self = .match
        case "provider": self = .provider
        case "date": self = .date
        default:
            for (prefix, make) in [("left", ConcordanceOrder.left), ("right", ConcordanceOrder.right)] where t.hasPrefix(prefix) {
                let rest = t.dropFirst(prefix.count)
                if rest.isEmpty { self = make(1); return }
                guard let n = Int(rest), (1...9).contains(n) else { return nil }
                self = make(n); return
            }
            return nil
        }
    }
}

public struct ConcordanceLine: Sendable, Hashable {
    public let report: Int
    public let finding: Int
    /// Token position of the match's first word in its document.
    public let position: Int
    /// The original text: context before, the match, context after (within the finding).
    public let left: String
    public let match: String
    public let right: String
    /// Folded words for sorting: left nearest first, right nearest first, and the match's own words.
    public let leftTerms: [String]
    public let rightTerms: [String]
    public let matchTerms: [String]
}

extension SearchCorpus {
    /// Sort keys look this many words out each side, whatever the context shown.
    static let sortReach = 9

    /// The lines of one matched finding, appended in span order. `bytes` caches the UTF-8 of report `bytesOf`
    /// across calls, so consecutive units of one report copy its text once.
    func appendLines(of unit: MatchUnit, context: ConcordanceContext, bytes: inout [UInt8], bytesOf: inout Int,
                     to lines: inout [ConcordanceLine]) {
        guard let s = unit.segment else { return }
        let (d, f) = finding(ofSegment: s)
        if bytesOf != d { bytes = reports[d].withTextBytes { Array($0) }; bytesOf = d }
        let segmentBytes = reports[d].findings[f].range
        let tokens = index.tokens(ofSegment: s).filter { $0.byteRange.lowerBound < segmentBytes.upperBound }
        guard let first = tokens.first?.position else { return }
        for span in unit.spans {
            let lo = span.lowerBound - first, hi = span.upperBound - 1 - first
            guard lo >= 0, hi < tokens.count, lo <= hi else { continue }
            let matchBytes = tokens[lo].byteRange.lowerBound..<tokens[hi].byteRange.upperBound
            var leftStart: Int, rightEnd: Int
            switch context {
            case .words(let n):
                leftStart = lo - n <= 0 ? segmentBytes.lowerBound : tokens[lo - n].byteRange.lowerBound
                rightEnd = hi + n >= tokens.count - 1 ? segmentBytes.upperBound : tokens[hi + n].byteRange.upperBound
            case .characters(let n):
                leftStart = Self.back(n, from: matchBytes.lowerBound, in: bytes, limit: segmentBytes.lowerBound)
                rightEnd = Self.forward(n, from: matchBytes.upperBound, in: bytes, limit: segmentBytes.upperBound)
            }
            // Word context never starts or ends mid-word ("the-gate" of "Through-the-gate"): widen to whitespace.
            if case .words = context {
                leftStart = Self.wordStart(leftStart, in: bytes, limit: segmentBytes.lowerBound)
                rightEnd = Self.wordEnd(rightEnd, in: bytes, limit: segmentBytes.upperBound)
            }
            let text = bytes
            func slice(_ r: Range<Int>) -> String { String(decoding: text[r], as: UTF8.self) }
            lines.append(ConcordanceLine(
                report: d, finding: f, position: span.lowerBound,
                left: slice(leftStart..<matchBytes.lowerBound), match: slice(matchBytes),
                right: slice(matchBytes.upperBound..<rightEnd),
                leftTerms: tokens[max(0, lo - Self.sortReach)..<lo].reversed().map(\.term),
                rightTerms: tokens[(hi + 1)..<min(tokens.count, hi + 1 + Self.sortReach)].map(\.term),
                matchTerms: tokens[lo...hi].map(\.term)))
        }
    }

    public func concordanceOrdering(_ order: ConcordanceOrder) -> (ConcordanceLine, ConcordanceLine) -> Bool {
        let reports = self.reports
        func tail(_ a: ConcordanceLine, _ b: ConcordanceLine) -> Bool {
            (reports[a.report].id, a.position) < (reports[b.report].id, b.position)
        }
        // Missing words sort first (as an empty string would), so lines at a finding's edge lead.
        func words(_ a: [String], _ b: [String], from level: Int) -> Bool? {
            let a = Array(a.dropFirst(level - 1)), b = Array(b.dropFirst(level - 1))
            return a == b ? nil : a.lexicographicallyPrecedes(b)
        }
        switch order {
        case .position: return tail
        case .left(let n): return { a, b in words(a.leftTerms, b.leftTerms, from: n) ?? tail(a, b) }
        case .right(let n): return { a, b in words(a.rightTerms, b.rightTerms, from: n) ?? tail(a, b) }
        case .match: return { a, b in words(a.matchTerms, b.matchTerms, from: 1) ?? tail(a, b) }
        case .provider:
            return { a, b in
                let pa = reports[a.report].provider.shortName.lowercased(), pb = reports[b.report].provider.shortName.lowercased()
                if pa != pb { return pa < pb }
                let da = self.dateKey(a.report), db = self.dateKey(b.report)
                return da != db ? da < db : tail(a, b)
            }
        case .date:
            return { a, b in
                let da = self.dateKey(a.report), db = self.dateKey(b.report)
                return da != db ? da < db : tail(a, b)
            }
        }
    }

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }

    /// Moves a context start back to the start of its whitespace-delimited word.
    static func wordStart(_ i: Int, in bytes: [UInt8], limit: Int) -> Int {
        var i = i
        while i > limit && !isSpace(bytes[i - 1]) { i -= 1 }
        return i
    }

    /// Moves a context end forward to the end of its whitespace-delimited word (taking trailing punctuation).
    static func wordEnd(_ i: Int, in bytes: [UInt8], limit: Int) -> Int {
        var i = i
        while i < limit && !isSpace(bytes[i]) { i += 1 }
        return i
    }

    /// The byte offset `n` characters (UTF-8 scalars' lead bytes) before `end`, not before `limit`.
    static func back(_ n: Int, from end: Int, in bytes: [UInt8], limit: Int) -> Int {
        var i = end, count = 0
        while i > limit && count < n {
            i -= 1
            if bytes[i] & 0xC0 != 0x80 { count += 1 }
        }
        return i
    }

    /// The byte offset `n` characters after `start`, not past `limit`.
    static func forward(_ n: Int, from start: Int, in bytes: [UInt8], limit: Int) -> Int {
        var i = start, count = 0
        while i < limit && count < n {
            i += 1
            while i < limit && bytes[i] & 0xC0 == 0x80 { i += 1 }
            count += 1
        }
        return i
    }
}
