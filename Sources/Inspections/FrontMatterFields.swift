// FrontMatterFields: the front matter mapping read key by key into typed values, with a diagnostic per wrong key or value.

/// A value and where it was written.
struct Located<Value> {
    var value: Value
    var location: SourceLocation
}

/// The front matter keys, typed but not yet resolved against the registry or a framework.
struct FrontMatterFields {
    var id: Located<String>?
    var provider: Located<String>?
    var type: Located<ProviderType>?
    var framework: Located<Framework>?
    var owner: String?
    var region: String?
    var published: PartialDate?
    var fieldwork: PartialDate?
    var fieldworkText: String?
    var chiefInspector: String?
    var supervised: String?
    var overall: RatingReading?
    var previousOverall: RatingReading?
    /// Standard key -> rating word, in the order written; resolved once the framework is known.
    var ratings: [(key: Located<String>, value: Located<String>)] = []
    var ratingsLocation: SourceLocation?
    var sources: [String] = []
    var title: String?
    /// `inferred:`: the fields a write-up's values were recognised from a document for, each with where.
    var inferred: [(key: String, text: String)] = []

    static let keys = ["id", "provider", "type", "framework", "owner", "region", "published", "fieldwork",
                       "chief_inspector", "supervised", "overall", "ratings", "previous_overall", "sources", "title", "inferred"]

    static let ratingWords = "Outstanding, Good, Requires improvement or Inadequate"

