// AnalysisFixtures: tiny in-memory reports for the Analysis tests, built without the loader.
import Inspections

enum Make {
    static func provider(_ id: String, _ short: String, type: ProviderType = .crc) -> Provider {
        Provider(id: id, name: short + " in full", shortName: short, type: type)
    }

    /// A report whose findings are the given sentences, one bullet each, in one section.
    static func report(_ id: String, provider: Provider, year: Int, month: Int = 6, overall: Rating?,
                       ratings: [String: Rating] = [:], owner: String? = nil, findings: [String] = [],
                       framework: Framework = .crc2018) -> InspectionReport {
        var text = "# \(id)\n\n## Findings\n"
        var list: [Finding] = []
        for (i, f) in findings.enumerated() {
            text += "- "
            let start = text.utf8.count
            text += f
            list.append(Finding(reportID: id, section: "Findings", sectionSlug: "findings", ordinal: i + 1,
                                kind: .bullet, range: start..<text.utf8.count, line: 4 + i))
            text += "\n"
        }
        let rated = framework.standards.compactMap { s in ratings[s.key].map { StandardRating(standard: s, rating: $0) } }
        return InspectionReport(id: id, provider: provider, type: provider.type, framework: framework, owner: owner,
                                ownerGroup: owner, published: PartialDate(year: year, month: month), overall: overall,
                                ratings: rated, findings: list, text: text)
    }
}
