// ProviderRegistry: providers.yaml loaded, and the names people write resolved to one provider (or several, or none).
import Foundation

/// The outcome of resolving a provider name.
public enum ProviderResolution: Sendable, Equatable {
    case found(Provider)
    /// Several providers fit equally well, sorted by id.
    case ambiguous([Provider])
    /// Nothing fits; the nearest providers by edit distance, nearest first (possibly none).
    case unknown(suggestions: [Provider])
}

/// Every provider once, with its names and owners, from `Corpus/providers.yaml`.
public struct ProviderRegistry: Sendable {
    public private(set) var providers: [Provider]
    public private(set) var owners: [Owner]
    private var byID: [String: Int] = [:]
    /// One table per resolution tier (id, stem, alias, short name, full name): matching form -> providers.
    private var tiers: [[String: [Int]]] = []
    /// Every form of every provider's names, for prefix and whole-word matching.
    private var forms: [(form: String, provider: Int)] = []

    public init(providers: [Provider], owners: [Owner] = []) {
        self.providers = providers
        self.owners = owners
        buildTables()
    }

    public static let empty = ProviderRegistry(providers: [])

    public var isEmpty: Bool { providers.isEmpty }

    public func provider(id: String) -> Provider? { byID[id.lowercased()].map { providers[$0] } }

    private mutating func buildTables() {
        byID = [:]; forms = []
        var id: [String: [Int]] = [:], stem: [String: [Int]] = [:], alias: [String: [Int]] = [:]
        var short: [String: [Int]] = [:], name: [String: [Int]] = [:]
        func add(_ text: String, _ i: Int, to table: inout [String: [Int]]) {
            let n = NameForm.normalize(text)
            guard !n.isEmpty else { return }
            for key in Set([n, NameForm.compact(n)]) where table[key]?.contains(i) != true {
                table[key, default: []].append(i)
            }
            forms.append((n, i))
        }
        for (i, p) in providers.enumerated() {
            if byID[p.id.lowercased()] == nil { byID[p.id.lowercased()] = i }
            add(p.id, i, to: &id)
            add(p.stem, i, to: &stem)
            for a in p.aliases { add(a, i, to: &alias) }
            add(p.shortName, i, to: &short)
            add(p.name, i, to: &name)
        }
        tiers = [id, stem, alias, short, name]
    }

    /// Resolves a name as people write it. Tiers, in order, each case-insensitive, ignoring punctuation,
    /// "&" vs "and", common county abbreviations ("Lincs") and spaces ("HLNYCRC"):
    /// exact id; stem ("hlny"); alias; short name; full name; then the providers whose id, name or alias
    /// starts with the text, contains it as whole words, or has all its words ("Essex PDU" for Essex North
    /// PDU and Essex South PDU). The first tier with a match decides:
    /// one provider is found, several are ambiguous. With no match, the nearest names by edit distance.
    public func resolve(_ name: String) -> ProviderResolution {
        let n = NameForm.normalize(name)
        guard !n.isEmpty else { return .unknown(suggestions: []) }
        let c = NameForm.compact(n)
        for table in tiers {
            let hits = Set((table[n] ?? []) + (table[c] ?? []))
            if let result = decide(hits) { return result }
        }
        var hits = Set<Int>()
        let padded = " \(n) "
        let words = Set(n.split(separator: " "))
        for (form, i) in forms {
            if form.hasPrefix(n) || NameForm.compact(form).hasPrefix(c) || " \(form) ".contains(padded)
                || words.isSubset(of: form.split(separator: " ")) {
                hits.insert(i)
            }
        }
        if let result = decide(hits) { return result }
        return .unknown(suggestions: suggestions(for: n))
    }

    private func decide(_ hits: Set<Int>) -> ProviderResolution? {
        switch hits.count {
        case 0: return nil
        case 1: return .found(providers[hits.first!])
        default: return .ambiguous(hits.map { providers[$0] }.sorted { $0.id < $1.id })
        }
    }

    /// Providers whose id, stem, short name or alias is within a few edits of the text (1 edit for up to
    /// 4 characters, 2 up to 8, 3 beyond), nearest first, at most three.
    public func suggestions(for name: String) -> [Provider] {
        let n = NameForm.normalize(name)
        let allowed = n.count <= 4 ? 1 : n.count <= 8 ? 2 : 3
        var best: [Int: Int] = [:]
        for (i, p) in providers.enumerated() {
            for candidate in [p.id, p.stem, p.shortName] + p.aliases {
                let form = NameForm.normalize(candidate)
                let d = Swift.min(EditDistance.distance(n, form, bound: allowed),
                                  EditDistance.distance(NameForm.compact(n), NameForm.compact(form), bound: allowed))
                if d <= allowed, d < best[i] ?? .max { best[i] = d }
            }
        }
        return best.sorted { ($0.value, providers[$0.key].id) < ($1.value, providers[$1.key].id) }
            .prefix(3).map { providers[$0.key] }
    }

