// WriteUp: a report recognised from a document written as a corpus write-up (front matter with the facts
// and ratings found, `inferred:` saying where each was read, and the body as sections and findings).

public enum WriteUp {
    /// The write-up's Markdown. Loading it gives back the same facts; reviewing it means reading the
    /// `inferred:` lines against the document and correcting the front matter.
    public static func markdown(for r: InspectionReport) -> String {
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
        var body = r.text
        if !body.hasPrefix("# ") { body = "# \(r.title)\n\n" + body }
        if !body.hasSuffix("\n") { body += "\n" }
        return fm.joined(separator: "\n") + "\n" + body
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
