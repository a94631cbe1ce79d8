// WriteUp: a report recognised from a document written as a corpus write-up (front matter with the facts
// and ratings found, `inferred:` saying where each was read, the document's text as findings, and notes
// saying what was imported from where and what to review).
import Documents
import Foundation

public enum WriteUp {
    /// The section the document's text before its first heading goes under: in a write-up the lead is a
    /// note, and the document's text is findings.
    public static let openingSection = "Document text"

    /// The write-up's Markdown. Loading it gives back the same facts and findings; reviewing it means reading
    /// the `inferred:` lines against the document and correcting the front matter. `diagnostics` are what
    /// the load said about the document (values left unknown and why), listed in the notes.
    public static func markdown(for r: InspectionReport, diagnostics: [LoadDiagnostic] = []) -> String {
        var fm = ["---", "id: \(quote(r.id))"]
        // A provider the registry does not list is written under its stated name, as the document gives it.
        let unlisted = r.provider.id == "unknown" || (r.provider.aliases.isEmpty && r.provider.shortName == r.provider.name
                                                      && r.provider.id == Slug.make(r.provider.name, fallback: "unknown"))
        fm.append("provider: \(quote(unlisted ? r.provider.name : r.provider.id))")
        fm.append("type: \(r.type.rawValue)")
        fm.append("framework: \(r.framework.id)")
        if let o = r.owner { fm.append("owner: \(quote(o))") }
        if let d = r.published { fm.append("published: \(d)") }
        if let d = r.fieldwork { fm.append("fieldwork: \(quote(r.fieldworkText ?? d.description))") }
        if let c = r.chiefInspector { fm.append("chief_inspector: \(quote(c))") }
        if let s = r.supervised { fm.append("supervised: \(quote(s))") }
        if let o = r.overall { fm.append("overall: \(o.label)") }
        if !r.ratings.isEmpty {
            fm.append("ratings:")
            for s in r.ratings { fm.append("  \(s.standard.key): \(s.rating.label)") }
        }
        if !r.sources.isEmpty {
            fm.append("sources:")
            for s in r.sources { fm.append("  - \(quote(s))") }
        }
        let inferred = r.inferred.filter { $0.field != "title" }
        if !inferred.isEmpty {
            fm.append("inferred:")
            for f in inferred {
                let place = f.source.map { "\($0): " } ?? ""
                fm.append("  \(f.field): \(quote(place + f.sentence))")
            }
        }
        fm.append("---")
        return fm.joined(separator: "\n") + "\n" + body(r.text, title: r.title) + "\n" + notes(for: r, diagnostics: diagnostics)
    }

    /// The document's text with a `# ` title first, its opening text under `## Document text` and any heading
    /// of its own called "Notes" renamed, so that all of it stays findings.
    static func body(_ text: String, title: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
        while lines.last?.allSatisfy({ $0 == " " || $0 == "\t" }) == true { lines.removeLast() }
        var out: [String] = []
        var i = 0
        while i < lines.count, lines[i].allSatisfy({ $0 == " " || $0 == "\t" }) { i += 1 }
        let oneLineTitle = title.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
        if i < lines.count, let h = heading(lines[i]), h.level == 1 {
            out.append(lines[i]); i += 1
        } else if i < lines.count, !oneLineTitle.isEmpty, lines[i].trimmingCharacters(in: .whitespaces) == oneLineTitle {
            // A text's first line read as its title becomes the heading rather than being said twice.
            out.append("# " + oneLineTitle); i += 1
        } else {
            out.append("# " + (oneLineTitle.isEmpty ? "Untitled document" : oneLineTitle))
        }
        var opened = false
        for line in lines[i...] {
            if let h = heading(line) {
                opened = true
                if h.level <= 2, h.text.lowercased() == "notes" {
                    out.append(String(repeating: "#", count: max(2, h.level)) + " Notes in the document"); continue
                }
            } else if !opened, !line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                if out.last?.isEmpty == false { out.append("") }
                out += ["## " + openingSection, ""]
                opened = true
            }
            out.append(line)
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// An ATX heading's level and text, as the body parser reads them (indented at most three spaces).
    static func heading(_ line: String) -> (level: Int, text: String)? {
        let trimmed = line.drop { $0 == " " }
        guard line.count - trimmed.count <= 3, trimmed.hasPrefix("#") else { return nil }
        let hashes = trimmed.prefix { $0 == "#" }
        let rest = trimmed.dropFirst(hashes.count)
        guard hashes.count <= 6, rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        return (hashes.count, rest.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: ["#", " "]))
    }

    /// `## Notes`: where the write-up came from, that its front matter is unchecked, what was left unknown
    /// and why, and how to review it.
    static func notes(for r: InspectionReport, diagnostics: [LoadDiagnostic]) -> String {
        let name = r.path.split(separator: "/").last.map(String.init) ?? r.path
        let kind: String
        switch DocumentFormat.forExtension(of: r.path) {
        case .pdf?: kind = "a PDF, its text extracted with pdftotext"
        case .html?: kind = "a web page, its main text kept"
        default: kind = "text without front matter"
        }
        var bullets = [
            "Imported by probe from \(name) (\(kind)). The text under the headings above is the document's, as extracted; "
                + "delete anything in it that is not the report's own (a menu, a footer).",
            "The front matter holds what probe recognised in the document, unchecked. Each `inferred:` entry gives the page "
                + "and line (or the element) and the sentence or table row a value was read from: check each against the "
                + "document, correct the value if it is wrong, then delete the entry.",
        ]
        // Under the generic framework (no type known) every standard of every framework is possible: not listed.
        let unknown = r.framework.id == Framework.generic.id ? [] : r.framework.standards.filter { r.rating(of: $0) == nil }.map { ($0.number.map { $0 + " " } ?? "") + $0.label }
        if r.overall == nil || !unknown.isEmpty {
            bullets.append("Not found in the document: " + ((r.overall == nil ? ["the overall rating"] : []) + unknown).joined(separator: ", ")
                           + ". Add a rating only where a source states it.")
        }
        if r.provider.id == RecognizedReport.unknownProvider.id {
            bullets.append("No provider was recognised: set `provider` (and `type`) before keeping this write-up.")
        }
        for d in diagnostics where d.severity != .error && !d.message.hasPrefix("read as ") && !d.message.hasPrefix("no front matter") {
            let place = d.location.line > 0 ? "line \(d.location.line): " : ""
            bullets.append(DocumentBody.oneLine(place + d.message))
        }
        return "## Notes\n\n" + bullets.map { "- " + $0 + "\n" }.joined()
    }

    /// A YAML double-quoted scalar.
    static func quote(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if c.value < 0x20 || c.value == 0x7F { out += "\\x" + pad(Int(c.value), 2, hex: true) } else { out.unicodeScalars.append(c) }
            }
        }
        return out + "\""
    }

    private static func pad(_ n: Int, _ w: Int, hex: Bool) -> String {
        let s = String(n, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, w - s.count)) + s
    }
}

extension InspectionReport {
    /// The value a front-matter field holds in this report, as text; nil when unknown.
    func value(ofField field: String) -> String? {
        switch field {
        case "provider": provider.id
        case "type": type.rawValue
        case "published": published?.description
        case "fieldwork": fieldwork?.description
        case "chief_inspector": chiefInspector
        case "supervised": supervised
        case "overall": overall?.label
        case "title": title
        default: framework.standard(named: field).flatMap { rating(of: $0)?.label }
        }
    }
}
