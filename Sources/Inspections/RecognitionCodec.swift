// RecognitionCodec: a document's recognised report, its body and what its load said, as compact text for
// the recognition cache, and back; the file's path is left out so the entry serves any copy of the file.
import Documents

/// What the recognition cache keeps for one document: enough to build its report without reading or
/// recognising it again.
struct RecognitionRecord: Sendable {
    var recognized: RecognizedReport
    /// The write-up body the report's findings slice (the rendered blocks, or a text file's own text).
    var body: String
    /// The load's diagnostics for the file (their file is the document's path when used).
    var diagnostics: [LoadDiagnostic]
}

/// One record per line, fields separated by tabs, with `\\`, `\t`, `\n` and `\r` escaped; the body last,
/// after a line giving its length in bytes. `@` stands for the document's path and `@name` for its file name
/// wherever they occur whole.
enum RecognitionCodec {
    static func encode(_ record: RecognitionRecord, path: String) -> String {
        let r = record.recognized
        let name = fileName(path)
        func place(_ s: String) -> String { s == path ? "@" : s == name ? "@name" : "=" + s }
        var lines: [[String]] = []
        lines.append(["T", r.title, r.titleBlockIndex.map(String.init) ?? ""])
        let p = r.provider
        lines.append(["P", r.providerKnown ? "1" : "0", p.id, p.name, p.shortName, p.type.rawValue, p.region ?? "\u{0}",
                      p.owners.joined(separator: "\u{1F}"), p.aliases.joined(separator: "\u{1F}")])
        lines.append(["Y", r.type.rawValue, r.framework.id])
        lines.append(["D", r.published?.description ?? "", r.fieldwork?.description ?? "", r.chiefInspector ?? "\u{0}", r.supervised ?? "\u{0}"])
        if let o = r.overall { lines.append(["O", String(o.rating.rawValue), o.note ?? "\u{0}"]) }
        for s in r.ratings { lines.append(["R", s.standard.key, String(s.rating.rawValue), s.note ?? "\u{0}"]) }
        for s in r.sources { lines.append(["S", place(s)]) }
        for f in r.inferred {
            let src = f.source
            lines.append(["I", f.field, f.value, f.sentence, src.map { place($0.file) } ?? "", src?.page.map(String.init) ?? "",
                          src.map { String($0.line) } ?? "", src?.element ?? "\u{0}", src?.kind.rawValue ?? ""])
        }
        for d in record.diagnostics {
            lines.append(["G", d.severity.rawValue, place(d.location.file), String(d.location.line), String(d.location.column),
                          d.message, d.hint ?? "\u{0}"])
        }
        var out = lines.map { $0.map(escape).joined(separator: "\t") }.joined(separator: "\n")
        out += "\nB\t\(record.body.utf8.count)\n" + record.body
        return out
    }

