// VariableExpansion: $NAME, ${NAME}, ${NAME:-DEFAULT}, $1..$9, $#, $@, $_ replaced in a line before it runs.
import Inspections

/// Expands variable references in a command line, as a POSIX shell would inside and outside double quotes:
/// nothing is expanded inside single quotes; `\$` is a literal dollar; a `$` not followed by a name, a digit,
/// `{`, `#` or `@` stays as it is ("£5", "$ 5"). `${NAME:-DEFAULT}` gives DEFAULT (itself expanded) when NAME
/// is unset or empty. A reference to an unset variable is an error pointing at it.
public enum VariableExpansion {
    public struct Failure: Error, Sendable, Equatable {
        public var message: String
        public var hint: String
        /// Bytes of the line the error points at.
        public var range: Range<Int>
    }

    public static func expand(_ line: String, _ variables: Variables) throws(Failure) -> String {
        let bytes = Array(line.utf8)
        guard bytes.contains(UInt8(ascii: "$")) else { return line }
        return String(decoding: try expand(bytes, 0..<bytes.count, variables, quoteAware: true), as: UTF8.self)
    }

    static let dollar = UInt8(ascii: "$"), backslash = UInt8(ascii: "\\"), single = UInt8(ascii: "'"), double = UInt8(ascii: "\"")

    static func expand(_ b: [UInt8], _ range: Range<Int>, _ vars: Variables, quoteAware: Bool) throws(Failure) -> [UInt8] {
        var out: [UInt8] = []
        var i = range.lowerBound
        var inSingle = false, inDouble = false
        while i < range.upperBound {
            let c = b[i]
            if c == backslash, !inSingle, i + 1 < range.upperBound {
                // `\$` is a dollar; other escapes are left for the word splitter.
                if b[i + 1] == dollar { out.append(dollar) } else { out += [c, b[i + 1]] }
                i += 2
                continue
            }
            if quoteAware, c == single, !inDouble { inSingle.toggle() }
            if quoteAware, c == double, !inSingle { inDouble.toggle() }
            guard c == dollar, !inSingle, i + 1 < range.upperBound else { out.append(c); i += 1; continue }
            let next = b[i + 1]
            if next == UInt8(ascii: "{") {
                guard let close = closingBrace(b, from: i + 2, end: range.upperBound) else {
                    throw Failure(message: "'${' is not closed", hint: "write ${NAME}, or \\$ for a dollar sign", range: i..<range.upperBound)
                }
                out += try braced(b, i, (i + 2)..<close, vars)
                i = close + 1
            } else if isNameStart(next) {
                var j = i + 2
                while j < range.upperBound, isNameByte(b[j]) { j += 1 }
                out += try lookup(String(decoding: b[(i + 1)..<j], as: UTF8.self), at: i..<j, vars)
                i = j
            } else if isDigit(next) || next == UInt8(ascii: "#") || next == UInt8(ascii: "@") {
                out += try lookup(String(UnicodeScalar(next)), at: i..<(i + 2), vars)
                i += 2
            } else {
                out.append(c); i += 1
            }
        }
        return out
    }

    /// `${NAME}` or `${NAME:-DEFAULT}`, the braces' contents being `inner`.
    static func braced(_ b: [UInt8], _ start: Int, _ inner: Range<Int>, _ vars: Variables) throws(Failure) -> [UInt8] {
        var nameEnd = inner.lowerBound
        while nameEnd < inner.upperBound, b[nameEnd] != UInt8(ascii: ":") { nameEnd += 1 }
        let name = String(decoding: b[inner.lowerBound..<nameEnd], as: UTF8.self)
        let whole = start..<(inner.upperBound + 1)
        guard Variables.isName(name) || (Int(name).map { $0 >= 0 } ?? false) || name == "#" || name == "@" else {
            throw Failure(message: "'\(name)' is not a variable name", hint: "names start with a letter or _ (e.g. ${provider}); ${1} is the first argument",
                          range: whole)
        }
        if nameEnd == inner.upperBound { return try lookup(name, at: whole, vars) }
        guard nameEnd + 1 < inner.upperBound, b[nameEnd + 1] == UInt8(ascii: "-") else {
            throw Failure(message: "'${\(name):' needs '-' and a default", hint: "write ${\(name):-DEFAULT}", range: whole)
        }
        if let value = vars.value(of: name), !value.isEmpty { return Array(value.utf8) }
        return try expand(b, (nameEnd + 2)..<inner.upperBound, vars, quoteAware: false)
    }

    static func lookup(_ name: String, at range: Range<Int>, _ vars: Variables) throws(Failure) -> [UInt8] {
        if let value = vars.value(of: name) { return Array(value.utf8) }
        if let n = Int(name) {
            let given = vars.positional.count
            throw Failure(message: "no argument $\(n): \(given == 0 ? "none was" : "only \(given) \(given == 1 ? "was" : "were")") given",
                          hint: "give arguments after the script, e.g. probe \(vars.scriptName == "probe" ? "SCRIPT" : vars.scriptName) ARG; "
                            + "${\(n):-DEFAULT} gives a default", range: range)
        }
        let near = EditDistance.didYouMean(EditDistance.suggestions(for: name, among: vars.names))
        throw Failure(message: "unset variable '\(name)'",
                      hint: (near.map { $0 + " " } ?? "") + "set it with let \(name) = VALUE, or probe -v \(name)=VALUE; \\$ writes a dollar sign",
                      range: range)
    }

    /// The `}` closing a `${` whose contents start at `from`, counting nested `${...}`.
    static func closingBrace(_ b: [UInt8], from: Int, end: Int) -> Int? {
        var depth = 1, i = from
        while i < end {
            if b[i] == dollar, i + 1 < end, b[i + 1] == UInt8(ascii: "{") { depth += 1; i += 2; continue }
            if b[i] == UInt8(ascii: "}") { depth -= 1; if depth == 0 { return i } }
            i += 1
        }
        return nil
    }

    static func isNameStart(_ c: UInt8) -> Bool { (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c == UInt8(ascii: "_") }
    static func isNameByte(_ c: UInt8) -> Bool { isNameStart(c) || isDigit(c) }
    static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
}
