// RatingTable: front-matter rating keys (names or numbers) resolved to the standards of the report's framework.

enum RatingTable {
    /// Every name, number, abbreviation and synonym of the built-in frameworks' standards, exactly as
    /// `Framework.standard(named:)` matches them, so the per-key lookup is one hash probe.
    private static let lookups: [String: [String: Standard]] = {
        var tables: [String: [String: Standard]] = [:]
        for framework in Framework.all {
            var table: [String: Standard] = [:]
            for s in framework.standards.reversed() {      // the first standard wins, as in standard(named:)
                for form in [s.key, s.label.lowercased(), s.abbreviation.lowercased()] + s.synonyms + (s.number.map { [$0] } ?? []) {
                    table[form] = s
                }
            }
            tables[framework.id] = table
        }
        return tables
    }()

    static func standard(_ key: String, in framework: Framework) -> Standard? {
        if let table = lookups[framework.id] {
            return table[key] ?? table[key.lowercased().trimmingSpaces()]
        }
        return framework.standard(named: key)
    }

    /// Chooses the framework and resolves each `standard: rating` entry.
    ///
    /// Keys are read by the framework: its names, synonyms and the numbers it prints. When every key is a
    /// number and some number is not one the framework prints, and the write-up did not name its framework,
    /// the report is read under `Framework.numbered` (1.1-1.4, 2.1-2.4, 3.1, 3.2): synthetic and exported
    /// corpora key ratings that way whatever the type. Anything else unknown is a warning with suggestions.
    static func resolve(_ entries: [(key: Located<String>, value: Located<String>)], framework: Framework,
                        explicitFramework: Bool, diagnostics: inout [LoadDiagnostic]) -> (Framework, [StandardRating]) {
        var framework = framework
        let allNumeric = !entries.isEmpty && entries.allSatisfy { isNumber($0.key.value) }
        if allNumeric, !explicitFramework, entries.contains(where: { standard($0.key.value, in: framework) == nil }) {
            framework = .numbered
        }
        var byKey: [String: (StandardRating, SourceLocation)] = [:]
        for (key, value) in entries {
            guard let standard = standard(key.value, in: framework) else {
                let names = framework.standards.map(\.key)
                let numbers = framework.standards.compactMap(\.number)
                let candidates = isNumber(key.value) ? numbers : names + framework.standards.flatMap(\.synonyms)
                var hint = EditDistance.didYouMean(EditDistance.suggestions(for: key.value, among: candidates)) ?? ""
                hint += (hint.isEmpty ? "" : " ") + "\(framework.id) standards: " + names.joined(separator: ", ")
                diagnostics.append(LoadDiagnostic(.warning, key.location,
                                                  "unknown standard '\(key.value)' in framework \(framework.id); its rating is ignored",
                                                  hint: hint))
                continue
            }
            guard let reading = Rating.read(value.value) else {
                diagnostics.append(LoadDiagnostic(.warning, value.location,
                                                  "unknown rating '\(value.value)' for '\(standard.key)'; it is left unknown",
                                                  hint: "use \(FrontMatterFields.ratingWords)"))
                continue
            }
            if let note = reading.note { diagnostics.append(LoadDiagnostic(.note, value.location, note)) }
            if let (earlier, at) = byKey[standard.key] {
                if earlier.rating != reading.rating {
                    diagnostics.append(LoadDiagnostic(.warning, key.location,
                                                      "'\(standard.key)' is rated twice: \(earlier.rating.label) at line \(at.line), \(reading.rating.label) here; the first is kept"))
                }
                continue
            }
            byKey[standard.key] = (StandardRating(standard: standard, rating: reading.rating, note: reading.note), key.location)
        }
        let ordered = framework.standards.compactMap { byKey[$0.key]?.0 }
        return (framework, ordered)
    }

    /// "1", "4.1", "3.2.1": digits separated by single dots.
    static func isNumber(_ s: String) -> Bool {
        guard let f = s.utf8.first, let l = s.utf8.last, f != UInt8(ascii: "."), l != UInt8(ascii: ".") else { return false }
        var previousDot = false
        for b in s.utf8 {
            if b == UInt8(ascii: ".") {
                if previousDot { return false }
                previousDot = true
            } else if b >= 0x30 && b <= 0x39 {
                previousDot = false
            } else {
                return false
            }
        }
        return true
    }
}