    /// The record for the document at `path`, or nil when the text is not one this codec wrote.
    static func decode(_ text: Substring, path: String) -> RecognitionRecord? {
        // Searched as bytes: Foundation's range(of:) would bridge the whole entry, body included, first.
        guard let bodyMark = bodyMarkRange(text) else { return nil }
        let afterMark = text[bodyMark.upperBound...]
        guard let newline = afterMark.firstIndex(of: "\n"), let count = Int(afterMark[..<newline]) else { return nil }
        let body = String(afterMark[afterMark.index(after: newline)...])
        guard body.utf8.count == count else { return nil }
        let name = fileName(path)
        func place(_ s: String) -> String? {
            s == "@" ? path : s == "@name" ? name : s.hasPrefix("=") ? String(s.dropFirst()) : nil
        }
        func optional(_ s: String) -> String? { s == "\u{0}" ? nil : s }

        var r = RecognizedReport(title: "", provider: RecognizedReport.unknownProvider, providerKnown: false, type: .unknown,
                                 framework: .generic, ratings: [], sources: [], inferred: [], diagnostics: [])
        var diagnostics: [LoadDiagnostic] = []
        for line in text[..<bodyMark.lowerBound].split(separator: "\n") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map { unescape($0) }
            switch (f.first, f.count) {
            case ("T", 3):
                r.title = f[1]; r.titleBlockIndex = Int(f[2])
            case ("P", 9):
                guard let type = ProviderType(rawValue: f[5]) else { return nil }
                r.providerKnown = f[1] == "1"
                r.provider = Provider(id: f[2], name: f[3], shortName: f[4], type: type, region: optional(f[6]),
                                      owners: f[7].isEmpty ? [] : f[7].components(separatedBy: "\u{1F}"),
                                      aliases: f[8].isEmpty ? [] : f[8].components(separatedBy: "\u{1F}"))
            case ("Y", 3):
                guard let type = ProviderType(rawValue: f[1]), let framework = Framework.named(f[2]) else { return nil }
                r.type = type; r.framework = framework
            case ("D", 5):
                r.published = f[1].isEmpty ? nil : PartialDate(parsing: f[1])
                r.fieldwork = f[2].isEmpty ? nil : PartialDate(parsing: f[2])
                r.chiefInspector = optional(f[3]); r.supervised = optional(f[4])
            case ("O", 3):
                guard let n = Int(f[1]), let rating = Rating(rawValue: n) else { return nil }
                r.overall = RatingReading(rating: rating, note: optional(f[2]))
            case ("R", 4):
                guard let n = Int(f[2]), let rating = Rating(rawValue: n), let s = r.framework.standard(named: f[1]) else { return nil }
                r.ratings.append(StandardRating(standard: s, rating: rating, note: optional(f[3])))
            case ("S", 2):
                guard let s = place(f[1]) else { return nil }
                r.sources.append(s)
            case ("I", 9):
                var source: InferenceSource?
                if !f[4].isEmpty {
                    guard let file = place(f[4]), let lineNumber = Int(f[6]), let kind = InferenceSource.Kind(rawValue: f[8]) else { return nil }
                    source = InferenceSource(file: file, page: Int(f[5]), line: lineNumber, element: optional(f[7]), kind: kind)
                }
                r.inferred.append(InferredField(field: f[1], value: f[2], sentence: f[3], source: source))
            case ("G", 7):
                guard let severity = Severity(rawValue: f[1]), let file = place(f[2]), let l = Int(f[3]), let c = Int(f[4]) else { return nil }
                diagnostics.append(LoadDiagnostic(severity, SourceLocation(file: file, line: l, column: c), f[5], hint: optional(f[6])))
            default:
                return nil
            }
        }
        return RecognitionRecord(recognized: r, body: body, diagnostics: diagnostics)
    }

    /// Where "\nB\t" first occurs, found byte by byte (the generic searchers are slow unspecialised).
    static func bodyMarkRange(_ text: Substring) -> Range<String.Index>? {
        let u = text.utf8
        var i = u.startIndex
        while i != u.endIndex {
            if u[i] == 10 {
                let b = u.index(after: i)
                if b != u.endIndex, u[b] == UInt8(ascii: "B") {
                    let t = u.index(after: b)
                    if t != u.endIndex, u[t] == 9 { return i..<u.index(after: t) }
                }
            }
            i = u.index(after: i)
        }
        return nil
    }

    static func fileName(_ path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }

    static func escape(_ s: String) -> String {
        guard s.contains(where: { $0 == "\\" || $0 == "\t" || $0 == "\n" || $0 == "\r" }) else { return s }
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    static func unescape(_ s: Substring) -> String {
        guard s.contains("\\") else { return String(s) }
        var out = ""
        var escaped = false
        for c in s.unicodeScalars {
            if escaped {
                switch c { case "t": out += "\t"; case "n": out += "\n"; case "r": out += "\r"; default: out.unicodeScalars.append(c) }
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else {
                out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
