// PlainTextInference: a write-up without front matter (a press release or blog post saved as text) read for the facts its prose states.

/// What the prose of a plain-text write-up states, each with the sentence it came from.
public struct PlainTextFacts: Sendable {
    public var provider: Provider?
    public var type: ProviderType?
    public var published: PartialDate?
    public var overall: RatingReading?
    public var ratings: [StandardRating] = []
    public var framework: Framework?
    public var chiefInspector: String?
    public var supervised: String?
    /// Every inferred field with its sentence, in front-matter key order.
    public var inferred: [InferredField] = []
}

public enum PlainTextInference {
    /// Reads the facts a plain-text write-up states. With a registry, the provider is the one whose name,
    /// short name or alias (incl. run-together forms such as "HLNYCRC") the text mentions first; without
    /// one, the first "<Capitalised words> CRC|PDU|Community Rehabilitation Company|Probation Delivery Unit".
    public static func infer(_ text: String, registry: ProviderRegistry?) -> PlainTextFacts {
        var facts = PlainTextFacts()
        let sentences = Sentences.split(text)
        var inferred: [String: InferredField] = [:]
        func record(_ field: String, _ value: String, _ sentence: String) {
            if inferred[field] == nil { inferred[field] = InferredField(field: field, value: value, sentence: sentence) }
        }

        // Provider and type.
        if let (provider, sentence) = findProvider(sentences, registry: registry) {
            facts.provider = provider
            facts.type = provider.type
            record("provider", provider.id, sentence)
        } else if let (type, sentence) = findType(sentences) {
            facts.type = type
            record("type", type.rawValue, sentence)
        }

        // Publication date: a date in a sentence about publishing first, else the first date at all.
        if let (date, sentence) = findDate(sentences) {
            facts.published = date
            record("published", date.description, sentence)
        }

        // Ratings: the framework follows from the type and year, as for front matter.
        let framework = Framework.defaultFor(type: facts.type ?? .pdu, year: facts.published?.year)
        facts.framework = framework
        let (overall, standards) = findRatings(sentences, framework: framework)
        if let (reading, sentence) = overall {
            facts.overall = reading
            record("overall", reading.rating.label, sentence)
        }
        for (standard, reading, sentence) in standards {
            facts.ratings.append(StandardRating(standard: standard, rating: reading.rating, note: reading.note))
            record(standard.key, reading.rating.label, sentence)
        }
        facts.ratings.sort { a, b in
            (framework.standards.firstIndex(of: a.standard) ?? 0) < (framework.standards.firstIndex(of: b.standard) ?? 0)
        }

        if let (name, sentence) = findChiefInspector(sentences) {
            facts.chiefInspector = name
            record("chief_inspector", name, sentence)
        }
        if let (count, sentence) = findSupervised(sentences) {
            facts.supervised = count
            record("supervised", count, sentence)
        }
        let order = FrontMatterFields.keys + framework.standards.map(\.key)
        facts.inferred = inferred.values.sorted {
            (order.firstIndex(of: $0.field) ?? order.count, $0.field) < (order.firstIndex(of: $1.field) ?? order.count, $1.field)
        }
        return facts
    }

