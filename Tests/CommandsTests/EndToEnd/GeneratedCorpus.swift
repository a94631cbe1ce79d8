// GeneratedCorpus: a seeded corpus of write-ups in the corpus format, written to a folder for the real loader.
import Foundation
import TestSupport

/// Fictional providers, owners and ratings (they describe no real body), and write-ups whose text is drawn
/// from a small ASCII vocabulary so the test's own tokenizer and the product's agree on every word.
struct GeneratedCorpus {
    struct ProviderEntry {
        let id, short, type, framework, region: String
        /// The registry owner the write-ups' `owner:` starts with; nil: write-ups name no owner.
        let owner: String?
        let years: ClosedRange<Int>
    }

    static let providers = [
        ProviderEntry(id: "alder-crc", short: "Alder CRC", type: "CRC", framework: "crc-2018", region: "North East",
                      owner: "Alpha Holdings", years: 2018...2020),
        ProviderEntry(id: "birch-crc", short: "Birch CRC", type: "CRC", framework: "crc-2018", region: "Midlands",
                      owner: "Beta Services", years: 2018...2020),
        ProviderEntry(id: "cedar-crc", short: "Cedar CRC", type: "CRC", framework: "crc-2018", region: "North East",
                      owner: "Alpha Holdings", years: 2018...2020),
        ProviderEntry(id: "nps-dale", short: "Dale NPS", type: "NPS", framework: "nps-2018", region: "Midlands",
                      owner: nil, years: 2018...2020),
        ProviderEntry(id: "elm-pdu", short: "Elm PDU", type: "PDU", framework: "pdu-2022", region: "South West",
                      owner: nil, years: 2021...2023),
        ProviderEntry(id: "fir-pdu", short: "Fir PDU", type: "PDU", framework: "pdu-2022", region: "North East",
                      owner: nil, years: 2021...2023),
    ]

    /// Headings of the report's own sections: their bullets are findings.
    static let findingSections = ["Organisational delivery", "Case supervision", "Unpaid work and Through the Gate",
                                  "Court work and victim work", "Recommendations", "Overall findings"]
    /// No operator words (or, and, not, near) and no word another one stems to matters here: the queries
    /// are exact words, so `review` and `reviews` must stay apart.
    static let vocabulary = ["risk", "harm", "case", "cases", "staff", "review", "reviews", "gate", "through", "the",
                             "of", "work", "unpaid", "plans", "late", "officers", "caseload", "caseloads", "managers",
                             "oversight", "weak", "good", "2019", "well", "led", "court", "victim", "safe"]
    static let ratings = ["Outstanding", "Good", "Requires improvement", "Inadequate"]

    /// File name -> contents, providers.yaml included.
    let files: [String: String]

    init(seed: UInt64, writeUps: Int) {
        var rng = SplitMix64(seed: seed)
        var files = ["providers.yaml": GeneratedCorpus.registry]
        var used = Set<String>()
        while files.count - 1 < writeUps {
            let p = GeneratedCorpus.providers.randomElement(using: &rng)!
            let year = Int.random(in: p.years, using: &rng)
            let id = "\(p.id)-\(year)"
            guard used.insert(id).inserted else {
                if used.count == GeneratedCorpus.providers.reduce(0, { $0 + $1.years.count }) { break }
                continue
            }
            files[id + ".md"] = GeneratedCorpus.writeUp(id: id, provider: p, year: year, rng: &rng)
        }
        self.files = files
    }

    static let registry: String = {
        var s = "# Fictional providers for tests only.\nowners:\n  - name: Alpha Holdings\n  - name: Beta Services\nproviders:\n"
        for p in providers {
            s += "  - id: \(p.id)\n    name: \(p.short) full name\n    short: \(p.short)\n    type: \(p.type)\n"
            s += "    region: \(p.region)\n"
            if let o = p.owner { s += "    owners: [\(o)]\n" }
        }
        return s
    }()

    static func writeUp(id: String, provider p: ProviderEntry, year: Int, rng: inout SplitMix64) -> String {
        var s = "---\nid: \(id)\nprovider: \(p.id)\ntype: \(p.type)\nframework: \(p.framework)\n"
        if let o = p.owner { s += "owner: \(o) (consortium)\n" }
        s += String(format: "published: %d-%02d-%02d\n", year, Int.random(in: 1...12, using: &rng), Int.random(in: 1...28, using: &rng))
        if Int.random(in: 0..<5, using: &rng) > 0 { s += "overall: \(ratings.randomElement(using: &rng)!)\n" }
        let rated = ["leadership", "reviewing"].filter { _ in Bool.random(using: &rng) }
        if !rated.isEmpty {
            s += "ratings:\n" + rated.map { "  \($0): \(ratings.randomElement(using: &rng)!)\n" }.joined()
        }
        s += "---\n# \(p.short): inspection published \(year)\n\n"
        s += sentence(&rng) + "\n"   // the lead: a note, not a finding
        let sections = findingSections.shuffled(using: &rng).prefix(Int.random(in: 1...4, using: &rng))
        for heading in sections {
            s += "\n## \(heading)\n"
            for _ in 0..<Int.random(in: 1...5, using: &rng) {
                switch Int.random(in: 0..<8, using: &rng) {
                case 0: s += "\n" + sentence(&rng) + "\n\n"                          // a paragraph: a finding too
                case 1: s += "- " + sentence(&rng) + "\n  " + sentence(&rng) + "\n"  // a bullet continued
                default: s += "- " + sentence(&rng) + "\n"
                }
            }
        }
        if Bool.random(using: &rng) { s += "\n## Notes\n- " + sentence(&rng) + "\n" }
        return s
    }

    /// 1-14 words, the first not a number, capitalised first, with commas, a hyphenated or possessive word now and then, and a full stop.
    static func sentence(_ rng: inout SplitMix64) -> String {
        var words: [String] = []
        for i in 0..<Int.random(in: 1...14, using: &rng) {
            var w = vocabulary.randomElement(using: &rng)!
            // "2019." alone on a line is an empty numbered list item, as in CommonMark: no sentence starts with a number.
            while i == 0, w.first!.isNumber { w = vocabulary.randomElement(using: &rng)! }
            switch Int.random(in: 0..<12, using: &rng) {
            case 0: w += "-" + vocabulary.randomElement(using: &rng)!
            case 1: w += "'s"
            case 2: w += ","
            case 3 where i == 0: w = w.prefix(1).uppercased() + w.dropFirst()
            case 4: w = w.uppercased()
            default: break
            }
            words.append(w)
        }
        return words.joined(separator: " ") + "."
    }

    /// Writes the files into a fresh temporary folder; the caller removes it.
    func write() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("probe-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return dir
    }
}
