// QueryParser: lexemes -> QueryNode. Lenient: plain text is never a syntax error.
import PhraseIndex

/// Parses the query language. Precedence, loosest first: `OR`/`|`, implicit AND (`AND` is accepted and
/// ignored), `NEAR`/`NEAR/N`, `NOT`/`-`, then words, "phrases", `(groups)`, `prefix*`, `~stem`, fields.
/// Operators are UPPERCASE; lowercase or/and/not/near are plain words. `-` negates a word (`-harm`), a quoted
/// phrase (`-"risk of harm"`) or a quoted field (`-provider:"North Marsh"`) it is written against.
///
/// Quotes keep words together; `*` is a wildcard only at the end of one word. A quoted single word ending in `*`
/// (`"caseload*"`, as a shell user types it) is that prefix. In a phrase of several words a `*` is punctuation:
/// `"risk of h*"` is the phrase risk of h, because a phrase matches exact words (the evaluator has no phrase whose
/// last word is a prefix); `risk NEAR/0 h*` is the nearest query that can be written.
///
/// Lenient readings (each is tested):
/// - an unbalanced quote closes at the end; an unbalanced `(` closes at the end; a stray `)` is ignored;
/// - `OR` at the start or end, or doubled, is ignored; `NOT`/`-` with nothing after it is ignored;
///   a bare `NEAR` (no number) means `NEAR/10`; a `NEAR` missing an operand is ignored;
/// - punctuation is not searchable: `risk, of harm!` is the words risk, of, harm; a word that folds to
///   several tokens (`provider's`, `through-the-gate`) is a phrase; `""`, `()` and punctuation-only words vanish;
/// - `name:` with nothing after it is the plain word `name`.
/// Real errors (`QueryError`): a bad range bound, `NEAR/x` or `"a b"~x` with a non-number, a NEAR
/// operand that is not a word/phrase, and nesting deeper than `maxDepth`.
public struct QueryParser {
    /// Maximum parenthesis depth. Parsing, planning and evaluation recurse per level (about five frames
    /// each), and the deepest query must fit a 512 KiB secondary-thread stack even in debug builds.
    public static let maxDepth = 32
    /// Maximum operands of one NEAR chain (`a NEAR b NEAR c`, `"a b c"~N`), which nests left: same reason.
    public static let maxNearOperands = 32
    /// Distance of a bare `NEAR`, as in FTS5.
    public static let defaultNearDistance = 10

    private let lexemes: [Lexeme]
    private var i = 0
    private let tokenizer = Tokenizer()
    /// The lenient readings taken, in the order met.
    private var repairs: [QueryRepair] = []

    private init(_ text: String) {
        var unclosed: [SourceRange] = []
        lexemes = QueryLexer.lex(text, unclosed: &unclosed)
        repairs = unclosed.map { QueryRepair("a quote left open was closed at the end", range: $0) }
    }

    /// Parses `text`; throws only for the real errors listed above.
    public static func parse(_ text: String) throws(QueryError) -> QueryNode {
        try parseReporting(text).node
    }

    /// Parses `text` and says which lenient readings were taken that change what a user may think they asked:
    /// a quote or parenthesis left open, a stray `)`, a lowercase or/and/not read as a plain word.
    public static func parseReporting(_ text: String) throws(QueryError) -> (node: QueryNode, repairs: [QueryRepair]) {
        var parser = QueryParser(text)
        let node = try parser.parseQuery()
        return (node, parser.repairs.sorted { ($0.range.lowerBound, $0.message) < ($1.range.lowerBound, $1.message) })
    }

    private mutating func parseQuery() throws(QueryError) -> QueryNode {
        var parts: [QueryNode] = []
        while i < lexemes.count {
            parts.append(try parseOr(depth: 0))
            if i < lexemes.count, case .close(let r) = lexemes[i] {  // stray ")" at top level
                repairs.append(QueryRepair("a ')' with no '(' was left out", range: r))
                i += 1
            }
        }
        return QueryParser.and(parts)
    }

