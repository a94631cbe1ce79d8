// FieldResolution: query field filters (provider:, type:, section:, year:, set:, tag:, a standard...) as report sets.
import Foundation
import Inspections
import QueryLanguage

struct FieldResolution {
    let corpus: SearchCorpus

    static let fieldNames = ["provider", "owner", "type", "region", "section", "year", "overall", "scope"] + SearchContext.fieldNames

    func resolve(_ f: FieldFilter) throws(QueryError) -> FieldMatch {
        let reports = corpus.reports
        func docs(_ keep: (InspectionReport) -> Bool) -> FieldMatch {
            FieldMatch(documents: reports.indices.filter { keep(reports[$0]) })
        }
        switch f.name {
        case "provider", "p":
            let name = try text(f)
            let provider = try resolveProvider(name, f)
            return docs { $0.provider.id == provider.id }
        case "owner":
            let name = try text(f).lowercased()
            let groups = Array(Set(reports.compactMap { $0.ownerGroup ?? $0.owner })).sorted()
            let match = docs { r in
                [r.ownerGroup, r.owner].compactMap { $0?.lowercased() }.contains { $0.contains(name) }
            }
            if match.documents.isEmpty {
                throw QueryError("no owner '\(name)'", range: f.valueRange,
                                 hint: EditDistance.didYouMean(EditDistance.suggestions(for: name, among: groups))
                                    ?? "owners: " + groups.joined(separator: ", "))
            }
            return match
        case "region":
            let t = try text(f)
            let wanted = FieldResolution.regionForm(t)
            let regions = Array(Set(reports.compactMap(\.region))).sorted()
            var match = docs { r in r.region.map { FieldResolution.regionForm($0) == wanted } ?? false }
            if match.documents.isEmpty {
                match = docs { r in r.region.map { FieldResolution.regionForm($0).contains(wanted) } ?? false }
            }
            if match.documents.isEmpty || wanted.isEmpty {
                throw QueryError("no region '\(t)'", range: f.valueRange,
                                 hint: EditDistance.didYouMean(EditDistance.suggestions(for: t, among: regions))
                                    ?? (regions.isEmpty ? "no write-up names its region" : "regions: " + regions.joined(separator: ", ")))
            }
            return match
        case "type":
            let t = try text(f)
            guard let type = ProviderType.read(t) else {
                throw QueryError("no provider type '\(t)'", range: f.valueRange, hint: "type:crc, type:nps, type:pdu or type:region")
            }
            return docs { $0.type == type }
        case "section":
            let wanted = Slug.make(try text(f), fallback: "")
            var documents: [Int] = [], segments: [Int] = []
            for (d, r) in reports.enumerated() {
                var any = false
                for (i, finding) in r.findings.enumerated() where finding.sectionSlug.contains(wanted) {
                    segments.append(corpus.segment(report: d, finding: i)); any = true
                }
                if any { documents.append(d) }
            }
            if documents.isEmpty {
                let all = Array(Set(reports.flatMap { $0.findings.map(\.sectionSlug) })).sorted()
                throw QueryError("no section '\(wanted)'", range: f.valueRange,
                                 hint: EditDistance.didYouMean(EditDistance.suggestions(for: wanted, among: all))
                                    ?? "sections include: " + all.prefix(6).joined(separator: ", "))
            }
            return FieldMatch(documents: documents, segments: segments)
        case "year":
            let (lo, hi) = try years(f)
            return docs { r in r.year.map { (lo...hi).contains($0) } ?? false }
        case "overall":
            let rating = try ratingValue(f)
            return docs { $0.overall == rating }
        case "scope":
            let t = try text(f)
            guard let scope = TextScope(reading: t) else {
                throw QueryError("no scope '\(t)'", range: f.valueRange,
                                 hint: "scope:findings (the default), scope:notes or scope:all")
            }
            switch scope {
            case .all: return FieldMatch(documents: Array(reports.indices))
            case .notes: return FieldMatch(documents: corpus.kinds.documentsWithNotes, segments: corpus.kinds.notes)
            case .findings:
                let segments = corpus.kinds.findings
                var documents: [Int] = []
                for s in segments {
                    let d = corpus.index.document(ofSegment: s)
                    if documents.last != d { documents.append(d) }
                }
                return FieldMatch(documents: documents, segments: segments)
            }
        case SearchContext.restrictionField:
            let r = corpus.context.restriction
            return FieldMatch(documents: r?.documents ?? Array(reports.indices), segments: r?.segments)
        case "set", "tag":
            return try named(f)
        default:
            return try standardFilter(f)
        }
    }

