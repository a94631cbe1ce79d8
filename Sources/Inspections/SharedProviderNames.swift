// SharedProviderNames: registry providers that answer to the same name — one unit entered twice, or a clash.

/// Two providers that share an alias or a name (compared as `NameForm` normalises them) cannot both be
/// named by it: `show` calls it ambiguous and a league may rank the same unit twice. `check` says so.
enum SharedProviderNames {
    /// One warning per pair of providers sharing a name, at the later provider's entry.
    static func diagnostics(_ providers: [Provider], locations: [SourceLocation]) -> [LoadDiagnostic] {
        var owners: [String: [Int]] = [:]
        var written: [String: String] = [:]
        for (i, p) in providers.enumerated() {
            for name in [p.name, p.shortName] + p.aliases {
                let form = NameForm.normalize(name)
                guard !form.isEmpty else { continue }
                if owners[form]?.contains(i) != true { owners[form, default: []].append(i) }
                if written[form] == nil { written[form] = name }
            }
        }
        // Shared forms per pair (first, second), in the order the pairs are met.
        var pairs: [[Int]] = []
        var shared: [[Int]: [String]] = [:]
        for form in owners.keys.sorted() {
            let ids = owners[form]!
            guard ids.count > 1 else { continue }
            for a in 0..<ids.count {
                for b in (a + 1)..<ids.count {
                    let pair = [ids[a], ids[b]]
                    if shared[pair] == nil { pairs.append(pair) }
                    shared[pair, default: []].append(written[form]!)
                }
            }
        }
        return pairs.sorted { ($0[1], $0[0]) < ($1[1], $1[0]) }.map { pair in
            let first = providers[pair[0]], second = providers[pair[1]]
            let names = shared[pair]!.map { "'\($0)'" }.joined(separator: ", ")
            return LoadDiagnostic(.warning, locations[pair[1]],
                                  "providers '\(first.id)' and '\(second.id)' share the name\(shared[pair]!.count == 1 ? "" : "s") \(names)",
                                  hint: "a name should lead to one provider: if they are one unit, make them one entry; "
                                      + "otherwise drop the shared alias from one of them")
        }
    }
}
