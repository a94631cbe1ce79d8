// ProseRatings: ratings stated in sentences ("rated Good for unpaid work", "given an overall rating of
// ‘Inadequate’"), taken only when the sentence rates THIS inspection on THIS standard.

/// What one sentence says about ratings: ratings taken, and why others were not.
struct ProseRatingOutcome {
    enum Target: Equatable { case overall, standard(Standard) }
    var ratings: [(target: Target, reading: RatingReading)] = []
    /// Rating words seen in a rating statement but not taken, each with the reason.
    var rejections: [String] = []
}

enum ProseRatings {
    static let ratingPhrases: [(words: [String], word: String)] = [
        (["requires", "improvement"], "Requires improvement"), (["requiring", "improvement"], "requiring improvement"),
        (["require", "improvement"], "require improvement"), (["needs", "improvement"], "needs improvement"),
        (["outstanding"], "Outstanding"), (["good"], "Good"), (["inadequate"], "Inadequate"), (["poor"], "poor"),
        (["excellent"], "excellent"),
    ]
    static let phraseTexts = ratingPhrases.map { $0.words.joined(separator: " ") }
    static let triggers: Set<String> = ["rated", "rating", "ratings", "graded", "grade", "judged", "upgraded",
                                        "downgraded", "rate", "rates", "rerated", "re-rated"]
    static let allowedBefore: Set<String> = ["rated", "as", "of", "overall", "both", "all", "and", "is", "was", "were",
                                             "be", "been", "to", "graded", "judged", "rating", "grade", "upgraded",
                                             "downgraded", "a", "an", "rates", "rate", "again", "also"]
    static let allowedAfter: Set<String> = ["overall", "for", "and", "in", "across", "on", "at", "this", "again", "while",
                                            "but", "with", "by", "the", "its", "against", "as", "after", "following", "when"]
    /// Words between a rating verb and a rating word that make it a description ("rated very good").
    static let modifiers: Set<String> = ["having", "very", "quite", "fairly", "reasonably", "so", "too", "not", "as", "less", "more"]
    static let previousMarkers: Set<String> = ["previous", "previously", "last", "earlier", "prior", "before", "formerly",
                                               "former", "then", "remained", "retained", "same", "still", "first"]
    static let hypotheticalPhrases = ["would be rated", "could be rated", "might be rated", "will be rated",
                                      "should be rated", "to be rated", "would have been", "could have been",
                                      "no provider", "none of", "if it", "if the", "if a", "unless", "aims to", "aim to",
                                      "ambition", "hopes to", "hope to", "expects to", "expect to", "needs to be rated",
                                      "in order to", "want to", "wants to", "would need", "can be rated", "may be rated"]
    static let negations: Set<String> = ["not", "never", "nor", "neither", "isn't", "wasn't", "weren't", "aren't",
                                         "isn’t", "wasn’t", "weren’t", "aren’t", "instead", "rather", "without"]
    static let othersMarkers: Set<String> = ["providers", "crcs", "pdus", "divisions", "companies", "units", "regions",
                                             "other", "others", "another", "elsewhere", "nationally", "national", "average",
                                             "counterparts", "neighbouring", "sister", "most", "many", "several", "none",
                                             "every", "each", "eight", "nine", "seven", "six", "five", "four", "three",
                                             "two", "ten", "eleven", "twelve", "half", "majority", "minority", "areas",
                                             "inspectorates"]
    static let groupMarkers: Set<String> = ["standards", "standard", "domains", "domain", "aspects", "areas"]
    static let subjectWords: Set<String> = ["it", "its", "crc", "pdu", "company", "division", "unit", "service",
                                            "region", "organisation", "provider", "inspection", "report", "delivery", "this"]
    /// Words that start a new clause: what follows them has its own subject.
    static let clauseBreakWords: Set<String> = ["but", "whereas", "while", "which", "although", "though", "from",
                                                "compared", "with", "whose", "where"]

    struct Token { var text: String; var isBreak: Bool }

    /// `subjectNameWords` are the words of the subject's own names, which never count as markers
    /// ("National Probation Service North West division" is not "national").
    static func read(_ sentence: String, framework: Framework, subjectNameWords: Set<String> = [],
                     namesOtherProvider: (String) -> Bool, namesSubject: (String) -> Bool) -> ProseRatingOutcome {
        var outcome = ProseRatingOutcome()
        let lower = sentence.lowercased()
        guard phraseTexts.contains(where: { FastText.has(lower, $0) }) else { return outcome }
        guard FastText.hasAny(lower, ["rat", "grad", "judg", "require improvement"]) else { return outcome }
        if FastText.has(lower, "respectively") {
            outcome.rejections.append("it rates several things in turn ('respectively')"); return outcome
        }
        if let h = hypotheticalPhrases.first(where: { FastText.has(lower, $0) }) {
            outcome.rejections.append("it is a general or hypothetical remark ('\(h)')"); return outcome
        }
        for clause in clauses(sentence) {
            read(clause: clause, framework: framework, subjectNameWords: subjectNameWords,
                 namesOtherProvider: namesOtherProvider, namesSubject: namesSubject, into: &outcome)
        }
        return outcome
    }