    /// Builds a report from a plain-text write-up: id from the file name, title from the first `# ` heading
    /// or the first line, findings from its paragraphs and bullets (all in "Summary" unless it has `##`).
    static func report(path: String, text: String, registry: ProviderRegistry?,
                       diagnostics: inout [LoadDiagnostic]) -> InspectionReport {
        let id = ReportBuilder.fileStem(path)
        var facts = infer(text, registry: registry)
        let top = SourceLocation(file: path, line: 1, column: 1)
        let provider: Provider
        if let p = facts.provider {
            provider = p
        } else {
            provider = Provider(id: "unknown", name: "Unknown provider", type: facts.type ?? .pdu)
            diagnostics.append(LoadDiagnostic(.warning, top, "no front matter, and no provider could be inferred from the text",
                hint: "add front matter with 'id', 'provider' and 'type' between '---' lines"))
        }
        var copy = text
        let body = copy.withUTF8 { MarkdownBody.parse($0, from: 0, firstLine: 1, reportID: id) }
        var title = body.title ?? ""
        if title.isEmpty, let first = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            .first(where: { !$0.allSatisfy(\.isWhitespace) }) {
            let line = String(first).trimmingSpaces()
            title = line.count <= 200 ? line : String(line.prefix(200)) + "…"
            facts.inferred.insert(InferredField(field: "title", value: title, sentence: line), at: 0)
        }
        let fields = facts.inferred.map(\.field).joined(separator: ", ")
        diagnostics.append(LoadDiagnostic(.note, top,
            "no front matter: read as plain text" + (fields.isEmpty ? "" : "; inferred \(fields)")))
        let owner = provider.owners.count == 1 ? provider.owners[0] : nil
        return InspectionReport(
            id: id, provider: provider, type: facts.type ?? provider.type,
            framework: facts.framework ?? Framework.defaultFor(type: provider.type, year: facts.published?.year),
            owner: owner, ownerGroup: owner.map { registry?.ownerGroup(for: $0) ?? $0 }, region: provider.region,
            published: facts.published, chiefInspector: facts.chiefInspector, supervised: facts.supervised,
            overall: facts.overall?.rating, overallNote: facts.overall?.note, ratings: facts.ratings,
            title: title, sections: body.sections, findings: body.findings, inferred: facts.inferred,
            path: path, text: text)
    }

    // MARK: - Provider