    /// The owner group a report's owner text counts under: the first registry owner whose name or alias
    /// the text starts with (case-insensitive), else the text itself.
    public func ownerGroup(for ownerText: String) -> String {
        let t = ownerText.lowercased().trimmingSpaces()
        for owner in owners {
            for name in [owner.name] + owner.aliases where !name.isEmpty && t.hasPrefix(name.lowercased()) {
                return owner.name
            }
        }
        return ownerText.trimmingSpaces()
    }

    /// A provider for a name no registry lists: id is the name's slug, the name is kept as written.
    public static func adHoc(name: String, type: ProviderType) -> Provider {
        Provider(id: Slug.make(name, fallback: "unknown"), name: name, shortName: name, type: type)
    }

    /// "'hlny-crc' (HLNY CRC)" for hints.
    static func describe(_ p: Provider) -> String { "'\(p.id)' (\(p.shortName))" }
}

// MARK: - Loading providers.yaml

extension ProviderRegistry {
    static let providerKeys = ["id", "name", "short", "type", "region", "owners", "aliases"]

    /// Loads a registry file; problems come back as diagnostics, and the providers that could be read are kept.
    public static func load(path: String) -> (registry: ProviderRegistry, diagnostics: [LoadDiagnostic]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            return (.empty, [LoadDiagnostic(.error, SourceLocation(file: path), "cannot read the provider registry",
                                            hint: "check that the file exists and is readable")])
        }
        switch SourceText.decode([UInt8](data)) {
        case .success(let decoded): return parse(yaml: decoded.text, file: path)
        case .failure(let e):
            let message: String
            switch e.problem {
            case .empty: return (.empty, [LoadDiagnostic(.warning, SourceLocation(file: path), "empty provider registry")])
            case .binary: message = "the provider registry is not text"
            case .notUTF8: message = "the provider registry is not valid UTF-8"
            }
            return (.empty, [LoadDiagnostic(.error, SourceLocation(file: path), message, hint: "re-save it as UTF-8 text")])
        }
    }

    /// Parses registry YAML: `owners:` (name, aliases) and `providers:` (id, name, short, type, region,
    /// owners, aliases). An entry without id, name or a known type is skipped with an error.
    public static func parse(yaml text: String, file: String) -> (registry: ProviderRegistry, diagnostics: [LoadDiagnostic]) {
        var diagnostics: [LoadDiagnostic] = []
        var yaml = ControlCharacters.shield(text)
        let parsed: (root: YAMLNode?, locator: MarkLocator, failure: LoadDiagnostic?) = yaml.withUTF8 { bytes in
            let locator = MarkLocator(file: file, yaml: bytes, firstLine: 1)
            switch YAMLReader.parse(bytes) {
            case .success(let root): return (root, locator, nil)
            case .failure(let e): return (nil, locator, FrontMatterReader.diagnostic(for: e, in: bytes, locator: locator))
            }
        }
        if let failure = parsed.failure {
            var d = failure
            d.message = d.message.replacingOccurrences(of: "in front matter", with: "in the provider registry")
            d.hint = nil
            return (.empty, [d])
        }
        let locator = parsed.locator
        guard let mapping = parsed.root?.mapping else {
            return (.empty, [LoadDiagnostic(.error, locator.location(parsed.root),
                                            "the provider registry must be a mapping with 'owners:' and 'providers:'")])
        }
        func error(_ node: YAMLNode, _ message: String, hint: String? = nil) {
            diagnostics.append(LoadDiagnostic(.error, locator.location(node), message, hint: hint))
        }
        func string(_ node: YAMLNode?) -> String? {
            guard let node, let s = node.scalar, !node.isNull else { return nil }
            let v = ControlCharacters.unshield(s).trimmingSpaces()
            return v.isEmpty ? nil : v
        }
        func strings(_ node: YAMLNode?) -> [String] {
            if let seq = node?.sequence { return seq.compactMap { string($0) } }
            return string(node).map { [$0] } ?? []
        }
        var owners: [Owner] = []
        var providers: [Provider] = []
        var locations: [SourceLocation] = []
        var seen: [String: Int] = [:]
        for pair in mapping {
            let key = pair.key, value = pair.value
            switch key.scalar {
            case "owners":
                for entry in value.sequence ?? [] {
                    guard entry.mapping != nil, let name = string(entry["name"]) else {
                        error(entry, "an owner needs a 'name'"); continue
                    }
                    owners.append(Owner(name: name, aliases: strings(entry["aliases"])))
                }
            case "providers":
                for entry in value.sequence ?? [] {
                    guard let m = entry.mapping else { error(entry, "a provider must be a mapping of keys to values"); continue }
                    for k in m.map(\.key) {
                        let name = k.scalar ?? ""
                        if !providerKeys.contains(name) {
                            diagnostics.append(LoadDiagnostic(.warning, locator.location(k), "unknown key '\(name)'; it is ignored",
                                                              hint: EditDistance.didYouMean(EditDistance.suggestions(for: name, among: providerKeys, max: 1))
                                                                ?? "keys: " + providerKeys.joined(separator: ", ")))
                        }
                    }
                    guard let id = string(entry["id"]) else { error(entry, "a provider needs an 'id'"); continue }
                    guard let name = string(entry["name"]) else { error(entry, "provider '\(id)' needs a 'name'"); continue }
                    guard let typeText = string(entry["type"]), let type = ProviderType.read(typeText) else {
                        error(entry["type"] ?? entry, "provider '\(id)' needs a 'type' of CRC, NPS, PDU or Region"); continue
                    }
                    if let first = seen[id.lowercased()] {
                        error(entry, "duplicate provider id '\(id)'", hint: "the first is entry \(first + 1) of 'providers'")
                        continue
                    }
                    seen[id.lowercased()] = providers.count
                    locations.append(locator.location(entry))
                    providers.append(Provider(id: id, name: name, shortName: string(entry["short"]), type: type,
                                              region: string(entry["region"]), owners: strings(entry["owners"]),
                                              aliases: strings(entry["aliases"])))
                }
            default:
                let name = key.scalar ?? ""
                diagnostics.append(LoadDiagnostic(.warning, locator.location(key), "unknown key '\(name)'; it is ignored",
                                                  hint: EditDistance.didYouMean(EditDistance.suggestions(for: name, among: ["owners", "providers"], max: 1))
                                                    ?? "keys: owners, providers"))
            }
        }
        diagnostics += SharedProviderNames.diagnostics(providers, locations: locations)
        return (ProviderRegistry(providers: providers, owners: owners), diagnostics)
    }
}

