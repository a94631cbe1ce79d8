// TinyCorpus: random write-ups built in code (plain lowercase words), and a brute-force scan to check search against.
import TestSupport
import Inspections
import Search

struct TinyCorpus {
    /// Words drawn from a small vocabulary so phrases recur; "gate" and "risk" often.
    static let vocabulary = ["risk", "of", "harm", "the", "gate", "through", "staff", "caseload", "caseloads", "review",
                             "plan", "good", "poor", "work", "and", "to"]
    static let planted = [["risk", "of", "harm"], ["through", "the", "gate"], ["staff", "and"]]
    static let owners = ["Alpha Group", "Beta Trust", "Gamma"]
    static let sections = ["Case supervision", "Leadership", "Unpaid work"]

    var reports: [InspectionReport] = []
    /// Per report, per finding: its words in order.
    var words: [[[String]]] = []

    init(seed: UInt64, reports count: Int = 12) {
        var rng = SplitMix64(seed: seed)
        for d in 0..<count {
            let id = "prov\(d % 5)-crc-\(2018 + d % 4)-\(d)"
            let provider = Provider(id: "prov\(d % 5)", name: "Provider \(d % 5)", shortName: "P\(d % 5)", type: .crc)
            var text = "# Report \(d)\n\nsummary line\n"
            var findings: [Finding] = [], findingWords: [[String]] = []
            for (si, section) in TinyCorpus.sections.enumerated() where rng.next() % 4 != 0 || si == 0 {
                text += "\n## \(section)\n"
                let slug = section.lowercased().replacingOccurrences(of: " ", with: "-")
                for ordinal in 1...(1 + Int(rng.next() % 3)) {
                    let n = 3 + Int(rng.next() % 14)
                    var ws = (0..<n).map { _ in TinyCorpus.vocabulary[Int(rng.next() % UInt64(TinyCorpus.vocabulary.count))] }
                    // Planted phrases, so multi-word queries have something to find.
                    if rng.next() % 3 == 0 {
                        let planted = TinyCorpus.planted[Int(rng.next() % UInt64(TinyCorpus.planted.count))]
                        ws.insert(contentsOf: planted, at: Int(rng.next() % UInt64(ws.count + 1)))
                    }
                    // Punctuation between some words: it must not change matching or counting.
                    let body = ws.enumerated().map { i, w in i > 0 && rng.next() % 5 == 0 ? ", " + w : (i > 0 ? " " : "") + w }.joined()
                    text += "- "
                    let start = text.utf8.count
                    text += body + "."
                    findings.append(Finding(reportID: id, section: section, sectionSlug: slug,
                                            ordinal: ordinal, kind: .bullet, range: start..<text.utf8.count, line: 0))
                    findingWords.append(ws)
                    text += "\n"
                }
            }
            reports.append(InspectionReport(id: id, provider: provider, type: .crc, framework: .crc2018,
                                            ownerGroup: TinyCorpus.owners[d % 3],
                                            published: PartialDate(year: 2018 + d % 4, month: 1 + d % 12),
                                            findings: findings, text: text))
            words.append(findingWords)
        }
    }

    var search: SearchCorpus { SearchCorpus(reports: reports) }

    /// Start offsets (in words) of a phrase in a word list.
    static func occurrences(of phrase: [String], in ws: [String]) -> [Int] {
        guard ws.count >= phrase.count else { return [] }
        return (0...(ws.count - phrase.count)).filter { Array(ws[$0..<($0 + phrase.count)]) == phrase }
    }
}