    private static func findProvider(_ sentences: [String], registry: ProviderRegistry?) -> (Provider, String)? {
        if let registry, !registry.isEmpty {
            // Every name form of every provider, longest first so "West Yorkshire CRC" beats "Yorkshire".
            var forms: [(form: String, provider: Provider)] = []
            for p in registry.providers {
                for name in Set([p.name, p.shortName] + p.aliases) {
                    let n = NameForm.normalize(name)
                    if n.count >= 3 { forms.append((n, p)) }
                }
            }
            forms.sort { $0.form.count > $1.form.count }
            for sentence in sentences {
                let padded = " \(NameForm.normalize(sentence)) "
                if let hit = forms.first(where: { padded.contains(" \($0.form) ") }) { return (hit.provider, sentence) }
            }
            return nil
        }
        guard let regex = try? Regex(#"((?:[A-Z][A-Za-z'’\-]+,?\s+(?:(?:and|&)\s+)?){1,6})(Community Rehabilitation Company|CRC|Probation Delivery Unit|PDU)\b"#)
        else { return nil }
        for sentence in sentences {
            guard let m = sentence.firstMatch(of: regex), let words = m.output[1].substring,
                  let kind = m.output[2].substring else { continue }
            var name = String(words).trimmingSpaces()
            for lead in ["The ", "Today ", "Inspectors ", "HM Inspectorate of Probation "] where name.hasPrefix(lead) {
                name = String(name.dropFirst(lead.count))
            }
            guard !name.isEmpty else { continue }
            let full = name + " " + kind
            let type = ReportBuilder.inferType(fromName: full) ?? .pdu
            return (ProviderRegistry.adHoc(name: full, type: type), sentence)
        }
        return nil
    }

    private static func findType(_ sentences: [String]) -> (ProviderType, String)? {
        for sentence in sentences {
            if let t = ReportBuilder.inferType(fromName: sentence) { return (t, sentence) }
            if sentence.lowercased().contains("delivery unit") { return (.pdu, sentence) }
        }
        return nil
    }

    // MARK: - Dates

    private static let months = "January|February|March|April|May|June|July|August|September|October|November|December"

    private static func findDate(_ sentences: [String]) -> (PartialDate, String)? {
        guard let full = try? Regex("\\b([0-9]{1,2})(?:st|nd|rd|th)? (\(months)),? ([0-9]{4})\\b"),
              let monthYear = try? Regex("\\b(\(months)),? ([0-9]{4})\\b") else { return nil }
        func date(in sentence: String) -> PartialDate? {
            if let m = sentence.firstMatch(of: full), let d = m.output[1].substring.flatMap({ Int($0) }),
               let month = m.output[2].substring.flatMap({ monthNumber($0) }),
               let y = m.output[3].substring.flatMap({ Int($0) }),
               let date = PartialDate(parsing: "\(y)-\(pad(month, 2))-\(pad(d, 2))") {
                return date
            }
            if let m = sentence.firstMatch(of: monthYear),
               let month = m.output[1].substring.flatMap({ monthNumber($0) }),
               let y = m.output[2].substring.flatMap({ Int($0) }),
               let date = PartialDate(parsing: "\(y)-\(pad(month, 2))") {
                return date
            }
            return nil
        }
        for sentence in sentences where sentence.lowercased().contains("publish") {
            if let d = date(in: sentence) { return (d, sentence) }
        }
        for sentence in sentences {
            if let d = date(in: sentence) { return (d, sentence) }
        }
        return nil
    }

    private static func monthNumber(_ name: Substring) -> Int? {
        PartialDate.monthNames.firstIndex(of: String(name)).map { $0 + 1 }
    }

    // MARK: - Ratings

    private static let ratingWords = "outstanding|good|requires improvement|requiring improvement|require improvement|needs improvement|inadequate|poor|excellent"

    /// Overall and standard ratings stated as "... rated (as) WORD", "an overall rating of WORD",
    /// "rated WORD overall". A "rated" phrase applies to the standards named since the previous one in the
    /// same sentence ("unpaid work and Through the Gate were both rated Good"); with no standard named it
    /// is the overall rating, preferred when the sentence says "overall".
    private static func findRatings(_ sentences: [String], framework: Framework)
        -> (overall: (RatingReading, String)?, standards: [(Standard, RatingReading, String)]) {
        guard let ratedRegex = try? Regex("\\b(?:rated|judged|graded|assessed)\\b(?:[^.;:!?]{0,80}?\\b(?:as|at)\\b)?\\s*['\"“‘]?(\(ratingWords))\\b").ignoresCase(),
              let overallRegex = try? Regex("\\boverall (?:rating|grade|judgement) (?:of|was|is|:)\\s*(?:an? )?['\"“‘]?(\(ratingWords))\\b").ignoresCase()
        else { return (nil, []) }
        let standardForms = framework.standards.map { s -> (Standard, [String]) in
            let generic: Set<String> = ["people", "review", "lead", "delivery", "information", "facilities", "court",
                                        "victim", "victims", "resettlement", "implementation", "info", "staff", "staffing"]
            let forms = ([s.key, s.label.lowercased()] + s.synonyms.filter { !generic.contains($0) && $0.count >= 3 })
            return (s, Array(Set(forms.map { NameForm.normalize($0) })))
        }
        var strongOverall: (RatingReading, String)?
        var weakOverall: (RatingReading, String)?
        var standards: [(Standard, RatingReading, String)] = []
        var seen = Set<String>()
        for sentence in sentences {
            if strongOverall == nil, let m = sentence.firstMatch(of: overallRegex),
               let word = m.output[1].substring, let reading = Rating.read(String(word)) {
                strongOverall = (reading, sentence)
            }
            var previousEnd = sentence.startIndex
            for m in sentence.matches(of: ratedRegex) {
                guard let wordRange = m.output[1].range, let reading = Rating.read(String(sentence[wordRange])) else { continue }
                let segment = String(sentence[previousEnd..<wordRange.lowerBound])
                previousEnd = wordRange.upperBound
                let after = sentence[wordRange.upperBound...].drop { $0 == " " || $0 == "'" || $0 == "\"" || $0 == "”" || $0 == "’" }
                let padded = " \(NameForm.normalize(segment)) "
                let named = standardForms.filter { _, forms in forms.contains { padded.contains(" \($0) ") } }.map(\.0)
                if named.isEmpty || after.lowercased().hasPrefix("overall") {
                    if after.lowercased().hasPrefix("overall") || segment.lowercased().contains("overall") {
                        if strongOverall == nil { strongOverall = (reading, sentence) }
                    } else if weakOverall == nil {
                        weakOverall = (reading, sentence)
                    }
                    continue
                }
                for standard in named where seen.insert(standard.key).inserted {
                    standards.append((standard, reading, sentence))
                }
            }
        }
        return (strongOverall ?? weakOverall, standards)
    }

    // MARK: - People and counts

    private static let knownChiefInspectors = ["Dame Glenys Stacey", "Glenys Stacey", "Justin Russell", "Martin Jones", "Sue McAllister"]

    private static func findChiefInspector(_ sentences: [String]) -> (String, String)? {
        let name = #"((?:(?:Dame|Sir|Dr|Mr|Mrs|Ms|Professor)\s+)?[A-Z][a-z'’\-]+(?:\s+[A-Z][A-Za-z'’\-]+){1,2})"#
        guard let after = try? Regex(#"Chief Inspector of Probation,?\s+"# + name),
              let before = try? Regex(name + #",?\s+(?:HM\s+|Her Majesty's\s+|His Majesty's\s+|the\s+)?Chief Inspector of Probation"#)
        else { return nil }
        for sentence in sentences {
            if let m = sentence.firstMatch(of: after), let n = m.output[1].substring { return (String(n), sentence) }
            if let m = sentence.firstMatch(of: before), let n = m.output[1].substring {
                let words = n.split(separator: " ")
                // "Inspectors said Justin Russell, Chief Inspector..." keeps only the last name-like words.
                return (words.suffix(words.first.map { ["Dame", "Sir"].contains(String($0)) } == true ? 3 : 2).joined(separator: " "), sentence)
            }
        }
        for sentence in sentences {
            for known in knownChiefInspectors where sentence.contains(known) { return (known, sentence) }
        }
        return nil
    }

    private static func findSupervised(_ sentences: [String]) -> (String, String)? {
        guard let regex = try? Regex(#"\b(?:supervis(?:es|ed|ing)|manag(?:es|ed|ing)|responsible for|works? with)\s+(?:(more than|over|around|about|almost|nearly|approximately|some|roughly|just over|just under|fewer than|less than|up to)\s+)?([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)\s+(?:people|individuals|offenders|service users|cases|men and women|adults)"#).ignoresCase()
        else { return nil }
        for sentence in sentences {
            if let m = sentence.firstMatch(of: regex), let count = m.output[2].substring {
                let qualifier = m.output[1].substring.map { "\($0.lowercased()) " } ?? ""
                return (qualifier + count, sentence)
            }
        }
        return nil
    }
}

/// Splits prose into sentences, each with its whitespace collapsed: at `.`, `!` or `?` followed by a space
/// and a capital letter, digit or quote; at blank lines; and at Markdown headings and bullets.
enum Sentences {
    static let abbreviations: Set<String> = ["mr", "mrs", "ms", "dr", "st", "no", "e.g", "i.e", "etc", "vs", "prof"]

    static func split(_ text: String) -> [String] {
        var sentences: [String] = []
        for block in blocks(text) {
            let chars = Array(block)
            var start = 0
            var i = 0
            while i < chars.count {
                let c = chars[i]
                if c == "." || c == "!" || c == "?", i + 2 < chars.count, chars[i + 1] == " " {
                    let next = chars[i + 2]
                    if next.isUppercase || next.isNumber || "\"“‘'(".contains(next) {
                        let word = String(chars[start...i]).split(separator: " ").last.map { $0.dropLast().lowercased() } ?? ""
                        if c != "." || !abbreviations.contains(word) {
                            sentences.append(String(chars[start...i]).trimmingSpaces())
                            start = i + 2
                        }
                    }
                }
                i += 1
            }
            if start < chars.count { sentences.append(String(chars[start...]).trimmingSpaces()) }
        }
        return sentences.filter { !$0.isEmpty }
    }

    /// Paragraphs, headings and bullets, each as one line of text.
    private static func blocks(_ text: String) -> [String] {
        var blocks: [String] = []
        var current: [Substring] = []
        func flush() {
            if !current.isEmpty { blocks.append(current.joined(separator: " ")) }
            current = []
        }
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            let line = raw.drop { $0 == " " || $0 == "\t" }
            if line.isEmpty { flush(); continue }
            if line.hasPrefix("#") {
                flush(); blocks.append(String(line.drop { $0 == "#" || $0 == " " })); continue
            }
            if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") {
                flush(); current.append(line.dropFirst(2)); continue
            }
            current.append(line)
        }
        flush()
        return blocks
    }
}