    /// `set:NAME` and `tag:NAME`: the findings a session named, per finding (like `section:`).
    func named(_ f: FieldFilter) throws(QueryError) -> FieldMatch {
        let value = try text(f)
        let values = corpus.context.named[f.name] ?? [:]
        // Names are kept lower-case by whoever names them, so `set:RH` is `set:rh`.
        guard let segments = values[value.lowercased()] else {
            let known = values.keys.sorted()
            let what = f.name == "set" ? "no set '\(value)'" : "no finding is tagged '\(value)'"
            throw QueryError(what, range: f.valueRange,
                             hint: EditDistance.didYouMean(EditDistance.suggestions(for: value, among: known))
                                ?? corpus.context.hints[f.name + ":" + value] ?? corpus.context.hints[f.name]
                                ?? (known.isEmpty ? "none yet" : f.name + "s: " + known.joined(separator: ", ")))
        }
        var documents: [Int] = []
        for s in segments {
            let d = corpus.index.document(ofSegment: s)
            if documents.last != d { documents.append(d) }
        }
        return FieldMatch(documents: documents, segments: segments)
    }

    /// A region as compared: lower-case words of letters and digits ("North-East" and "north east" match).
    static func regionForm(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
    }

    func text(_ f: FieldFilter) throws(QueryError) -> String {
        guard case .text(let t) = f.value, !t.isEmpty else {
            throw QueryError("\(f.name): needs a value, not a range", range: f.valueRange, hint: "e.g. \(f.name):something")
        }
        return t
    }

    func resolveProvider(_ name: String, _ f: FieldFilter) throws(QueryError) -> Provider {
        switch corpus.registry.lookup(name) {
        case .success(let p): return p
        case .failure(let failure): throw QueryError(failure.message, range: f.valueRange, hint: failure.hint)
        }
    }

    func years(_ f: FieldFilter) throws(QueryError) -> (Int, Int) {
        func year(_ s: String?, default d: Int) throws(QueryError) -> Int {
            guard let s else { return d }
            guard let y = Int(s), (1900...2100).contains(y) else {
                throw QueryError("'\(s)' is not a year", range: f.valueRange, hint: "write year:2019 or year:2019..2021")
            }
            return y
        }
        switch f.value {
        case .text(let t):
            let y = try year(t, default: 0)
            return (y, y)
        case .range(let lower, let upper):
            let lo = try year(lower, default: 1900), hi = try year(upper, default: 2100)
            guard lo <= hi else {
                throw QueryError("the range \(lo)..\(hi) is empty", range: f.valueRange, hint: "put the earlier year first")
            }
            return (lo, hi)
        }
    }

    func ratingValue(_ f: FieldFilter) throws(QueryError) -> Rating {
        let t = try text(f).replacingOccurrences(of: "-", with: " ")
        guard let reading = Rating.read(t) else {
            throw QueryError("'\(t)' is not a rating", range: f.valueRange,
                             hint: "outstanding, good, requires-improvement (or ri) or inadequate")
        }
        return reading.rating
    }

    /// `reviewing:inadequate`, `2.4:inadequate`, `ttg:good`: the standard is read in each report's framework.
    func standardFilter(_ f: FieldFilter) throws(QueryError) -> FieldMatch {
        let name = f.name.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        let known = Framework.all.contains { $0.standard(named: name) != nil }
        guard known else {
            let standardNames = Framework.all.flatMap { $0.standards.map { $0.key.replacingOccurrences(of: " ", with: "-") } }
            let candidates = FieldResolution.fieldNames + Array(Set(standardNames)).sorted()
            throw QueryError("unknown field '\(f.name)'", range: f.range.lowerBound..<(f.range.lowerBound + f.name.utf8.count),
                             hint: EditDistance.didYouMean(EditDistance.suggestions(for: f.name, among: candidates))
                                ?? "fields: provider, owner, type, region, section, year, overall, scope, set, tag, or a standard such as reviewing:inadequate")
        }
        let rating = try ratingValue(f)
        return FieldMatch(documents: corpus.reports.indices.filter { d in
            let r = corpus.reports[d]
            guard let s = r.framework.standard(named: name) else { return false }
            return r.rating(of: s) == rating
        })
    }
}