    private func peekKeyword() -> String? {
        guard i < lexemes.count else { return nil }
        switch lexemes[i] {
        case .bar: return "OR"
        case .minus: return "NOT"
        case .word(let w, _) where w == "OR" || w == "AND" || w == "NOT" || w == "NEAR" || w.hasPrefix("NEAR/"): return w
        default: return nil
        }
    }

    private var atGroupEnd: Bool {
        guard i < lexemes.count else { return true }
        if case .close = lexemes[i] { return true }
        return false
    }

    private mutating func parseOr(depth: Int) throws(QueryError) -> QueryNode {
        var parts = [try parseAnd(depth: depth)]
        while peekKeyword() == "OR" {
            i += 1  // a stray OR (start, end, doubled) just yields an empty side, dropped below
            parts.append(try parseAnd(depth: depth))
        }
        return QueryParser.or(parts)
    }

    private mutating func parseAnd(depth: Int) throws(QueryError) -> QueryNode {
        var items: [QueryNode] = []
        while !atGroupEnd, peekKeyword() != "OR" {
            if peekKeyword() == "AND" { i += 1; continue }
            items.append(try parseNear(depth: depth))
        }
        return QueryParser.and(items)
    }

    private mutating func parseNear(depth: Int) throws(QueryError) -> QueryNode {
        var left = try parseUnary(depth: depth)
        var operands = 1
        while let k = peekKeyword(), k.hasPrefix("NEAR") {
            let opRange = lexemes[i].range
            let distance = try QueryParser.nearDistance(k, opRange)
            i += 1
            // A NEAR with nothing after it (end, ")", OR, another NEAR) is ignored.
            guard !atGroupEnd, peekKeyword() != "OR", !(peekKeyword()?.hasPrefix("NEAR") ?? false) else { continue }
            let right = try parseUnary(depth: depth)
            if right == .empty { continue }
            if left == .empty { left = right; continue }
            for operand in [left, right] where !operand.isPositional {
                throw QueryError("NEAR needs a word or phrase on each side", range: opRange,
                                 hint: "write: risk NEAR/5 \"serious harm\"")
            }
            operands += 1
            guard operands <= QueryParser.maxNearOperands else {
                throw QueryError("more than \(QueryParser.maxNearOperands) operands in one NEAR chain", range: opRange,
                                 hint: "split the query with parentheses or AND")
            }
            left = .near(left, right, distance: distance, opRange)
        }
        return left
    }

