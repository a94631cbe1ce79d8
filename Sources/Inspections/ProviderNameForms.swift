// ProviderNameForms: the forms a provider's name may take on a narrow screen — short name, then abbreviations.

extension Provider {
    /// Type words a short name ends (or, for "NPS Wales", starts) with.
    static let typeWords: Set<String> = ["CRC", "PDU", "NPS", "region"]
    /// Words an abbreviation skips ("Kent, Surrey and Sussex" -> KSS).
    public static let minorWords: Set<String> = ["and", "&", "the", "of", "upon", "with", "on"]

    /// The name in the forms a layout may choose from, longest first: the registry's short name, then the
    /// abbreviations the registry lists ("HFKCW PDU"), then the initials of the place words with the type
    /// ("TV CRC", "KSS region"), each only when shorter than the one before. `withoutType` leaves the type word
    /// out of every form, for a view whose rows all share it ("HLNY" for "HLNY CRC").
    public func nameForms(withoutType: Bool = false) -> [String] {
        var forms = [shortName]
        let words = shortName.split(separator: " ").map(String.init)
        let type = words.last.flatMap { Provider.typeWords.contains($0) ? $0 : nil }
        // The registry's own abbreviations: an all-capitals word of two letters or more, besides the type.
        let listed = aliases.filter { alias in
            alias.split(separator: " ").contains { w in w.count >= 2 && w.allSatisfy(\.isUppercase) && !Provider.typeWords.contains(String(w)) }
        }
        forms += listed.sorted { ($0.count, $0) > ($1.count, $1) }
        if let type, words.count > 2 {
            let initials = words.dropLast().filter { !Provider.minorWords.contains($0.lowercased()) }
                .compactMap { w in w.first(where: \.isLetter).map { String($0).uppercased() } }
            if initials.count >= 2 && words.dropLast().allSatisfy({ !$0.allSatisfy(\.isUppercase) || Provider.minorWords.contains($0) }) {
                forms.append(initials.joined() + " " + type)
            }
        }
        if withoutType {
            forms = forms.map { f in
                for t in Provider.typeWords where f.hasSuffix(" " + t) { return String(f.dropLast(t.count + 1)) }
                return f
            }
        }
        // Longest first, each strictly shorter than the one before.
        var out: [String] = []
        for f in forms where out.last.map({ f.count < $0.count }) ?? true { out.append(f) }
        return out
    }
}
