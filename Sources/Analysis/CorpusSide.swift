// CorpusSide: one side of a comparison ("hlny", "hlny@2019", "type:crc", "year:2019", "rest") as a set of findings.
import Inspections
import PhraseIndex
import QueryLanguage
import Search

public struct CorpusSide: Sendable {
    public enum Kind: Sendable, Equatable { case provider, inspection, query, rest, all }
    public var kind: Kind
    /// The side as typed: "hlny", "type:crc", "rest".
    public var label: String
    /// What it stands for, for people: "HLNY CRC", "findings matching type:crc", "the rest of the corpus".
    public var title: String
    /// Findings (segment ids), ascending.
    public var segments: [Int]
    /// Reports those findings come from, ascending.
    public var reports: [Int]
    /// Providers whose findings are on the side: their own names say who was inspected, not what was found.
    public var providers: [Provider]

    /// Words meaning "everything not on the other side" and "the whole corpus".
    public static let restWords: Set<String> = ["rest", "others", "other", "remainder", "corpus-rest"]
    public static let allWords: Set<String> = ["all", "corpus", "everything"]

    public static func isRest(_ text: String) -> Bool { restWords.contains(text.lowercased()) }

    /// Every finding of the corpus (notes are not findings).
    public static func all(in corpus: SearchCorpus, label: String = "all") -> CorpusSide {
        CorpusSide(kind: .all, label: label, title: "the whole corpus", segments: corpus.segments(),
                   reports: Array(corpus.reports.indices), providers: providers(of: Array(corpus.reports.indices), corpus))
    }

    /// The findings not in `other`.
    public static func rest(excluding other: CorpusSide, in corpus: SearchCorpus, label: String = "rest") -> CorpusSide {
        let taken = Set(other.segments)
        let segments = corpus.segments().filter { !taken.contains($0) }
        let ds = reports(of: segments, corpus)
        return CorpusSide(kind: .rest, label: label, title: "the rest of the corpus", segments: segments,
                          reports: ds, providers: providers(of: ds, corpus))
    }

    /// Reads a side that is not "rest": `all`; a report id; `PROVIDER@YEAR`; a provider name, id or alias;
    /// otherwise (a field filter, a quoted phrase, a query) the findings a query matches. `quoted` says the
    /// user quoted the text, which makes an unknown name a phrase to search for rather than a misspelling.
    /// Errors are query errors with ranges into `text`.
    public static func resolve(_ text: String, quoted: Bool = false, in corpus: SearchCorpus) throws(QueryError) -> CorpusSide {
        let whole = 0..<text.utf8.count
        let folded = text.lowercased()
        if allWords.contains(folded) { return all(in: corpus, label: text) }
        if let d = corpus.reports.firstIndex(where: { $0.id == folded }) {
            return inspection(label: text, reports: [d], corpus)
        }
        let looksLikeQuery = text.contains(":") || text.contains("*") || text.hasPrefix("~") || text.hasPrefix("-")
            || text.hasPrefix("(")
        if !looksLikeQuery {
            let parts = text.split(separator: "@", maxSplits: 1).map(String.init)
            if parts.count == 2, let year = Int(parts[1]) {
                let p = try provider(parts[0], range: 0..<parts[0].utf8.count, corpus)
                let ds = corpus.reports.indices.filter { corpus.reports[$0].provider.id == p.id && corpus.reports[$0].year == year }
                guard !ds.isEmpty else {
                    let years = corpus.reports.filter { $0.provider.id == p.id }.compactMap(\.year).sorted()
                    throw QueryError("no inspection of \(p.shortName) published in \(year)", range: whole,
                                     hint: years.isEmpty ? nil : "its inspections: " + years.map { "\(parts[0])@\($0)" }.joined(separator: ", "))
                }
                return inspection(label: text, reports: ds, corpus)
            }
            switch corpus.registry.lookup(text) {
            case .success(let p):
                let ds = corpus.reports.indices.filter { corpus.reports[$0].provider.id == p.id }
                guard !ds.isEmpty else {
                    throw QueryError("no write-up of \(p.shortName) is loaded", range: whole, hint: "list shows what is loaded")
                }
                return CorpusSide(kind: .provider, label: text, title: p.shortName, segments: segments(of: ds, corpus),
                                  reports: ds, providers: [p])
            case .failure(let failure) where !quoted:
                // A quoted word that names no provider is a phrase to look for instead.
                throw QueryError(failure.message, range: whole, hint: failure.hint)
            case .failure: break
            }
        }
        let node = try corpus.parse(quoted ? "\"" + text + "\"" : text)
        var units = UnitSetCollector()
        try corpus.run(node, into: &units)
        let segments = units.units
        guard !segments.isEmpty else {
            throw QueryError("no finding matches '\(text)'", range: whole, hint: "try count \(text)")
        }
        let ds = reports(of: segments, corpus)
        return CorpusSide(kind: .query, label: text, title: "findings matching " + (quoted ? "\"\(text)\"" : text),
                          segments: segments, reports: ds, providers: providers(of: ds, corpus))
    }

    static func provider(_ name: String, range: Range<Int>, _ corpus: SearchCorpus) throws(QueryError) -> Provider {
        switch corpus.registry.lookup(name) {
        case .success(let p): return p
        case .failure(let failure): throw QueryError(failure.message, range: range, hint: failure.hint)
        }
    }

    static func inspection(label: String, reports ds: [Int], _ corpus: SearchCorpus) -> CorpusSide {
        let r = corpus.reports[ds[0]]
        let when = ds.count == 1 ? ", " + (r.reportDate?.description ?? r.id) : ""
        return CorpusSide(kind: .inspection, label: label, title: r.provider.shortName + when,
                          segments: segments(of: ds, corpus), reports: ds, providers: [r.provider])
    }

    static func segments(of reports: [Int], _ corpus: SearchCorpus) -> [Int] {
        reports.flatMap { corpus.segments(ofDocument: $0) }
    }

    static func providers(of reports: [Int], _ corpus: SearchCorpus) -> [Provider] {
        var seen = Set<String>()
        return reports.map { corpus.reports[$0].provider }.filter { seen.insert($0.id).inserted }
    }

    static func reports(of segments: [Int], _ corpus: SearchCorpus) -> [Int] {
        Array(Set(segments.map { corpus.index.document(ofSegment: $0) })).sorted()
    }

    /// Words of the side's provider names that would only echo who was inspected: ids, aliases and the
    /// distinctive words of the names ("humberside", "hlny"), not generic ones ("crc", "community").
    public var nameWords: Set<String> {
        var out = Set<String>()
        for p in providers { out.formUnion(TermCounts.nameWords(p)) }
        return out.filter { !StopWords.contains($0) && !CorpusSide.genericNameWords.contains($0) }
    }

    static let genericNameWords: Set<String> = [
        "crc", "community", "rehabilitation", "company", "national", "probation", "service", "services", "nps",
        "pdu", "division", "region", "regional", "delivery", "unit",
    ]
}
