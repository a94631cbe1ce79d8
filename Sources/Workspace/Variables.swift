// Variables: a session's `let` values, a script's arguments ($1 $2 ..., $#, $@) and the built-in $_.

/// Names set with `let NAME = VALUE` or `probe -v NAME=VALUE`, and the positional arguments of the script
/// running (`probe script.probe ARG ...`). Values are plain text, put into a line as they are.
public struct Variables: Sendable, Equatable {
    public private(set) var named: [String: String] = [:]
    /// `$1`, `$2`, ...
    public var positional: [String] = []
    /// `$0`: the script's name as given, or "probe".
    public var scriptName = "probe"

    public init() {}

    /// What `$_` stands for: the last result, as a query field.
    public static let lastResult = "set:_"

    /// Sets a variable; false when the name is not one (`isName`).
    @discardableResult
    public mutating func set(_ name: String, _ value: String) -> Bool {
        guard Variables.isName(name), name != "_" else { return false }
        named[name] = value
        return true
    }

    public mutating func unset(_ name: String) { named[name] = nil }

    /// The value a reference stands for: a name, a digit string (`1`), `#`, `@`, `0` or `_`; nil when unset.
    public func value(of name: String) -> String? {
        switch name {
        case "_": return Variables.lastResult
        case "#": return String(positional.count)
        case "@": return positional.joined(separator: " ")
        case "0": return scriptName
        default:
            if let n = Int(name), n >= 1 { return n <= positional.count ? positional[n - 1] : nil }
            return named[name]
        }
    }

    /// A letter or `_`, then letters, digits or `_` (ASCII), as in shells and psql.
    public static func isName(_ s: String) -> Bool {
        guard let f = s.unicodeScalars.first, f.isASCII, f.properties.isAlphabetic || f == "_" else { return false }
        return s.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }
    }

    /// Names set, sorted, for `let` and for "did you mean".
    public var names: [String] { named.keys.sorted() }
}
