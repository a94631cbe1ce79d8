// WorkspaceName: the names sets and tags may have — short words that survive a query, a TSV cell and a file name.

public enum WorkspaceName {
    /// A name in its stored form (lower-case), or nil when it is not one: a letter, then letters, digits, `-`
    /// or `_`, at most 40 characters. Such a name needs no quoting in a query (`set:risk-2023`) or a TSV cell.
    public static func normalized(_ text: String) -> String? {
        let t = text.lowercased()
        guard let first = t.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic, t.count <= 40,
              t.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") })
        else { return nil }
        return t
    }

    /// What a valid name looks like, for hints.
    public static let rule = "a letter, then letters, digits, - or _ (at most 40)"
}
