// SameInspection: reports from different files about one inspection (the same id, or the same provider and
// publication month) folded into one, the leading file's values kept and the others filling its unknowns.

/// Which files are one inspection, which of them leads, and how the others fill it in.
///
/// - Two reports are the same inspection when they have the same id, or the same known provider and the
///   same publication month (both dates known at least to the month). Two write-ups with front matter are
///   never folded by their month (they stay two inspections), nor by their id when they come from the same
///   folder given to the loader (a duplicate id there stays an error).
/// - The leading report is a write-up before an imported write-up (one with `inferred:` entries) before a
///   document; among imported write-ups and documents, the one stating more ratings; then the folder given
///   first; then the path.
/// - The others fill what the leader leaves unknown (overall, standard ratings, dates, chief inspector,
///   number supervised) and add their sources and findings. A value both state differently is a warning
///   naming both files and both values; the leader's value is kept.
/// - Folded findings keep the citations they have when their file is loaded alone (`<its id>#section-n`),
///   so citations stay unique and stable; the inspection answers to every id (`InspectionReport.ids`).
enum SameInspection {
    /// A report with the position of the folder it was found under among the paths loaded.
    struct Entry {
        var report: InspectionReport
        var root: Int
        var idLocation: SourceLocation?
    }

    /// 0 a write-up, 1 an imported write-up, 2 a document.
    static func rank(_ r: InspectionReport) -> Int { r.fromDocument ? 2 : (r.inferred.isEmpty ? 0 : 1) }

    static func leads(_ a: Entry, _ b: Entry) -> Bool {
        let ra = rank(a.report), rb = rank(b.report)
        let ka = ra == 0 ? 0 : -(a.report.ratings.count + (a.report.overall == nil ? 0 : 1))
        let kb = rb == 0 ? 0 : -(b.report.ratings.count + (b.report.overall == nil ? 0 : 1))
        return (ra, ka, a.root, a.report.path) < (rb, kb, b.root, b.report.path)
    }

    /// Folds entries that are one inspection; returns the reports and how many files were refused (duplicate ids).
    static func combine(_ entries: [Entry], diagnostics: inout [LoadDiagnostic]) -> (reports: [InspectionReport], refused: Int) {
        var refused = 0
        var byID: [String: [Entry]] = [:], order: [String] = []
        for e in entries {
            if byID[e.report.id] == nil { order.append(e.report.id) }
            byID[e.report.id, default: []].append(e)
        }
        var merged: [Entry] = []
        for id in order {
            let group = byID[id]!.sorted(by: leads)
            var lead = group[0]
            for other in group.dropFirst() {
                if rank(lead.report) == 0, rank(other.report) == 0, lead.root == other.root {
                    diagnostics.append(LoadDiagnostic(.error, other.idLocation ?? SourceLocation(file: other.report.path),
                        "duplicate id '\(id)': already used by \(lead.report.path)",
                        hint: "give each write-up its own id; this file is skipped"))
                    refused += 1
                    continue
                }
                fold(other.report, into: &lead.report, because: "the same id", diagnostics: &diagnostics)
            }
            merged.append(lead)
        }

        // Then the same provider and publication month.
        var byMonth: [String: [Int]] = [:], months: [String] = []
        for (i, e) in merged.enumerated() {
            guard e.report.provider.id != RecognizedReport.unknownProvider.id, let d = e.report.published, let m = d.month else { continue }
            let key = "\(e.report.provider.id)\u{1}\(d.year)-\(m)"
            if byMonth[key] == nil { months.append(key) }
            byMonth[key, default: []].append(i)
        }
        var dropped = Set<Int>()
        for key in months {
            let group = byMonth[key]!.sorted { leads(merged[$0], merged[$1]) }
            guard group.count > 1 else { continue }
            let lead = group[0]
            for i in group.dropFirst() where !(rank(merged[lead].report) == 0 && rank(merged[i].report) == 0) {
                fold(merged[i].report, into: &merged[lead].report, because: "the same provider and publication month",
                     diagnostics: &diagnostics)
                dropped.insert(i)
            }
        }
        let reports = merged.indices.filter { !dropped.contains($0) }.map { merged[$0].report }
        return (reports, refused)
    }