    /// Reads every key of the mapping. Unknown keys and values of the wrong kind are warnings: the key is
    /// ignored and the write-up still loads.
    static func read(_ fm: FrontMatter, into diagnostics: inout [LoadDiagnostic]) -> FrontMatterFields {
        var f = FrontMatterFields()
        let locator = fm.locator

        // Every diagnostic points at the key of the entry it concerns, so a message lines up with what
        // the writer sees first on that line.
        var at = SourceLocation(file: locator.file)
        func warn(_ message: String, hint: String? = nil) {
            diagnostics.append(LoadDiagnostic(.warning, at, message, hint: hint))
        }
        func note(_ message: String) {
            diagnostics.append(LoadDiagnostic(.note, at, message))
        }
        func kind(_ node: YAMLNode) -> String { ControlCharacters.unshield(node.kindDescription) }
        /// A scalar's text, trimmed; nil for an empty value or `~`/`null`, and a warning for a list or mapping.
        func text(_ key: String, _ node: YAMLNode) -> String? {
            guard let s = node.scalar else {
                warn("'\(key)' must be a single value, not \(kind(node)); it is ignored")
                return nil
            }
            if node.isNull { return nil }
            let value = ControlCharacters.unshield(s).trimmingSpaces()
            return value.isEmpty ? nil : value
        }
        func date(_ key: String, _ node: YAMLNode) -> PartialDate? {
            guard let value = text(key, node) else { return nil }
            if let d = PartialDate(parsing: value) { return d }
            warn("'\(key)' is not a valid date: '\(value)'; it is left unknown",
                 hint: "write YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2019-02-21")
            return nil
        }
        func rating(_ key: String, _ node: YAMLNode) -> RatingReading? {
            guard let value = text(key, node) else { return nil }
            guard let reading = Rating.read(value) else {
                warn("unknown rating '\(value)' for '\(key)'; it is left unknown", hint: "use \(ratingWords)")
                return nil
            }
            if let n = reading.note { note(n) }
            return reading
        }

        for pair in fm.root {
            let keyNode = pair.key, value = pair.value
            at = locator.location(keyNode)
            guard let keyText = keyNode.scalar else {
                warn("front matter key must be a word, not \(kind(keyNode)); it is ignored")
                continue
            }
            let key = ControlCharacters.unshield(keyText)
            let keyLocation = at
            switch key.lowercased() {
            case "id": f.id = text(key, value).map { Located(value: $0, location: keyLocation) }
            case "provider": f.provider = text(key, value).map { Located(value: $0, location: keyLocation) }
            case "type":
                guard let t = text(key, value) else { break }
                if let type = ProviderType.read(t) {
                    f.type = Located(value: type, location: keyLocation)
                } else {
                    warn("unknown provider type '\(t)'", hint: "use CRC, NPS, PDU or Region")
                }
            case "framework":
                guard let t = text(key, value) else { break }
                if let framework = Framework.named(t) {
                    f.framework = Located(value: framework, location: keyLocation)
                } else {
                    let ids = Framework.all.map(\.id)
                    let suggestion = EditDistance.didYouMean(EditDistance.suggestions(for: t, among: ids))
                    warn("unknown framework '\(t)'; the default for the report's type and year is used",
                         hint: [suggestion, "frameworks: " + ids.joined(separator: ", ")].compactMap { $0 }.joined(separator: " "))
                }
            case "owner": f.owner = text(key, value)
            case "region": f.region = text(key, value)
            case "published": f.published = date(key, value)
            case "fieldwork":
                // Fieldwork is often a window or a season ("2019-11/2019-12", "autumn 2019"): the text is
                // kept as written and its first date (or year) is the sortable value.
                guard let t = text(key, value) else { break }
                f.fieldworkText = t
                if let d = PartialDate(parsing: t) ?? PartialDate.leading(in: t) {
                    f.fieldwork = d
                } else {
                    warn("'fieldwork' has no date: '\(t)'; it is kept as text only",
                         hint: "write YYYY-MM-DD, YYYY-MM or YYYY, optionally followed by a window such as '/2019-12'")
                }
            case "chief_inspector": f.chiefInspector = text(key, value)
            case "supervised": f.supervised = text(key, value)
            case "overall": f.overall = rating(key, value)
            case "previous_overall": f.previousOverall = rating(key, value)
            case "title": f.title = text(key, value)
            case "ratings":
                f.ratingsLocation = keyLocation
                switch value.value {
                case .mapping(let m):
                    for pair in m {
                        let k = pair.key, v = pair.value
                        at = locator.location(k)
                        guard let ks = k.scalar else {
                            warn("a standard in 'ratings' must be a name or number, not \(kind(k)); it is ignored")
                            continue
                        }
                        guard let vs = v.scalar else {
                            warn("the rating of '\(ControlCharacters.unshield(ks))' must be a word, not \(kind(v)); it is ignored",
                                 hint: "use \(ratingWords)")
                            continue
                        }
                        let word = ControlCharacters.unshield(vs).trimmingSpaces()
                        if v.isNull || word.isEmpty { continue }
                        f.ratings.append((Located(value: ControlCharacters.unshield(ks).trimmingSpaces(),
                                                  location: at),
                                          Located(value: word, location: at)))
                    }
                case .scalar where value.isNull:
                    break
                default:
                    warn("'ratings' must be a mapping of standard to rating, not \(kind(value)); ratings are left unknown",
                         hint: "write one standard per line under 'ratings:', e.g. '  unpaid work: Good'")
                }
            case "inferred":
                // A mapping of field to where it was read, or a plain list of fields.
                switch value.value {
                case .mapping(let m):
                    for pair in m {
                        if let k = pair.key.scalar { f.inferred.append((ControlCharacters.unshield(k), pair.value.scalar.map(ControlCharacters.unshield) ?? "")) }
                    }
                case .sequence(let items):
                    for item in items { if let k = item.scalar { f.inferred.append((ControlCharacters.unshield(k), "")) } }
                default:
                    warn("'inferred' must name fields, as a mapping or a list; it is ignored")
                }
            case "sources":
                switch value.value {
                case .sequence(let items):
                    for item in items {
                        at = locator.location(item)
                        if let s = text("sources", item) { f.sources.append(s) }
                    }
                case .scalar where value.isNull:
                    break
                default:
                    warn("'sources' must be a list, not \(kind(value)); it is ignored",
                         hint: "write each source on its own line under 'sources:', starting with '  - '")
                }
            default:
                let suggestion = EditDistance.didYouMean(EditDistance.suggestions(for: key, among: keys, max: 1))
                diagnostics.append(LoadDiagnostic(.warning, keyLocation, "unknown key '\(key)'; it is ignored",
                                                  hint: suggestion ?? "keys: " + keys.joined(separator: ", ")))
            }
        }
        return f
    }
}
