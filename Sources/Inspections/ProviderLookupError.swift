// ProviderLookupError: a provider name that names no provider, or several — worded once for every command.

/// Why a name did not resolve to one provider: the message and hint every command (`show`, `compare`,
/// `provider:` in a query, a `keywords` side) shows, so a user sees one wording whatever they typed it into.
public struct ProviderLookupError: Error, Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        /// Several providers fit equally well, sorted by id.
        case ambiguous([Provider])
        /// Nothing fits; the nearest providers by name, nearest first (possibly none).
        case unknown(suggestions: [Provider])
    }

    public let name: String
    public let reason: Reason
    /// A few of the registry's providers, named when nothing is near enough to suggest.
    let examples: [Provider]

    public var message: String {
        switch reason {
        case .ambiguous(let ps): "'\(name)' could be \(ps.count) providers"
        case .unknown: "no provider '\(name)'"
        }
    }

    public var hint: String {
        func named(_ p: Provider) -> String { "'\(p.stem)' (\(p.shortName))" }
        switch reason {
        case .ambiguous(let ps):
            // A stem two candidates share cannot tell them apart, so those are offered by their ids.
            let shared = Set(Dictionary(grouping: ps, by: \.stem).filter { $0.value.count > 1 }.keys)
            return "say which: " + ps.prefix(8).map { p in
                "\(shared.contains(p.stem) ? p.id : p.stem) (\(p.shortName))"
            }.joined(separator: ", ")
        case .unknown(let near) where !near.isEmpty:
            return "did you mean " + near.prefix(3).map(named).joined(separator: " or ") + "?"
        case .unknown:
            guard !examples.isEmpty else { return "no providers are loaded: load a folder of write-ups first" }
            return "providers include " + examples.map(\.stem).joined(separator: ", ") + "; list shows them all"
        }
    }
}

extension ProviderRegistry {
    /// The one provider a name means, or why there is not exactly one.
    public func lookup(_ name: String) -> Result<Provider, ProviderLookupError> {
        switch resolve(name) {
        case .found(let p): return .success(p)
        case .ambiguous(let ps): return .failure(ProviderLookupError(name: name, reason: .ambiguous(ps), examples: []))
        case .unknown(let near):
            let examples = near.isEmpty ? Array(providers.sorted { $0.id < $1.id }.prefix(3)) : []
            return .failure(ProviderLookupError(name: name, reason: .unknown(suggestions: near), examples: examples))
        }
    }

    /// This registry with every provider the reports name that it does not list (a folder loaded without
    /// `providers.yaml`, or a write-up naming a provider the file lacks), so every id and name `list` shows
    /// can be typed back.
    public func including(providersOf reports: [InspectionReport]) -> ProviderRegistry {
        var known = Set(providers.map { $0.id.lowercased() })
        var added: [Provider] = []
        for r in reports where known.insert(r.provider.id.lowercased()).inserted { added.append(r.provider) }
        if added.isEmpty { return self }
        return ProviderRegistry(providers: providers + added.sorted { $0.id < $1.id }, owners: owners)
    }
}
