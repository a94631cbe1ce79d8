// InspectionReport and Finding: one inspection write-up, typed, with its findings as slices of the original text.

/// A standard and its rating in one report. Unknown ratings are simply absent from `InspectionReport.ratings`.
public struct StandardRating: Sendable, Hashable, Codable {
    public var standard: Standard
    public var rating: Rating
    /// What a variant word was read as, e.g. "'poor' read as Inadequate".
    public var note: String?
    public init(standard: Standard, rating: Rating, note: String? = nil) {
        self.standard = standard; self.rating = rating; self.note = note
    }
}

/// A field whose value was inferred from prose rather than given in front matter.
public struct InferredField: Sendable, Hashable, Codable {
    /// Front-matter key it stands for: "provider", "published", "overall", "chief_inspector", "supervised",
    /// or a standard key such as "unpaid work".
    public var field: String
    public var value: String
    /// The sentence it was read from, as the write-up says it (for a table row, its cells joined by " | ").
    public var sentence: String
    /// Where the sentence or row stands in its file; nil for values inferred before positions were kept.
    public var source: InferenceSource?
    public init(field: String, value: String, sentence: String, source: InferenceSource? = nil) {
        self.field = field; self.value = value; self.sentence = sentence; self.source = source
    }
}

/// What a finding is in the Markdown body.
public enum FindingKind: String, Sendable, Codable { case bullet, paragraph }

/// A report's id and section names, shared by all its findings, so a finding stores no string of its own.
public final class SectionTable: Sendable {
    public let reportID: String
    public let names: [String]
    public let slugs: [String]
    /// Whether each section holds notes (ours) rather than findings (the inspectors'); none when empty.
    public let notes: [Bool]
    public init(reportID: String, names: [String], slugs: [String], notes: [Bool] = []) {
        self.reportID = reportID; self.names = names; self.slugs = slugs; self.notes = notes
    }
}

/// The unit of search results: one bullet or paragraph of a write-up — a finding, or a note (`isNote`).
///
/// Stored compactly (a pointer to the report's shared `SectionTable` and small integers): a gigabyte of
/// write-ups has about five million findings, and their names would otherwise dominate memory.
public struct Finding: Sendable, Hashable {
    let table: SectionTable
    let sectionIndex: UInt16
    /// What the finding is in the Markdown body.
    public let kind: FindingKind
    let ordinal32: Int32, start: Int32, end: Int32, line32: Int32

    init(table: SectionTable, sectionIndex: UInt16, ordinal: Int, kind: FindingKind, range: Range<Int>, line: Int) {
        self.table = table; self.sectionIndex = sectionIndex; self.kind = kind
        ordinal32 = Int32(clamping: ordinal); line32 = Int32(clamping: line)
        start = Int32(clamping: range.lowerBound); end = Int32(clamping: range.upperBound)
    }

    /// A finding on its own (tests and hand-built reports); the loader shares one table per report.
    public init(reportID: String, section: String, sectionSlug: String, ordinal: Int, kind: FindingKind,
                range: Range<Int>, line: Int, isNote: Bool = false) {
        self.init(table: SectionTable(reportID: reportID, names: [section], slugs: [sectionSlug], notes: [isNote]),
                  sectionIndex: 0, ordinal: ordinal, kind: kind, range: range, line: line)
    }

    /// True for a note (our summary, context or caveat: the lead of a write-up with front matter, or a
    /// `## Notes` section), false for a finding of the inspectors. Search, counts and word lists take
    /// findings only unless asked for notes (`scope:notes`, `scope:all`).
    public var isNote: Bool { Int(sectionIndex) < table.notes.count && table.notes[Int(sectionIndex)] }

    /// 1-based position within its section.
    public var ordinal: Int { Int(ordinal32) }
    /// 1-based line in the file where it starts.
    public var line: Int { Int(line32) }
    public var reportID: String { table.reportID }
    /// Section heading as written ("Case supervision"); "Summary" for text before the first `##`.
    public var section: String { table.names[Int(sectionIndex)] }
    /// Lower-case, hyphenated section heading ("case-supervision").
    public var sectionSlug: String { table.slugs[Int(sectionIndex)] }
    /// Byte range of the finding's text (without the bullet marker) in the report's `text`.
    public var range: Range<Int> { Int(start)..<Int(end) }
    /// Stable citation id: "<report id>#<section slug>-<n>", n counting from 1 within the section.
    /// Built when asked for rather than stored: one string per finding is most of a big corpus's overhead.
    public var citation: String { reportID + "#" + sectionSlug + "-" + String(ordinal) }

    public static func == (a: Finding, b: Finding) -> Bool {
        a.reportID == b.reportID && a.sectionIndex == b.sectionIndex && a.ordinal32 == b.ordinal32 && a.start == b.start
            && a.end == b.end && a.section == b.section
    }

    public func hash(into h: inout Hasher) {
        h.combine(reportID); h.combine(sectionSlug); h.combine(ordinal32); h.combine(start)
    }
}

