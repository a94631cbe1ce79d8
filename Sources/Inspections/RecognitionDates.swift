// RecognitionDates: the publication date (only where a document says it was published, or a dated release
// line) and the fieldwork date; dates of reading, downloading, printing or updating are never taken.
import Documents
import Foundation

extension Recognition {
    /// Words that make a date something other than the report's publication.
    static let notPublication = ["read", "reading", "download", "printed", "print", "accessed", "access", "retrieved",
                                 "updated", "update", "visited", "viewed", "saved", "modified", "edited", "noted",
                                 "fieldwork", "inspected", "visit", "previous", "previously", "earlier", "prior", "last",
                                 "next", "due", "expected", "scheduled", "planned", "started", "began", "between",
                                 "copied", "captured", "checked", "consulted", "opened", "looked", "notes", "until"]

    mutating func recogniseDates() {
        var best: (rank: Int, date: PartialDate, line: ReportRecognizer.Line)?
        var fieldwork: (PartialDate, ReportRecognizer.Line)?
        for (k, line) in lines.enumerated() where FastText.hasDigit(line.text) {
            let mentions = DateScanner.dates(in: line.text)
            guard !mentions.isEmpty else { continue }
            let chars = Array(line.text)
            var from = 0
            // A date alone in its block takes its label from the block before: "Published:" / "14 March 2025".
            let previous = lines.indices.contains(k - 1) && lines[k - 1].block == line.block - 1
                && isDateLine(line.text, mentions[0]) && lines[k - 1].text.count <= 40 && lines[k - 1].text.hasSuffix(":")
                ? lines[k - 1].text + " " : ""
            for m in mentions {
                let context = previous.lowercased() + String(chars[from..<m.range.lowerBound]).lowercased()
                let contextWords = Set(Words.split(context).map(\.lower))
                let sentenceLower = line.text.lowercased()
                from = m.range.upperBound
                if fieldwork == nil, sentenceLower.contains("fieldwork") || contextWords.contains("inspected")
                    || sentenceLower.contains("inspection took place") || sentenceLower.contains("inspectors visited") {
                    fieldwork = (m.date, line)
                    continue
                }
                if Self.notPublication.contains(where: { contextWords.contains($0) }) {
                    if contextWords.contains(where: { ["read", "reading", "download", "downloaded", "printed", "accessed", "retrieved", "updated"].contains($0) })
                        || context.contains("download") {
                        note(line.block, "date \(m.date) not taken as the publication date: '\(line.text)' is about \(Self.reason(context))")
                    }
                    continue
                }
                var rank = 0
                if context.contains("publish") || context.contains("publication") || context.contains("release date")
                    || context.contains("date of issue") { rank = 3 }
                else if line.block < 8, isDateLine(line.text, m) { rank = 2 }
                else if line.block < 8, context.contains("posted") || line.text.lowercased().contains(" by ") && isDateLine(String(line.text.prefix(m.range.upperBound)), m) { rank = 1 }
                if rank > 0, rank > (best?.rank ?? 0) { best = (rank, m.date, line) }
                _ = k
            }
        }
        if let b = best {
            result.published = b.date
            record("published", b.date.description, b.line.text, block: b.line.block)
        }
        if let (d, line) = fieldwork {
            result.fieldwork = d
            record("fieldwork", d.description, line.text, block: line.block)
        }
    }

    /// A line that is a date and little else: a release's dateline, "HMI Probation, May 2020", "Posted on ...".
    private func isDateLine(_ text: String, _ m: DateMention) -> Bool {
        let rest = Words.split(text).filter { w in !m.range.contains(w.range.lowerBound) }.map(\.lower)
        let allowed: Set<String> = ["hmi", "probation", "hm", "inspectorate", "of", "published", "posted", "on", "date", "press",
                                    "release", "news", "for", "immediate", "issued"]
        return rest.allSatisfy { allowed.contains($0) }
    }

    private static func reason(_ context: String) -> String {
        for (word, what) in [("download", "downloading"), ("print", "printing"), ("access", "accessing"),
                             ("retriev", "retrieving"), ("updat", "updating"), ("read", "reading")] where context.contains(word) {
            return what + " it"
        }
        return "something else"
    }
}