    /// The sentence cut at semicolons, dashes, brackets and words that start a clause with its own subject.
    static func clauses(_ sentence: String) -> [[String]] {
        var out: [[String]] = [[]]
        var word = ""
        func flush() { if !word.isEmpty { out[out.count - 1].append(word.lowercased()); word = "" } }
        for c in sentence {
            if c.isLetter || c.isNumber || ((c == "'" || c == "’" || c == "-") && !word.isEmpty) {
                word.append(c == "’" ? "'" : c)
            } else {
                flush()
                if ";–—()".contains(c) { out.append([]) }
                else if c == "," || c == ":" { out[out.count - 1].append(",") }
            }
        }
        flush()
        var result: [[String]] = []
        for clause in out {
            var current: [String] = []
            for (i, w) in clause.enumerated() {
                if clauseBreakWords.contains(w), i > 0, !current.isEmpty {
                    result.append(current); current = []
                }
                current.append(w)
            }
            result.append(current)
        }
        return result.map { $0.map { $0.hasSuffix("'") ? String($0.dropLast()) : $0 } }.filter { !$0.isEmpty }
    }

    private static func read(clause: [String], framework: Framework, subjectNameWords: Set<String>,
                             namesOtherProvider: (String) -> Bool, namesSubject: (String) -> Bool,
                             into outcome: inout ProseRatingOutcome) {
        // Rating words that follow a rating verb in this clause.
        var found: [(start: Int, end: Int, word: String)] = []
        var i = 0
        while i < clause.count {
            guard let phrase = ratingPhrases.first(where: { p in
                i + p.words.count <= clause.count && Array(clause[i..<(i + p.words.count)]) == p.words
            }) else { i += 1; continue }
            let end = i + phrase.words.count
            found.append((i, end, phrase.word))
            i = end
        }
        guard !found.isEmpty else { return }
        let text = clause.filter { $0 != "," }.joined(separator: " ")
        for (k, hit) in found.enumerated() {
            let before = hit.start > 0 ? clause[hit.start - 1] : ""
            let after = hit.end < clause.count ? clause[hit.end] : ","
            let continues = before == "to" && hit.start >= 2 && ["continues", "continue", "continued"].contains(clause[hit.start - 2])
            let triggerAt = clause[..<hit.start].lastIndex { triggers.contains($0) }
            guard continues || (triggerAt.map { hit.start - $0 <= 14 } ?? false) else { continue }
            let nearTrigger = triggerAt.map { hit.start - $0 <= 3 } ?? false
            guard allowedBefore.contains(before) || continues || (nearTrigger && !modifiers.contains(before)) else { continue }
            guard after == "," || allowedAfter.contains(after) else { continue }
            // "rated poor by the prisons" is someone else's view, not the inspectorate's rating.
            if after == "by", !clause[(hit.end + 1)...].prefix(3).contains(where: { $0.hasPrefix("inspector") || $0 == "hmi" || $0 == "hm" }) {
                outcome.rejections.append("'\(hit.word)' is a judgement by someone other than the inspectors"); continue
            }
            let quoted = "'\(hit.word)'"
            let fullHead = Array(clause[..<hit.start])
            let head = fullHead.filter { !subjectNameWords.contains($0) }
            if let n = head.first(where: { negations.contains($0) }) {
                outcome.rejections.append("\(quoted) is negated ('\(n)')"); continue
            }
            // Markers of an earlier inspection before the word, or after it up to the next comma
            // ("rated Good last year"), but not in a later aside ("..., the first CRC to ...").
            let tail = clause[hit.end...].prefix { $0 != "," }
            if let p = (head + tail).first(where: { previousMarkers.contains($0) }) {
                outcome.rejections.append("\(quoted) is about an earlier inspection ('\(p)')"); continue
            }
            if let o = head.first(where: { othersMarkers.contains($0) }) {
                outcome.rejections.append("\(quoted) rates other providers or a group ('\(o)')"); continue
            }
            if namesOtherProvider(text) {
                outcome.rejections.append("\(quoted) is in a clause naming another provider"); continue
            }
            // "an overall rating of X", "rated X overall": the overall rating, whatever else the clause names.
            if after == "overall" || triggerAt.map({ $0 > 0 && clause[$0 - 1] == "overall" }) == true {
                outcome.ratings.append((.overall, Rating.read(hit.word)!)); continue
            }
            // What is rated: "for ..." after the word, else the words before it (from the last rating word).
            var forSpan: [String] = []
            if after == "for" {
                let stop = k + 1 < found.count ? found[k + 1].start : clause.count
                forSpan = Array(clause[(hit.end + 1)..<stop])
                if let last = forSpan.last, last == "and" { forSpan.removeLast() }
            }
            let from = k > 0 ? found[k - 1].end : 0
            let beforeSpan = Array(clause[from..<hit.start])
            let span = forSpan.isEmpty ? beforeSpan : forSpan
            let spanText = span.filter { $0 != "," }.joined(separator: " ")
            if let g = span.first(where: { groupMarkers.contains($0) }) {
                outcome.rejections.append("\(quoted) rates a group of standards ('\(g)'), not one named standard"); continue
            }
            let standards = StandardNames.find(in: spanText, framework: framework)
            // Two rating words hanging on one verb with nothing to tell them apart.
            let siblings = found.filter { $0.start != hit.start && clause[..<$0.start].lastIndex { triggers.contains($0) } == triggerAt }
            if !siblings.isEmpty, forSpan.isEmpty, standards.isEmpty, after != "for" {
                outcome.rejections.append("\(quoted) is one of several ratings in one clause"); continue
            }
            let reading = Rating.read(hit.word)!
            if !standards.isEmpty {
                for s in standards { outcome.ratings.append((.standard(s), reading)) }
                continue
            }
            if forSpan.isEmpty, (clause.contains("overall") || continues
                                 || fullHead.contains(where: { subjectWords.contains($0) }) || namesSubject(text)) {
                outcome.ratings.append((.overall, reading))
                continue
            }
            outcome.rejections.append("\(quoted): the sentence does not say what was rated")
        }
    }
}
