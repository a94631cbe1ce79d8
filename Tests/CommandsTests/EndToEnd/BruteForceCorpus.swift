// BruteForceCorpus: the oracle's own reading of generated write-ups — raw text to units, with its own tokenizer.
import Foundation

/// Reads the generated files without any product code: front matter by `key: value` lines, the body by
/// headings and bullets, words as runs of ASCII letters and digits, lower-cased.
///
/// Where the product's tokenizer differs (so the generated text and the random queries avoid it): it folds
/// Unicode (accents dropped, any letter or number is a word character, `Café` = `cafe`), it stems for `~word`,
/// and its index knows positions across units for NEAR. Here: ASCII only, exact words, phrases inside one unit.
struct BruteForceCorpus {
    struct Report {
        let id: String
        let provider: String
        /// Every word of the file.
        let words: [String]
        var fields: [String: String] = [:]
        var ratings: [String: String] = [:]
        var year: Int { Int(fields["published"]!.prefix(4))! }
    }

    struct Unit {
        let report: Int
        let heading: String
        let slug: String
        /// `<id>#<slug>-<n>`, counted here from the raw text (notes too: the lead is `summary-1`).
        let citation: String
        let tokens: [String]
        let isFinding: Bool
    }

    var reports: [Report] = []
    var units: [Unit] = []

    /// Lower-case runs of ASCII letters and digits; everything else separates words.
    static func tokens(_ text: String) -> [String] {
        var out: [String] = [], current = ""
        for b in text.lowercased().utf8 {
            if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) {
                current.append(Character(Unicode.Scalar(b)))
            } else if !current.isEmpty {
                out.append(current); current = ""
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// A heading's slug: lower-case ASCII letters and digits, every other run of characters `-`.
    static func slug(_ heading: String) -> String { tokens(heading).joined(separator: "-") }

    /// Write-ups in id order, as the loader keeps them.
    init(files: [String: String]) {
        for name in files.keys.sorted() where name.hasSuffix(".md") {
            read(files[name]!)
        }
        let order = reports.indices.sorted { reports[$0].id < reports[$1].id }
        let renumber = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        reports = order.map { reports[$0] }
        units = units.map { u in
            Unit(report: renumber[u.report]!, heading: u.heading, slug: u.slug, citation: u.citation, tokens: u.tokens,
                 isFinding: u.isFinding)
        }
    }

    private mutating func read(_ text: String) {
        let lines = text.components(separatedBy: "\n")
        var i = 1, fields: [String: String] = [:], ratings: [String: String] = [:], inRatings = false
        while lines[i] != "---" {
            let line = lines[i]
            let (key, value) = split(line)
            if line.hasPrefix("  ") && inRatings { ratings[key] = value } else { fields[key] = value; inRatings = key == "ratings" }
            i += 1
        }
        let d = reports.count
        let id = fields["id"]!
        reports.append(Report(id: id, provider: fields["provider"]!, words: BruteForceCorpus.tokens(text), fields: fields, ratings: ratings))
        var heading = "Summary", counts: [String: Int] = [:]
        var current: [String]? = nil, previousWasText = false
        func flush() {
            guard let words = current else { return }
            let isFinding = GeneratedCorpus.findingSections.contains(heading)
            let slug = BruteForceCorpus.slug(heading)
            counts[slug, default: 0] += 1
            let citation = "\(id)#\(slug)-\(counts[slug]!)"
            units.append(Unit(report: d, heading: heading, slug: slug, citation: citation, tokens: words, isFinding: isFinding))
            current = nil
        }
        for line in lines[(i + 1)...] {
            if line.hasPrefix("# ") { flush(); previousWasText = false; continue }  // the title: no unit
            if line.hasPrefix("## ") { flush(); heading = String(line.dropFirst(3)); previousWasText = false; continue }
            if line.trimmingCharacters(in: .whitespaces).isEmpty { flush(); previousWasText = false; continue }
            if line.hasPrefix("- ") {
                flush(); current = BruteForceCorpus.tokens(String(line.dropFirst(2)))
            } else if previousWasText {
                current! += BruteForceCorpus.tokens(line)  // continues the bullet or paragraph
            } else {
                flush(); current = BruteForceCorpus.tokens(line)
            }
            previousWasText = true
        }
        flush()
    }

    private func split(_ line: String) -> (String, String) {
        let parts = line.split(separator: ":", maxSplits: 1)
        let key = parts[0].trimmingCharacters(in: .whitespaces)
        return (key, parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : "")
    }

    var findings: [Unit] { units.filter(\.isFinding) }

    // MARK: group labels, from the generator's registry and each write-up's front matter

    func provider(_ r: Report) -> GeneratedCorpus.ProviderEntry { GeneratedCorpus.providers.first { $0.id == r.provider }! }

    /// The group a finding falls in, named as `count ... by` names it.
    func group(_ grouping: String, _ u: Unit) -> String {
        let r = reports[u.report]
        switch grouping {
        case "provider": return provider(r).short
        case "owner":
            guard let owner = r.fields["owner"] else { return "unknown owner" }
            return ["Alpha Holdings", "Beta Services"].first { owner.hasPrefix($0) } ?? owner
        case "type": return r.fields["type"]!
        case "region": return provider(r).region
        case "year": return String(r.year)
        case "section": return u.heading
        case "overall": return r.fields["overall"] ?? "unknown"
        default: return r.ratings[grouping] ?? "unknown"
        }
    }
}
