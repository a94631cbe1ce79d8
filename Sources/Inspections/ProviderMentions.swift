// ProviderMentions: where a text names providers, by the exact names, short names and aliases of the registry,
// or by a stated "<Name> CRC / PDU / Community Rehabilitation Company / Probation Delivery Unit" form.

/// Finds registry providers named in text, matching whole words of their name forms (so "&" and "and",
/// and the long and short forms of "Community Rehabilitation Company" agree) but never a partial name.
struct ProviderMentions: Sendable {
    private struct Form: Sendable { var words: [String]; var provider: Int; var original: String }
    private let providers: [Provider]
    /// First word of a form -> forms starting with it, longest first.
    private let index: [String: [Form]]

    init(registry: ProviderRegistry?) {
        providers = registry?.providers ?? []
        var index: [String: [Form]] = [:]
        for (i, p) in providers.enumerated() {
            var seen = Set<String>()
            for name in [p.name, p.shortName] + p.aliases {
                let n = NameForm.normalize(name)
                guard n.count >= 3, seen.insert(n).inserted else { continue }
                let words = n.split(separator: " ").map(String.init)
                index[words[0], default: []].append(Form(words: words, provider: i, original: name))
            }
        }
        for k in index.keys { index[k]!.sort { $0.words.count > $1.words.count } }
        self.index = index
    }

    var isEmpty: Bool { providers.isEmpty }

    /// Providers named in the text, in order of appearance (a provider may appear several times).
    func providers(in text: String) -> [Provider] {
        guard !index.isEmpty else { return [] }
        let words = NameForm.normalize(text).split(separator: " ").map(String.init)
        var out: [Provider] = []
        var i = 0
        while i < words.count {
            var matched = 0
            for form in index[words[i]] ?? [] where i + form.words.count <= words.count {
                guard Array(words[i..<(i + form.words.count)]) == form.words else { continue }
                // A one-word alias ("BeNCH", "HLNY") must appear with its own capitals: "bench" is a word.
                if form.words.count == 1, !Self.containsWord(text, form.original) { continue }
                out.append(providers[form.provider]); matched = form.words.count
                break
            }
            i += max(1, matched)
        }
        return out
    }

    /// The provider whose name form is exactly this text, or nil: never a partial or damaged name.
    func exact(_ name: String) -> Provider? {
        let words = NameForm.normalize(name).split(separator: " ").map(String.init)
        guard let first = words.first else { return nil }
        let compact = words.joined()
        for form in index[first] ?? [] where form.words == words { return providers[form.provider] }
        for forms in index.values {
            for form in forms where form.words.joined() == compact { return providers[form.provider] }
        }
        return nil
    }

    static func containsWord(_ text: String, _ word: String) -> Bool {
        var search = text[...]
        while let r = search.range(of: word) {
            let before = r.lowerBound == text.startIndex ? nil : text[text.index(before: r.lowerBound)]
            let after = r.upperBound == text.endIndex ? nil : text[r.upperBound]
            if !(before?.isLetter ?? false) && !(after?.isLetter ?? false) { return true }
            search = text[r.upperBound...]
        }
        return false
    }

    // MARK: - Stated names

    static let kinds = ["Community Rehabilitation Company", "Probation Delivery Unit", "CRC", "PDU"]
    static let connectors: Set<String> = ["and", "&", "of", "upon", "on", "the"]
    static let leadingNoise: Set<String> = ["The", "Today", "Inspectors", "HM", "Inspectorate", "Probation", "In", "At",
                                            "A", "An", "Our", "This", "That", "Its", "Why", "How", "When", "New"]

    /// Names stated as "<Capitalised words> CRC", "... Probation Delivery Unit" and the like, in order, each as
    /// the text writes it: "Bedfordshire, Northamptonshire, Cambridgeshire and Hertfordshire CRC" keeps its
    /// commas; only punctuation around the whole name (quotes, a full stop, a possessive) is dropped.
    static func statedNames(in text: String) -> [String] {
        guard FastText.hasAny(text, ["CRC", "PDU", "Company", "Unit"]) else { return [] }
        var out: [String] = []
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).map(String.init)
        var i = 0
        while i < tokens.count {
            var kindLength = 0
            for kind in kinds {
                let parts = kind.split(separator: " ").map(String.init)
                if i + parts.count <= tokens.count,
                   zip(tokens[i..<(i + parts.count)], parts).allSatisfy({ clean($0.0) == $0.1 }) { kindLength = parts.count; break }
            }
            guard kindLength > 0 else { i += 1; continue }
            // "... Community Rehabilitation Company (CRC)": the bracketed short form repeats the name.
            if i > 0, ["Company", "Unit", "CRC", "PDU"].contains(clean(tokens[i - 1])) { i += kindLength; continue }
            // Walk back over the name's words; `first` is the token the name starts at.
            var j = i - 1
            var first = i
            while j >= 0 {
                let t = tokens[j]
                let c = clean(t)
                if c.isEmpty { break }
                if connectors.contains(c.lowercased()) && first < i { first = j; j -= 1; continue }
                guard c.first?.isUppercase == true, !(t.hasSuffix(".") || t.hasSuffix(":") || t.hasSuffix(";")) else { break }
                first = j
                if t.hasPrefix("(") || t.hasPrefix("“") || t.hasPrefix("‘") || t.hasPrefix("\"") { break }
                j -= 1
            }
            while first < i, connectors.contains(clean(tokens[first]).lowercased()) || leadingNoise.contains(clean(tokens[first])) {
                first += 1
            }
            if first < i, i - first <= 8 {
                var name = tokens[first..<(i + kindLength)].joined(separator: " ")
                // The first word without what opens it ("‘Essex"), the last without what closes it ("CRC’s.").
                while let f = name.first, !(f.isLetter || f.isNumber || f == "&") { name.removeFirst() }
                name = String(name.dropLast(tokens[i + kindLength - 1].count)) + clean(tokens[i + kindLength - 1])
                out.append(name)
            }
            i += kindLength
        }
        return out
    }

    /// A token without surrounding punctuation, keeping "&".
    static func clean(_ t: String) -> String {
        var s = Substring(t)
        while let f = s.first, !(f.isLetter || f.isNumber || f == "&") { s.removeFirst() }
        while let l = s.last, !(l.isLetter || l.isNumber || l == "&") { s.removeLast() }
        if s.hasSuffix("’s") || s.hasSuffix("'s") { s.removeLast(2) }
        return String(s)
    }
}