// MARK: - Name forms

/// The comparable form of a provider name.
enum NameForm {
    /// Words people shorten; applied to both sides, so "Lincs" matches "Lincolnshire".
    static let abbreviations: [String: String] = [
        "lincs": "lincolnshire", "yorks": "yorkshire", "northants": "northamptonshire", "cambs": "cambridgeshire",
        "herts": "hertfordshire", "beds": "bedfordshire", "staffs": "staffordshire", "mids": "midlands",
        "notts": "nottinghamshire", "leics": "leicestershire", "glos": "gloucestershire", "wilts": "wiltshire",
        "hants": "hampshire", "iow": "isle of wight", "oxon": "oxfordshire", "bucks": "buckinghamshire",
        "berks": "berkshire", "worcs": "worcestershire", "warks": "warwickshire", "lancs": "lancashire",
    ]

    /// Lower-case words of letters and digits, "&" read as "and", county abbreviations expanded and
    /// "community rehabilitation company" / "probation delivery unit" shortened to "crc" / "pdu".
    static func normalize(_ text: String) -> String {
        var words: [String] = []
        var word = ""
        for ch in text.lowercased() {
            if ch.isLetter || ch.isNumber {
                word.append(ch)
            } else {
                if !word.isEmpty { words.append(word); word = "" }
                if ch == "&" { words.append("and") }
            }
        }
        if !word.isEmpty { words.append(word) }
        // Word-level replacement: cheaper than searching the joined string, and this runs for every
        // name and alias at start-up.
        var out: [String] = []
        out.reserveCapacity(words.count)
        var i = 0
        while i < words.count {
            if let (phrase, short) = shortenings.first(where: { words[i...].starts(with: $0.0) }) {
                out.append(short); i += phrase.count
            } else {
                out.append(abbreviations[words[i]] ?? words[i]); i += 1
            }
        }
        return out.joined(separator: " ")
    }

    static let shortenings: [([String], String)] = [
        (["community", "rehabilitation", "company"], "crc"), (["probation", "delivery", "unit"], "pdu"),
    ]

    static func compact(_ normalized: String) -> String { String(normalized.filter { $0 != " " }) }
}