    private static func nearDistance(_ keyword: String, _ range: SourceRange) throws(QueryError) -> Int {
        guard keyword != "NEAR" else { return defaultNearDistance }
        let digits = keyword.dropFirst(5)
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber), let n = Int(digits), n <= 100_000 else {
            throw QueryError("NEAR needs a number of words, not '\(digits)'", range: range, hint: "write NEAR/5")
        }
        return n
    }

    private mutating func parseUnary(depth: Int) throws(QueryError) -> QueryNode {
        var negations = 0  // counted, not recursed: "NOT NOT ... x" cannot overflow the stack
        while peekKeyword() == "NOT" { negations += 1; i += 1 }
        let operand = atGroupEnd || peekKeyword() == "OR" ? QueryNode.empty : try parsePrimary(depth: depth)
        if operand == .empty || negations % 2 == 0 { return operand }
        return QueryParser.negate(operand)
    }

    private mutating func parsePrimary(depth: Int) throws(QueryError) -> QueryNode {
        let lexeme = lexemes[i]
        i += 1
        switch lexeme {
        case .open(let r):
            guard depth + 1 <= QueryParser.maxDepth else {
                throw QueryError("parentheses nested more than \(QueryParser.maxDepth) deep", range: r,
                                 hint: "remove some parentheses")
            }
            let inner = try parseOr(depth: depth + 1)
            if i < lexemes.count, case .close = lexemes[i] {
                i += 1
            } else {
                repairs.append(QueryRepair("a '(' left open was closed at the end", range: r))
            }
            return inner
        case .close, .bar, .minus:
            return .empty  // only reached for stray symbols; callers stop at these otherwise
        case .quoted(let body, let r, let slop):
            return try phrase(body, r, slop: slop)
        case .fieldQuoted(let name, let value, let r, let vr):
            guard WordClassifier.isFieldName(name) else {  // "12:"x"" is just text
                return QueryParser.and([try WordClassifier(tokenizer: tokenizer).classify(name, r.lowerBound..<vr.lowerBound - 1),
                                        QueryParser.phraseNode(tokenizer.tokens(of: value).map(\.term), vr)])
            }
            return .field(FieldFilter(name: name.lowercased(), value: .text(value), range: r, valueRange: vr))
        case .word(let w, let r):
            if peekKeywordWord(w) { return .empty }  // an operator where an operand was expected
            if ["or", "and", "not"].contains(w.lowercased()) && w != w.uppercased() {
                repairs.append(QueryRepair("'\(w)' was read as a word (\(w.uppercased()) in capitals is the operator)", range: r))
            }
            return try WordClassifier(tokenizer: tokenizer).classify(w, r)
        }
    }

    private func peekKeywordWord(_ w: String) -> Bool { w == "AND" || w == "OR" || w.hasPrefix("NEAR") && (w == "NEAR" || w.hasPrefix("NEAR/")) }

    private func phrase(_ body: String, _ r: SourceRange, slop: (text: String, range: SourceRange)?) throws(QueryError) -> QueryNode {
        let terms = tokenizer.tokens(of: body).map(\.term)
        var distance: Int?
        if let slop {
            guard !slop.text.isEmpty, slop.text.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(slop.text), n <= 100_000 else {
                throw QueryError("proximity needs a number of words, not '\(slop.text)'", range: slop.range,
                                 hint: "write \"risk harm\"~5")
            }
            distance = n
        }
        // One word (no space) ending in `*`: the prefix, read as the bare word is ("provider's*": provider AND s*).
        let words = body.split(whereSeparator: \.isWhitespace)
        if words.count == 1, words[0].hasSuffix("*") {
            guard let last = terms.last else { return .empty }
            return QueryParser.and(terms.dropLast().map { .term($0, r) } + [.prefix(last, r)])
        }
        guard let slop, let n = distance else { return QueryParser.phraseNode(terms, r) }
        guard terms.count <= QueryParser.maxNearOperands else {
            throw QueryError("more than \(QueryParser.maxNearOperands) words in a proximity phrase", range: slop.range,
                             hint: "drop the ~\(n) to search for the exact phrase")
        }
        var node: QueryNode = .empty
        for t in terms {
            node = node == .empty ? .term(t, r) : .near(node, .term(t, r), distance: n, r)
        }
        return node
    }

    static func phraseNode(_ terms: [String], _ r: SourceRange) -> QueryNode {
        switch terms.count {
        case 0: return .empty
        case 1: return .term(terms[0], r)
        default: return .phrase(terms, r)
        }
    }

    static func negate(_ node: QueryNode) -> QueryNode {
        if case .not(let inner) = node { return inner }
        return .not(node)
    }

    /// AND of the non-empty parts, flattened; one part is itself; none is `.empty`.
    static func and(_ parts: [QueryNode]) -> QueryNode {
        var flat: [QueryNode] = []
        for p in parts where p != .empty {
            if case .and(let xs) = p { flat += xs } else { flat.append(p) }
        }
        return flat.isEmpty ? .empty : flat.count == 1 ? flat[0] : .and(flat)
    }

    static func or(_ parts: [QueryNode]) -> QueryNode {
        var flat: [QueryNode] = []
        for p in parts where p != .empty {
            if case .or(let xs) = p { flat += xs } else { flat.append(p) }
        }
        return flat.isEmpty ? .empty : flat.count == 1 ? flat[0] : .or(flat)
    }
}
