// NameFit: names shortened only to forms their owners supply, the longest that fit, and only while they stay unique.

/// The name rule every table and chart label follows. Each name comes with its forms, longest first (full name,
/// registry short name, abbreviation); rows with the same full form are the same name. At a width, each name
/// shows its longest form that fits; a width is possible only if every name has such a form and no two different
/// names then read the same.
public enum NameFit {
    /// The text each row shows at `width`, or nil when some name has no form that fits or two names would collide.
    public static func assign(_ names: [[String]], width: Int) -> [String]? {
        var shown: [String: String] = [:]   // full form -> the form shown
        var owner: [String: String] = [:]   // form shown -> full form
        var out: [String] = []
        out.reserveCapacity(names.count)
        for forms in names {
            let full = forms.first ?? ""
            if let s = shown[full] { out.append(s); continue }
            guard let pick = forms.first(where: { DisplayWidth.of($0) <= width }) else { return nil }
            if let other = owner[pick], other != full { return nil }
            shown[full] = pick; owner[pick] = full
            out.append(pick)
        }
        return out
    }

    /// Every width at which the shown forms change, narrowest first.
    public static func candidateWidths(_ names: [[String]]) -> [Int] {
        Array(Set(names.flatMap { $0.map { DisplayWidth.of($0) } })).sorted()
    }

    /// The narrowest width at which every name has a unique form; the full forms' width when none is narrower.
    public static func minimumWidth(_ names: [[String]]) -> Int {
        let widths = candidateWidths(names)
        return widths.first { assign(names, width: $0) != nil } ?? widths.last ?? 0
    }

    /// The widest possible width no greater than `limit`, with its forms; the minimum when nothing fits below it.
    public static func fit(_ names: [[String]], within limit: Int) -> (width: Int, shown: [String]) {
        let widths = candidateWidths(names)
        for w in widths.reversed() where w <= limit {
            if let shown = assign(names, width: w) { return (w, shown) }
        }
        let w = minimumWidth(names)
        return (w, assign(names, width: w) ?? names.map { $0.first ?? "" })
    }
}
