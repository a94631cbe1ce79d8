// ArgumentKind: what an argument or option value is, so parsing can check it and completion offer the right words.

public enum ArgumentKind: Sendable, Equatable {
    case provider        // a provider id, alias or name; `provider@2019` picks an inspection
    case inspection      // an inspection id or a provider (its latest inspection)
    case standard        // a standard name or number
    case standardOr([String]) // a standard, or one of these words (`league by region`)
    case query           // the rest of the line, read by the query language
    case path            // a file or directory
    case command         // a command name
    case setting         // a setting name
    case settingValue    // a value for the setting named before it
    case choice([String]) // one of these words
    case integer
    case year            // a year, 1990 to 2100 (completed from the corpus)
    case text
    case finding         // a finding's citation id

    /// How a value of this kind is written in synopses and help: `crc|nps`, `N`, `YYYY`.
    var placeholder: String {
        switch self {
        case .choice(let values): values.joined(separator: "|")
        case .integer: "N"
        case .year: "YYYY"
        case .provider: "PROVIDER"
        case .inspection: "PROVIDER|ID"
        case .standard: "STANDARD"
        case .standardOr(let words): (["STANDARD"] + words).joined(separator: "|")
        case .path: "FILE"
        case .query: "QUERY"
        case .command: "COMMAND"
        case .setting: "NAME"
        case .settingValue: "VALUE"
        case .finding: "ID"
        case .text: "VALUE"
        }
    }

    /// Whether a word can be a value of this kind without its option's name (`crc` for `type crc`).
    func acceptsBare(_ word: String) -> Bool {
        switch self {
        case .choice(let values): return values.contains(word.lowercased())
        case .year: return Int(word).map { (1990...2100).contains($0) } ?? false
        default: return false
        }
    }
}
