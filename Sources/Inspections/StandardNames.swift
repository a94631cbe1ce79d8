// StandardNames: a framework's standards found by name in a stretch of prose, never inside another name
// ("Through the Gate services" is not the Services standard; "leadership team" is not Leadership).

enum StandardNames {
    /// Synonyms too common in prose to stand for a standard on their own.
    static let tooGeneric: Set<String> = ["people", "review", "lead", "delivery", "information", "facilities", "court",
                                          "victim", "victims", "implementation", "info", "allocation", "resettlement"]
    /// Compound names whose last word is also a standard's name: read as the longer name first.
    static let compounds: [(String, String)] = [
        ("through the gate services", "through the gate"), ("through the gate service", "through the gate"),
        ("through the gate work", "through the gate"), ("through the gate provision", "through the gate"),
        ("through the gate arrangements", "through the gate"), ("unpaid work services", "unpaid work"),
        ("unpaid work scheme", "unpaid work"), ("unpaid work provision", "unpaid work"),
        ("unpaid work arrangements", "unpaid work"), ("court work services", "court work"),
    ]
    /// A word before a name that makes it part of another name ("probation services", "the Gate services").
    static let badBefore: Set<String> = ["gate", "probation", "rehabilitative", "rehabilitation", "interventions",
                                         "intervention", "specialist", "commissioned", "support", "health", "community",
                                         "local", "partnership", "partner", "victim", "victims", "court", "resettlement",
                                         "accommodation", "drug", "alcohol", "employment", "risk", "case", "senior",
                                         "strategic", "middle", "operational", "their", "whose", "good", "strong", "weak"]
    /// A word after a name that makes it a different thing ("leadership team", "assessment tools").
    static let badAfter: Set<String> = ["team", "teams", "manager", "managers", "officer", "officers", "arrangements",
                                        "plan", "plans", "sessions", "placements", "scheme", "schemes", "hours", "users",
                                        "provider", "providers", "system", "systems", "tools", "tool", "budget", "budgets",
                                        "partners", "partnership", "board", "boards", "contract", "contracts", "needs",
                                        "quality", "level", "levels", "meetings", "records", "sickness", "morale",
                                        "shortages", "vacancies", "numbers", "turnover", "caseloads", "of", "to"]

    /// Normalised form of a standard's names in prose, longest first.
    static func forms(_ framework: Framework) -> [(words: [String], standard: Standard)] {
        var out: [(words: [String], standard: Standard)] = []
        for s in framework.standards {
            var names = Set([s.key, s.label.lowercased()])
            for syn in s.synonyms where !tooGeneric.contains(syn) && syn.count >= 4 { names.insert(syn) }
            for n in names { out.append((NameForm.normalize(n).split(separator: " ").map(String.init), s)) }
        }
        return out.sorted { ($0.words.count, $0.words.joined()) > ($1.words.count, $1.words.joined()) }
    }

    /// The standards named in the text, in order, each once.
    static func find(in text: String, framework: Framework) -> [Standard] {
        var normalized = " " + NameForm.normalize(text) + " "
        for (long, short) in compounds { normalized = normalized.replacingOccurrences(of: " \(long) ", with: " \(short) ") }
        var words = normalized.split(separator: " ").map(String.init)
        var found: [(Int, Standard)] = []
        for (formWords, standard) in forms(framework) {
            var i = 0
            while i + formWords.count <= words.count {
                if Array(words[i..<(i + formWords.count)]) == formWords {
                    let before = i > 0 ? words[i - 1] : ""
                    let after = i + formWords.count < words.count ? words[i + formWords.count] : ""
                    if !badBefore.contains(before), !badAfter.contains(after) {
                        found.append((i, standard))
                    }
                    for k in i..<(i + formWords.count) { words[k] = "\u{1}" }   // consumed
                    i += formWords.count
                } else {
                    i += 1
                }
            }
        }
        var seen = Set<String>()
        return found.sorted { $0.0 < $1.0 }.map(\.1).filter { seen.insert($0.key).inserted }
    }

    /// A name of a whole cell: the standard it names exactly (by key, label or synonym), if any.
    static func exact(_ cell: String, framework: Framework) -> Standard? {
        var n = NameForm.normalize(cell)
        for (long, short) in compounds where n == long { n = short }
        for (words, standard) in forms(framework) where words.joined(separator: " ") == n { return standard }
        for s in framework.standards where s.synonyms.contains(where: { NameForm.normalize($0) == n }) { return s }
        return nil
    }
}
