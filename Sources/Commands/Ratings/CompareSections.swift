// CompareSections: `compare A B sections` — the two inspections' findings section by section, each section's ratings above its column.
import Analysis
import Inspections
import Rendering

enum CompareSections {
    /// Sections of A in its order, then those only B has, matched by their slug ("Case Supervision" is
    /// "Case supervision"); only the inspectors' findings, never our notes.
    static func sections(_ a: InspectionReport, _ b: InspectionReport) -> [(slug: String, name: String)] {
        var out: [(String, String)] = [], seen = Set<String>()
        for r in [a, b] {
            for f in r.findings where !f.isNote && !seen.contains(f.sectionSlug) {
                seen.insert(f.sectionSlug); out.append((f.sectionSlug, f.section))
            }
        }
        return out
    }

    /// The ratings a section of `r` stands for: one standard's rating in the view's words, several as
    /// abbreviation and letter ("1.1 G  1.2 R"), or nil when the heading names no standard.
    static func ratings(_ heading: String, _ r: InspectionReport, form: RatingForm) -> String? {
        let standards = SectionStandards.standards(of: heading, in: r.framework)
        guard !standards.isEmpty else { return nil }
        if standards.count == 1 { return standards[0].label + ": " + form.text(r.rating(of: standards[0])) }
        return standards.map { $0.abbreviation + " " + RatingForm.letter.text(r.rating(of: $0)) }.joined(separator: "  ")
    }

    /// "North Marsh CRC (2019-03-14)", or the inspection's id when both are of one provider.
    static func title(_ r: InspectionReport, sameProvider: Bool) -> String {
        (sameProvider ? r.id : r.provider.shortName) + " (" + (r.reportDate?.description ?? "undated") + ")"
    }

    /// One row per finding and per section rating of each side: section, side, item, id, text.
    static func data(_ a: InspectionReport, _ b: InspectionReport) -> DataTable {
        var rows: [[Cell]] = []
        for (slug, name) in sections(a, b) {
            for (side, r) in [("a", a), ("b", b)] {
                let inSection = r.findings.filter { !$0.isNote && $0.sectionSlug == slug }
                let heading = inSection.first?.section ?? name
                for s in SectionStandards.standards(of: heading, in: r.framework) {
                    rows.append([.text(name), .text(side), .text("rating"), .text(s.key), r.rating(of: s).map { .text($0.label) } ?? .null])
                }
                for f in inSection {
                    rows.append([.text(name), .text(side), .text("finding"), .text(f.citation), .text(String(r.text(of: f)))])
                }
            }
        }
        return DataTable(columns: ["section", "side", "item", "id", "text"].map { Column($0) }, rows: rows)
    }
}

/// The section-by-section text, laid out at the width it is rendered at (the rating words depend on it).
struct CompareSectionsView: Renderable {
    let a: InspectionReport
    let b: InspectionReport
    let notes: [String]

    func render(in context: RenderContext) -> String {
        let data = CompareSections.data(a, b)
        guard context.format == .table else { return data.render(in: context) }
        let ascii = context.charset == .ascii, form = RatingForm(width: context.width)
        let bullet = ascii ? "- " : "• "
        // The titles head the two halves the findings fill (the renderer's own titles sit over a label
        // column this view does not have), so they wrap rather than being cut.
        let same = a.provider.id == b.provider.id
        var usedShort = false
        var items: [SideBySide.Item] = [.pair(CompareSections.title(a, sameProvider: same), CompareSections.title(b, sameProvider: same))]
        for (slug, name) in CompareSections.sections(a, b) {
            items.append(.blank)
            items.append(.heading(name))
            func findings(_ r: InspectionReport) -> [String] {
                r.findings.filter { !$0.isNote && $0.sectionSlug == slug }.map { bullet + String(r.text(of: $0)) }
            }
            let fa = findings(a), fb = findings(b)
            let ra = CompareSections.ratings(name, a, form: form), rb = CompareSections.ratings(name, b, form: form)
            usedShort = usedShort || [ra, rb].contains { $0?.hasSuffix(": RI") == true }
            if ra != nil || rb != nil {
                items.append(.pair(ra ?? "(no rating for this section)", rb ?? "(no rating for this section)"))
            }
            if fa.isEmpty || fb.isEmpty {
                items.append(.pair(fa.isEmpty ? "(no such section)" : "", fb.isEmpty ? "(no such section)" : ""))
            }
            for i in 0..<max(fa.count, fb.count) {
                items.append(.pair(i < fa.count ? fa[i] : "", i < fb.count ? fb[i] : ""))
            }
        }
        if items.count == 1 { items.append(.paragraph("(neither write-up has findings)")) }
        var footer = ["each section's ratings are above its findings: " + RatingForm.letterLegend.joined(separator: ", ")
                      + (usedShort ? "; RI: requires improvement" : "")]
        if same { footer.insert("A is \(a.id), B is \(b.id)", at: 0) }
        return SideBySide(titleA: "", titleB: "", items: items, header: notes, footer: footer, data: data).render(in: context)
    }
}