/// One inspection write-up, loaded and typed.
public struct InspectionReport: Sendable {
    public var id: String
    public var provider: Provider
    public var type: ProviderType
    public var framework: Framework
    /// Owner as the write-up words it ("Purple Futures (consortium led by Interserve)").
    public var owner: String?
    /// Owner group for counting ("Purple Futures"); from providers.yaml's owners, else `owner`.
    public var ownerGroup: String?
    public var region: String?
    public var published: PartialDate?
    public var fieldwork: PartialDate?
    /// Fieldwork as the write-up words it, when that says more than a date ("2019-11/2019-12", "autumn 2019").
    public var fieldworkText: String?
    public var chiefInspector: String?
    /// As the source words it ("more than 7,000"): the qualifier is kept.
    public var supervised: String?
    public var overall: Rating?
    /// What a variant overall word was read as.
    public var overallNote: String?
    public var previousOverall: Rating?
    /// Known standard ratings, in framework order. A standard not listed is unknown.
    public var ratings: [StandardRating]
    public var sources: [String]
    /// The `# ` title line, without the marker.
    public var title: String
    /// Section headings in order.
    public var sections: [String]
    public var findings: [Finding]
    /// Fields inferred from prose (write-ups without front matter), with the sentence each came from.
    public var inferred: [InferredField]
    /// Path the report was loaded from, as given to the loader.
    public var path: String
    /// True when the report was recognised from a document (a PDF, a web page, text without front matter)
    /// rather than read from a write-up's front matter.
    public var fromDocument = false
    /// Other files about the same inspection folded into this one (`SameInspection`), in the order taken.
    public var parts: [ReportPart] = []
    /// For each value a part supplied (a front-matter key or standard key), the path of that part's file;
    /// every other known value comes from `path`.
    public var valueFiles: [String: String] = [:]
    /// The file's full text (BOM removed, line endings as in the file): findings slice it. Once the corpus
    /// is indexed it is kept compressed (`storeText(in:document:)`) and reading it whole decompresses it:
    /// slice it with `text(of:)` where a part will do.
    public var text: String {
        get { storage.whole }
        set { storage = .whole(newValue) }
    }
    var storage: ReportText

    public init(id: String, provider: Provider, type: ProviderType, framework: Framework, owner: String? = nil,
                ownerGroup: String? = nil, region: String? = nil, published: PartialDate? = nil,
                fieldwork: PartialDate? = nil, chiefInspector: String? = nil, supervised: String? = nil,
                overall: Rating? = nil, overallNote: String? = nil, previousOverall: Rating? = nil,
                ratings: [StandardRating] = [], sources: [String] = [], title: String = "", sections: [String] = [],
                findings: [Finding] = [], inferred: [InferredField] = [], path: String = "", text: String = "") {
        self.id = id; self.provider = provider; self.type = type; self.framework = framework
        self.owner = owner; self.ownerGroup = ownerGroup; self.region = region; self.published = published
        self.fieldwork = fieldwork; self.chiefInspector = chiefInspector; self.supervised = supervised
        self.overall = overall; self.overallNote = overallNote; self.previousOverall = previousOverall
        self.ratings = ratings; self.sources = sources; self.title = title; self.sections = sections
        self.findings = findings; self.inferred = inferred; self.path = path; self.storage = .whole(text)
    }

    /// The rating of a standard, or nil when unknown.
    public func rating(of standard: Standard) -> Rating? {
        ratings.first { $0.standard.key == standard.key }?.rating
    }

    /// The text of a finding, sliced from the original.
    public func text(of finding: Finding) -> Substring { storage.slice(finding.range) }

    /// Moves the text into `store`, whose document `d` must hold the same bytes: the String is released.
    public mutating func storeText(in store: CompressedText, document d: Int) {
        storage = .stored(store, document: d)
    }

    /// Calls `body` with the text's UTF-8 bytes without building a String of it.
    public func withTextBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R { storage.withBytes(body) }

    /// True once the text lives in a `CompressedText`.
    public var isTextStored: Bool { if case .stored = storage { true } else { false } }

    /// The inspectorate's score over known standards only, with its coverage.
    public var score: Score {
        Score(points: ratings.reduce(0) { $0 + $1.rating.points }, known: ratings.count,
              of: framework.standards.count)
    }

    /// True when the named field was inferred from prose.
    public func isInferred(_ field: String) -> Bool { inferred.contains { $0.field == field } }

    /// Where an inferred field was read, with the sentence or row; nil when the field was not inferred.
    public func inference(of field: String) -> InferredField? { inferred.first { $0.field == field } }

    /// The file that gave a value (a front-matter key such as "overall", or a standard's key).
    public func file(givingField field: String) -> String { valueFiles[field] ?? path }

    /// This report's id and the ids of the parts folded into it: each answers for the inspection.
    public var ids: [String] { [id] + parts.map(\.id) }
}

/// A file about the same inspection as a report, folded into it: its own id (its findings keep their
/// citations under it) and path.
public struct ReportPart: Sendable, Hashable {
    public var id: String
    public var path: String
    public var fromDocument: Bool
    public init(id: String, path: String, fromDocument: Bool) { self.id = id; self.path = path; self.fromDocument = fromDocument }
}

/// Points over the known standards, always shown with how many standards they cover.
public struct Score: Sendable, Hashable, Codable, CustomStringConvertible {
    public var points: Int
    public var known: Int
    public var of: Int
    public init(points: Int, known: Int, of: Int) { self.points = points; self.known = known; self.of = of }
    /// Mean points per known standard (0...3), or nil when nothing is known.
    public var mean: Double? { known == 0 ? nil : Double(points) / Double(known) }
    /// "14 over 7 of 10" or "– over 0 of 10".
    public var description: String { known == 0 ? "– over 0 of \(of)" : "\(points) over \(known) of \(of)" }
}
