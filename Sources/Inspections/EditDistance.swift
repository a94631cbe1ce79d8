// EditDistance: bounded Levenshtein distance and "did you mean" suggestions, shared across the project.

public enum EditDistance {
    /// Edit distance (Levenshtein, with a swap of neighbours as one edit) between the lower-cased forms of `a` and `b`, counted in Unicode scalars.
    /// Returns `bound + 1` as soon as the distance is known to exceed `bound`, so comparing a typo
    /// against hundreds of candidates stays cheap.
    public static func distance(_ a: String, _ b: String, bound: Int = .max) -> Int {
        let x = Array(a.lowercased().unicodeScalars), y = Array(b.lowercased().unicodeScalars)
        if x == y { return 0 }
        let limit = bound == .max ? .max : bound + 1
        // Lengths alone can prove the distance is over the bound.
        if abs(x.count - y.count) > bound { return limit }
        if x.isEmpty { return min(y.count, limit) }
        if y.isEmpty { return min(x.count, limit) }
        // Optimal string alignment: a swap of two neighbouring letters ("hnly" for "hlny") costs one edit,
        // as typists make it, not two.
        var beforePrevious = [Int](repeating: 0, count: y.count + 1)
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...y.count {
                let substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > bound { return limit }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return min(previous[y.count], limit)
    }

    /// The candidates closest to `text`, nearest first (ties in the candidates' order), at most `max` of them.
    /// A candidate qualifies within `maxDistance` edits; by default that scales with the length of the
    /// text (1 edit for up to 4 characters, 2 up to 8, then 3), so short words do not suggest everything.
    public static func suggestions(for text: String, among candidates: [String], max: Int = 3,
                                   maxDistance: Int? = nil) -> [String] {
        let length = text.unicodeScalars.count
        let allowed = maxDistance ?? (length <= 4 ? 1 : length <= 8 ? 2 : 3)
        var scored: [(distance: Int, order: Int, candidate: String)] = []
        var seen = Set<String>()
        for (order, candidate) in candidates.enumerated() where seen.insert(candidate.lowercased()).inserted {
            let d = distance(text, candidate, bound: allowed)
            if d <= allowed { scored.append((d, order, candidate)) }
        }
        scored.sort { ($0.distance, $0.order) < ($1.distance, $1.order) }
        return scored.prefix(Swift.max(0, max)).map(\.candidate)
    }

    /// "did you mean 'a'?" or "did you mean 'a' or 'b'?"; nil without suggestions.
    public static func didYouMean(_ suggestions: [String]) -> String? {
        guard !suggestions.isEmpty else { return nil }
        let quoted = suggestions.map { "'\($0)'" }
        let list = quoted.count == 1 ? quoted[0]
            : quoted.dropLast().joined(separator: ", ") + " or " + quoted[quoted.count - 1]
        return "did you mean \(list)?"
    }
}
