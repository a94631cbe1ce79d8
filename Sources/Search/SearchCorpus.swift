// SearchCorpus: the reports joined to their positional index — document d is reports[d], its segments are findings.
import Inspections
import PhraseIndex
import QueryLanguage

public struct SearchCorpus: Sendable {
    public let reports: [InspectionReport]
    public let registry: ProviderRegistry
    public let index: InvertedIndex
    /// Each report's rank by id, or nil when `reports` is already in id order (the loader sorts it): paged
    /// results break ties by unit order then, without comparing id strings per query.
    let idRanks: [Int]?
    /// Each report's rank in time order by `ReportDate.precedes`, for every sort by date.
    let dateRanks: [Int]
    /// Where the reports' and the index's text lives once indexed; nil when kept as Strings.
    public let storedText: CompressedText?
    /// Which segments are notes.
    public let kinds: SegmentKinds
    /// A session's named sets and restriction (empty for a corpus just loaded).
    public internal(set) var context = SearchContext()

    /// Builds the index over every report's full text (front matter and headings included, as a file-level
    /// search engine sees it), with each finding a segment; `find` matches within findings only.
    /// Once indexed, the text moves into zstd blocks of `textBlockSize` bytes shared by the reports and the
    /// index (nil keeps each report's String: the plain path the compressed one is checked against).
    public init(reports: [InspectionReport], registry: ProviderRegistry = .empty, options: IndexBuildOptions = .init(),
                textBlockSize: Int? = CompressedText.defaultBlockSize) {
        self.init(reports: reports, registry: registry, index: InvertedIndex(documents: Self.documents(reports), options: options),
                  textBlockSize: textBlockSize)
    }

    /// The reports joined to an index already made from `documents(reports)` (one mapped from a snapshot);
    /// the text then moves into zstd blocks as above.
    public init(reports: [InspectionReport], registry: ProviderRegistry = .empty, index: InvertedIndex,
                textBlockSize: Int? = CompressedText.defaultBlockSize) {
        self.registry = registry
        if let textBlockSize {
            let store = CompressedText(texts: reports.map(\.text), blockSize: textBlockSize)
            var stored = reports
            for d in stored.indices { stored[d].storeText(in: store, document: d) }
            self.reports = stored
            self.index = index.replacingTexts(StoredTexts(store: store))
            storedText = store
        } else {
            self.reports = reports
            self.index = index
            storedText = nil
        }
        idRanks = Self.idRanks(reports)
        dateRanks = Self.dateRanks(reports)
        kinds = SegmentKinds(reports: reports)
    }

    /// What the index is built from: each report's text with its findings as segments. The same String
    /// storage is shared with the reports: no copy of the text is made.
    public static func documents(_ reports: [InspectionReport]) -> [SourceDocument] {
        reports.map { SourceDocument(text: $0.text, segments: $0.findings.map(\.range)) }
    }

    /// Whether `index` lays out exactly `reports`' findings: as many documents, and each finding's bytes as
    /// its segment. A snapshot that passes its own checks is still refused if this fails.
    public static func index(_ index: InvertedIndex, fits reports: [InspectionReport]) -> Bool {
        guard index.documentCount == reports.count else { return false }
        for (d, r) in reports.enumerated() {
            let segments = index.segments(ofDocument: d)
            guard segments.count == r.findings.count else { return false }
            for (s, f) in zip(segments, r.findings) where index.byteRange(ofSegment: s) != f.range { return false }
        }
        return true
    }

    /// Each report's rank by `ReportDate.precedes` (undated first, then by date, ties by id), each report's date
    /// worked out once rather than at every comparison.
    static func dateRanks(_ reports: [InspectionReport]) -> [Int] {
        let dates = reports.map(\.reportDate)
        let order = reports.indices.sorted { a, b in
            if dates[a] != dates[b] {
                guard let da = dates[a] else { return true }
                guard let db = dates[b] else { return false }
                return da < db
            }
            return reports[a].id < reports[b].id
        }
        var ranks = [Int](repeating: 0, count: reports.count)
        for (rank, d) in order.enumerated() { ranks[d] = rank }
        return ranks
    }

    /// The report and finding a segment stands for.
    public func finding(ofSegment s: Int) -> (report: Int, finding: Int) {
        let d = index.document(ofSegment: s)
        return (d, s - index.segments(ofDocument: d).lowerBound)
    }

    /// The segment id of a report's finding.
    public func segment(report d: Int, finding f: Int) -> Int { index.segments(ofDocument: d).lowerBound + f }

    /// Words in a report's findings (not its notes), the base of "per 10,000 words".
    public func findingWords(ofReport d: Int) -> Int {
        segments(ofDocument: d).reduce(0) { $0 + index.tokenRange(ofSegment: $1).count }
    }

    /// Parses a query; errors point into `text`.
    public func parse(_ text: String) throws(QueryError) -> QueryNode { try QueryParser.parse(text) }

    /// The evaluator over this corpus's index, with field filters resolved against its reports.
    var evaluator: QueryEvaluator {
        let resolver = FieldResolution(corpus: self)
        return QueryEvaluator(index: index, resolveField: { (f: FieldFilter) throws(QueryError) -> FieldMatch in
            try resolver.resolve(f)
        })
    }

    /// Runs a query through the one pipeline into a collector; in segment scope, over findings unless the
    /// query names a scope, and always within the context's restriction. Every search, count, page and chart
    /// of the corpus comes through here.
    public func run<C: MatchCollector>(_ query: QueryNode, scope: SearchScope = .segment, into collector: inout C) throws(QueryError) {
        try evaluator.run(confined(scope == .segment ? scoped(query) : query), scope: scope, into: &collector)
    }

    /// Every matching unit with its spans.
    public func evaluate(_ query: QueryNode, scope: SearchScope = .segment) throws(QueryError) -> MatchSet {
        var spans = SpanListCollector()
        try run(query, scope: scope, into: &spans)
        return spans.matchSet
    }

    /// The spans of some matching segments, in the order given (the page a command shows).
    func matchUnits(_ query: QueryNode, segments: [Int]) throws(QueryError) -> [MatchUnit] {
        try evaluator.matchUnits(scoped(query), scope: .segment, units: segments)
    }

    /// Counts matching reports (document scope, whole files), the figure the peers' benchmarks report.
    public func countDocuments(_ query: QueryNode) throws(QueryError) -> Int {
        try evaluator.countDocuments(query, scope: .document)
    }
}