    /// Folds `other` into `lead`: unknowns filled, disagreements warned about, sources, findings and ids added.
    static func fold(_ other: InspectionReport, into lead: inout InspectionReport, because reason: String,
                     diagnostics: inout [LoadDiagnostic]) {
        var filled: [String] = []
        let here = SourceLocation(file: other.path)
        func take(_ field: String) {
            filled.append(field)
            lead.valueFiles[field] = other.file(givingField: field)
            if let inferred = other.inference(of: field) { lead.inferred.append(inferred) }
        }
        func disagree(_ field: String, _ kept: String, _ theirs: String) {
            let where_ = other.inference(of: field)?.source.map { " (\($0.description))" } ?? ""
            diagnostics.append(LoadDiagnostic(.warning, here,
                "'\(field)' is \(kept) in \(lead.file(givingField: field)) but \(theirs) in \(other.path)\(where_); "
                    + "\(kept) is kept, from the file that leads",
                hint: "the two files are one inspection (\(reason)); correct the one that is wrong"))
        }
        if lead.published == nil, other.published != nil { lead.published = other.published; take("published") }
        if lead.fieldwork == nil, other.fieldwork != nil {
            lead.fieldwork = other.fieldwork; lead.fieldworkText = other.fieldworkText; take("fieldwork")
        }
        if lead.chiefInspector == nil, other.chiefInspector != nil { lead.chiefInspector = other.chiefInspector; take("chief_inspector") }
        if lead.supervised == nil, other.supervised != nil { lead.supervised = other.supervised; take("supervised") }
        if let o = other.overall {
            if let kept = lead.overall {
                if kept != o { disagree("overall", kept.label, o.label) }
            } else {
                lead.overall = o; lead.overallNote = other.overallNote; take("overall")
            }
        }
        for sr in other.ratings {
            guard let standard = lead.framework.standard(named: sr.standard.key) else {
                diagnostics.append(LoadDiagnostic(.warning, here,
                    "'\(sr.standard.key)' is rated \(sr.rating.label) here, but it is not a standard of \(lead.id)'s framework (\(lead.framework.id)); left out",
                    hint: "check the type and date of both files: they are one inspection (\(reason))"))
                continue
            }
            if let kept = lead.rating(of: standard) {
                if kept != sr.rating { disagree(standard.key, kept.label, sr.rating.label) }
            } else {
                lead.ratings.append(StandardRating(standard: standard, rating: sr.rating, note: sr.note))
                if sr.standard.key != standard.key, let i = other.inference(of: sr.standard.key) {
                    lead.inferred.append(InferredField(field: standard.key, value: i.value, sentence: i.sentence, source: i.source))
                }
                take(standard.key)
            }
        }
        let order = lead.framework.standards.map(\.key)
        lead.ratings.sort { (order.firstIndex(of: $0.standard.key) ?? order.count) < (order.firstIndex(of: $1.standard.key) ?? order.count) }
        for s in other.sources where !lead.sources.contains(s) { lead.sources.append(s) }

        // The other's text follows the lead's; its findings keep their own tables (and so their citations).
        let offset = lead.text.utf8.count + 1
        lead.text += "\n" + other.text
        lead.findings += other.findings.map { f in
            Finding(table: f.table, sectionIndex: f.sectionIndex, ordinal: f.ordinal, kind: f.kind,
                    range: (f.range.lowerBound + offset)..<(f.range.upperBound + offset), line: f.line)
        }
        lead.sections += other.sections.filter { !lead.sections.contains($0) }
        lead.parts.append(ReportPart(id: other.id, path: other.path, fromDocument: other.fromDocument))
        lead.parts += other.parts

        let what = filled.isEmpty ? "nothing was unknown that it states" : "filled from it: " + filled.joined(separator: ", ")
        diagnostics.append(LoadDiagnostic(.note, here,
            "the same inspection as '\(lead.id)' (\(lead.path)): \(reason); shown as one; \(what)"))
    }
}
