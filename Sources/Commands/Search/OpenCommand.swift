// OpenCommand: `open ID` — a finding among its section's neighbours; and finding ids resolved for open and cite.
import Inspections
import Rendering
import Search

enum OpenCommand {
    static let spec = CommandSpec(
        name: "open", group: .search,
        summary: "A finding in its section, with the findings around it, the chosen one marked.",
        help: "ID is a citation id as find, kwic and export show it (hlny-crc-2019#case-supervision-6), or the number of a "
            + "finding (or line) the last find, kwic or lines listed: `open 3`. `around N` shows "
            + "N findings each side (default 3); the rest of the section is counted. `show REPORT` gives the report card.",
        examples: ["open hlny-crc-2019#case-supervision-6", "open 3", "open bench-crc-2019#case-supervision-1 around 10"],
        arguments: [ArgumentSpec("id", .finding)],
        options: [OptionSpec("around", .integer, "findings shown each side of the chosen one")],
        run: { inv, session in
            let (r, f) = try resolve(inv.positional(0)!, session: session, command: "open")
            let around = try inv.intOption("around", range: 0...1000) ?? 3
            let finding = r.findings[f]
            let section = r.findings.indices.filter {
                r.findings[$0].sectionSlug == finding.sectionSlug && r.findings[$0].reportID == finding.reportID
            }
            guard let at = section.firstIndex(of: f) else { throw CommandError("finding not in its section") }
            let window = section[max(0, at - around)..<min(section.count, at + around + 1)]
            let entries = window.map { i in
                FindingContextView.Entry(citation: r.findings[i].citation, ordinal: r.findings[i].ordinal,
                                         text: SearchSupport.text(r, i), selected: i == f)
            }
            let meta = [r.id, r.provider.shortName, SearchSupport.date(r), r.type.rawValue].filter { !$0.isEmpty }
            return FindingContextView(heading: [r.title.isEmpty ? r.provider.name : r.title, meta.joined(separator: " · ")],
                                      report: r.id, provider: r.provider.shortName, date: SearchSupport.date(r),
                                      section: SearchSupport.section(finding), entries: entries,
                                      earlier: window.startIndex, later: section.count - window.endIndex,
                                      footer: ["cite \(finding.citation) gives a reference · show \(r.id) gives the report card"])
        })

    /// A finding by its number in the last find, kwic or lines, or by citation id.
    static func resolve(_ word: Word, session: Session, command: String) throws -> (InspectionReport, Int) {
        guard let n = Int(word.text), !word.quoted else { return try resolve(word, in: session.corpus, command: command) }
        let ref = try FindingSelection.numbered(n, n, word, session)[0]
        return try resolve(Word(text: ref.citation, range: word.range, quoted: false), in: session.corpus, command: command)
    }

    /// A finding by citation id, with suggestions when the report or the finding is not found.
    static func resolve(_ word: Word, in corpus: LoadedCorpus, command: String) throws -> (InspectionReport, Int) {
        let id = word.text.lowercased()
        let parts = id.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let reportID = parts[0]
        // A finding of a file folded into another inspection keeps its own id before the '#'.
        guard let r = corpus.reports.first(where: { $0.id.lowercased() == reportID })
                ?? corpus.reports.first(where: { $0.ids.contains { $0.lowercased() == reportID } }) else {
            let ids = corpus.reports.map(\.id)
            throw CommandError("no report '\(reportID)'",
                               hint: CommandError.didYouMean(reportID, among: ids) ?? "list shows the reports; find shows citation ids",
                               at: word.range)
        }
        guard parts.count == 2, !parts[1].isEmpty else {
            let example = r.findings.first.map { " such as \($0.citation)" } ?? ""
            throw CommandError.usage("\(command) needs a finding id\(example), not a report",
                                     hint: "show \(r.id) gives the report card", at: word.range)
        }
        guard let f = r.findings.firstIndex(where: { $0.citation.lowercased() == id }) else {
            let citations = r.findings.map(\.citation)
            let near = CommandError.didYouMean(id, among: citations)
            let sections = Array(Set(r.findings.map(\.sectionSlug))).sorted()
            throw CommandError("\(r.id) has no finding '#\(parts[1])'",
                               hint: near ?? "its sections: " + sections.joined(separator: ", "), at: word.range)
        }
        return (r, f)
    }
}
