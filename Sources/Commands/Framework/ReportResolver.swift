// ReportResolver: turns what a user typed ("hlny", "hlny@2019", "hlny-crc-2019", "Dorset, Devon and Cornwall")
// into a provider or one of its inspections, with candidates when ambiguous and suggestions when unknown.
import Inspections

enum ReportResolver {
    /// Under a working scope, inspections named outside it are refused, saying so, rather than compared silently.
    static func requireInScope(_ named: [(InspectionReport, Word)], session: Session) throws {
        guard let scope = session.workspace.scope else { return }
        let allowed = Set(try session.reports.map(\.id))
        for (r, w) in named where !allowed.contains(r.id) {
            throw CommandError("\(r.id) is outside the scope (\(scope.text))", hint: "use all clears the scope", at: w.range)
        }
    }

    /// The inspections of a provider, oldest first.
    static func inspections(of provider: Provider, in corpus: LoadedCorpus) -> [InspectionReport] {
        corpus.reports.filter { $0.provider.id == provider.id }.sorted(by: ReportDate.precedes)
    }

    /// A provider by any of its names.
    static func provider(_ word: Word, in corpus: LoadedCorpus) throws -> Provider {
        switch corpus.registry.lookup(word.text) {
        case .success(let p): return p
        case .failure(let failure): throw CommandError(failure.message, hint: failure.hint, at: word.range)
        }
    }

    /// An inspection: an exact inspection id, `provider@year`, or a provider (its latest inspection).
    /// Returns the report and, when a provider had several, a note saying which was chosen.
    static func inspection(_ word: Word, in corpus: LoadedCorpus) throws -> (InspectionReport, note: String?) {
        let text = word.text
        if let exact = corpus.reports.first(where: { $0.id.lowercased() == text.lowercased() }) { return (exact, nil) }
        // The id of a file shown as part of another inspection finds that inspection.
        if let whole = corpus.reports.first(where: { $0.parts.contains { $0.id.lowercased() == text.lowercased() } }) {
            return (whole, "\(text) is shown as part of \(whole.id): the same inspection")
        }
        var name = text, year: Int?
        if let at = text.lastIndex(of: "@") {
            name = String(text[..<at])
            let y = String(text[text.index(after: at)...])
            guard let n = Int(y), (1990...2100).contains(n) else {
                throw CommandError.usage("'\(y)' is not a year", hint: "write PROVIDER@YEAR, e.g. hlny@2019", at: word.range)
            }
            year = n
        }
        let provider = try self.provider(Word(text: name, range: word.range, quoted: word.quoted), in: corpus)
        let all = inspections(of: provider, in: corpus)
        guard !all.isEmpty else {
            throw CommandError("\(provider.shortName) has no inspection in this corpus", hint: "list shows what is loaded", at: word.range)
        }
        if let year {
            let matching = all.filter { $0.year == year }
            guard let chosen = matching.last else {
                throw CommandError("\(provider.shortName) has no inspection in \(year)",
                                   hint: "its inspections: " + all.map(\.id).joined(separator: ", "), at: word.range)
            }
            return (chosen, nil)
        }
        let latest = all[all.count - 1]
        let note = all.count > 1 ? "\(provider.shortName): latest of \(all.count) inspections, \(latest.id) (\(all.map(\.id).dropLast().joined(separator: ", ")) also loaded; name one as \(provider.stem)@YEAR)" : nil
        return (latest, note)
    }
}
