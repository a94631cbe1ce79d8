// MarkdownBody: the body of a write-up cut into title, sections and findings (bullets and paragraphs) as byte ranges.

/// What the body parser found.
struct ParsedBody {
    /// The first `# ` heading's text, or nil when there is none.
    var title: String?
    /// 1-based line of the title heading.
    var titleLine: Int?
    var sections: [String] = []
    var findings: [Finding] = []
}

/// Reads the Markdown subset write-ups use.
///
/// - The first `# ` heading is the title; later `# ` headings start sections like `## `.
/// - Text before the first `##` belongs to the section "Summary".
/// - `## Heading` starts a section; `### Sub` (and deeper) starts a sub-section named "Heading › Sub",
///   so a finding's section always says where it sits. Headings are never findings.
/// - A bullet (`- `, `* `, `+ `, `1. `, `1) `) is one finding; the lines after it that are not blank and
///   do not start another bullet or heading continue it (indented or not, as in CommonMark's lazy
///   continuation). A nested bullet is a finding of its own: one fact per bullet.
/// - Any other run of non-blank lines is a paragraph finding.
/// - A thematic break (`---`, `***`, `___`) and fenced code fences end the current finding.
/// - Sections with the same slug share one counter, so citations stay unique.
/// - Notes (ours, not the inspectors'): a `## Notes` section (any case) with its sub-sections, and, when
///   `leadIsNote`, the lead (the "Summary" before the first `##`). Everything else is a finding.
enum MarkdownBody {
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, firstLine: Int, reportID: String,
                      leadIsNote: Bool = false) -> ParsedBody {
        var body = ParsedBody()
        var slug = "summary"
        var sectionHeading: String?      // the current `##` heading, parent of `###` sub-sections
        var counters: [String: Int] = [:]
        // Sections as findings refer to them (index into these), turned into one shared table at the end.
        var names = ["Summary"], slugs = ["summary"], notes = [leadIsNote]
        var inNotes = false                 // inside a `## Notes` section (and its sub-sections)
        var sectionIndex: UInt16 = 0
        var pending: [(section: UInt16, ordinal: Int, kind: FindingKind, range: Range<Int>, line: Int)] = []

        // The finding being built.
        var blockStart = -1, blockEnd = -1, blockLine = 0
        var blockKind = FindingKind.paragraph

        func close() {
            guard blockStart >= 0 else { return }
            if blockEnd > blockStart {
                let n = (counters[slug] ?? 0) + 1
                counters[slug] = n
                if body.sections.isEmpty { body.sections.append("Summary") }   // the implicit section
                pending.append((sectionIndex, n, blockKind, blockStart..<blockEnd, blockLine))
            }
            blockStart = -1
        }
        func startSection(_ name: String) {
            close()
            slug = Slug.make(name)
            body.sections.append(name)
            // More sections than a UInt16 holds would be absurd; they then share the last one's name.
            if names.count < Int(UInt16.max) {
                names.append(name); slugs.append(slug); notes.append(inNotes)
                sectionIndex = UInt16(names.count - 1)
            }
        }

        var lines = LineScanner(bytes, from: start, firstLine: firstLine)
        while let line = lines.next() {
            var i = line.content.lowerBound
            let end = trimEnd(bytes, line.content)
            var indent = 0
            while i < end, bytes[i] == 0x20 || bytes[i] == 0x09 {
                indent += bytes[i] == 0x09 ? 4 : 1; i += 1
            }
            if i >= end { close(); continue }                       // blank line

            // ATX heading: 1-6 '#' then a space or the end of the line, indented at most 3.
            if indent <= 3, bytes[i] == UInt8(ascii: "#") {
                var level = 0, j = i
                while j < end, bytes[j] == UInt8(ascii: "#") { level += 1; j += 1 }
                if level <= 6, j == end || bytes[j] == 0x20 || bytes[j] == 0x09 {
                    let text = headingText(bytes, j..<end)
                    if level == 1, body.title == nil {
                        close()
                        body.title = text; body.titleLine = line.number
                    } else if level <= 2 {
                        sectionHeading = text
                        inNotes = text.lowercased() == "notes"
                        startSection(text.isEmpty ? "Section" : text)
                    } else {
                        startSection((sectionHeading.map { "\($0) › " } ?? "") + text)
                    }
                    continue
                }
            }
            if indent <= 3, isBreakOrFence(bytes, i..<end) { close(); continue }

            if let contentStart = bulletContent(bytes, i..<end) {
                close()
                if contentStart < end {
                    blockStart = contentStart; blockEnd = end; blockLine = line.number; blockKind = .bullet
                }
                continue
            }
            if blockStart >= 0 {
                blockEnd = end                                      // continuation line
            } else {
                blockStart = i; blockEnd = end; blockLine = line.number; blockKind = .paragraph
            }
        }
        close()
        let table = SectionTable(reportID: reportID, names: names, slugs: slugs, notes: notes)
        body.findings = pending.map {
            Finding(table: table, sectionIndex: $0.section, ordinal: $0.ordinal, kind: $0.kind, range: $0.range, line: $0.line)
        }
        return body
    }

    /// End of a line's content without trailing spaces and tabs.
    private static func trimEnd(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int {
        var e = r.upperBound
        while e > r.lowerBound, b[e - 1] == 0x20 || b[e - 1] == 0x09 { e -= 1 }
        return e
    }

    /// Heading text without surrounding spaces or a closing run of `#`.
    private static func headingText(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> String {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi, b[lo] == 0x20 || b[lo] == 0x09 { lo += 1 }
        var h = hi
        while h > lo, b[h - 1] == UInt8(ascii: "#") { h -= 1 }
        if h == lo || b[h - 1] == 0x20 || b[h - 1] == 0x09 { hi = h }
        while hi > lo, b[hi - 1] == 0x20 || b[hi - 1] == 0x09 { hi -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: b[lo..<hi]), as: UTF8.self)
    }

    /// Three or more of the same `-`, `*` or `_` (spaces allowed between), or a code fence (``` or ~~~).
    private static func isBreakOrFence(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        let c = b[r.lowerBound]
        if c == UInt8(ascii: "`") || c == UInt8(ascii: "~") {
            return r.count >= 3 && b[r.lowerBound + 1] == c && b[r.lowerBound + 2] == c
        }
        guard c == UInt8(ascii: "-") || c == UInt8(ascii: "*") || c == UInt8(ascii: "_") else { return false }
        var count = 0
        for k in r {
            if b[k] == c { count += 1 } else if b[k] != 0x20 && b[k] != 0x09 { return false }
        }
        return count >= 3
    }

    /// For a bullet line, the offset where its text starts (after the marker and its spaces); nil otherwise.
    private static func bulletContent(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int? {
        var i = r.lowerBound
        let c = b[i]
        if c == UInt8(ascii: "-") || c == UInt8(ascii: "*") || c == UInt8(ascii: "+") {
            i += 1
        } else if c >= 0x30, c <= 0x39 {
            var digits = 0
            while i < r.upperBound, b[i] >= 0x30, b[i] <= 0x39, digits < 9 { i += 1; digits += 1 }
            guard i < r.upperBound, b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: ")") else { return nil }
            i += 1
        } else {
            return nil
        }
        if i == r.upperBound { return i }                            // a marker alone: an empty bullet
        guard b[i] == 0x20 || b[i] == 0x09 else { return nil }
        while i < r.upperBound, b[i] == 0x20 || b[i] == 0x09 { i += 1 }
        return i
    }
}
