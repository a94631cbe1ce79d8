// WordClassifier: one bare word of a query -> term, phrase, prefix*, ~stem, -negation or name:field.
import Foundation
import PhraseIndex

/// Classifies a whitespace-delimited word (punctuation included, as typed).
struct WordClassifier {
    let tokenizer: Tokenizer

    func classify(_ word: String, _ r: SourceRange) throws(QueryError) -> QueryNode {
        // Leading hyphens negate ("-harm"); their parity counts ("--harm" is harm). A lone "-" vanishes.
        let dashes = word.utf8.prefix { $0 == 0x2D }.count
        if dashes > 0 {
            let rest = String(word.dropFirst(dashes))
            let inner = try classify(rest, r.lowerBound + dashes..<r.upperBound)
            return dashes % 2 == 1 && inner != .empty ? QueryParser.negate(inner) : inner
        }
        if let field = try field(word, r) { return field }
        if word.hasPrefix("~") {
            let terms = tokens(String(word.drop { $0 == "~" }))
            return terms.count == 1 ? .stem(terms[0], r) : QueryParser.phraseNode(terms, r)
        }
        if word.hasSuffix("*") {
            let terms = tokens(String(word.reversed().drop { $0 == "*" }.reversed()))
            // "provider's*": the last token is the prefix, the others must occur too.
            guard let last = terms.last else { return .empty }
            return QueryParser.and(terms.dropLast().map { .term($0, r) } + [.prefix(last, r)])
        }
        return QueryParser.phraseNode(tokens(word), r)
    }

    private func tokens(_ text: String) -> [String] { tokenizer.tokens(of: text).map(\.term) }

    /// `name:value` where name is a letter then letters, digits, `_` or `-`, and the value is non-empty.
    private func field(_ word: String, _ r: SourceRange) throws(QueryError) -> QueryNode? {
        guard let colon = word.utf8.firstIndex(of: 0x3A) else { return nil }
        let name = String(word[..<colon])
        let value = String(word[word.index(after: colon)...])
        guard WordClassifier.isFieldName(name), !value.isEmpty else { return nil }
        let valueStart = r.lowerBound + name.utf8.count + 1
        let valueRange = valueStart..<r.upperBound
        let filter: FieldFilter.Value
        if let dots = value.range(of: "..") {
            let lower = String(value[..<dots.lowerBound]), upper = String(value[dots.upperBound...])
            let lowerRange = valueStart..<valueStart + lower.utf8.count
            let upperRange = lowerRange.upperBound + 2..<r.upperBound
            if lower.isEmpty && upper.isEmpty {
                throw QueryError("empty range for '\(name)'", range: valueRange, hint: "write \(name):2019..2020")
            }
            for (bound, range) in [(lower, lowerRange), (upper, upperRange)] where !bound.isEmpty && !WordClassifier.isRangeBound(bound) {
                throw QueryError("range bound '\(bound)' is not a number or date", range: range,
                                 hint: "write \(name):2019..2020 (or 2019-04..2020-03)")
            }
            filter = .range(lower: lower.isEmpty ? nil : lower, upper: upper.isEmpty ? nil : upper)
        } else {
            filter = .text(value)
        }
        return .field(FieldFilter(name: name.lowercased(), value: filter, range: r, valueRange: valueRange))
    }

    static func isFieldName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.properties.isAlphabetic else { return false }
        return name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }
    }

    /// Digits, optionally in `-`-separated groups (2019, 2019-04, 2019-04-30, 4.1 is not a range bound).
    static func isRangeBound(_ s: String) -> Bool {
        let groups = s.split(separator: "-", omittingEmptySubsequences: false)
        return !groups.isEmpty && groups.count <= 3
            && groups.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }
}
