// DocumentCodec: a document (or the reason it could not be read) as compact text for the cache, and back.

/// One line per block, fields separated by tabs, with `\\`, `\t` and `\n` escaped in strings:
/// `kind level page line number path text cell...`. A header line gives the document's own fields.
enum DocumentCodec {
    static func encode(_ result: Result<Document, DocumentError>) -> String {
        switch result {
        case .failure(let e): return "E\t" + encode(e) + "\n"
        case .success(let d):
            var out = "D\t\(d.format.rawValue)\t\(d.pageCount.map(String.init) ?? "")\t\(escape(d.declaredTitle ?? ""))\t\(escape(d.statedURL ?? ""))\n"
            for b in d.blocks {
                var fields = [b.kind.rawValue, String(b.level), b.position.page.map(String.init) ?? "", String(b.position.line),
                              escape(b.number ?? ""), escape(b.position.path ?? "")]
                fields.append(escape(b.kind == .tableRow ? "" : b.text))
                fields += b.cells.map(escape)
                out += fields.joined(separator: "\t") + "\n"
            }
            return out
        }
    }

    /// The decoded entry, or nil when the text is not one this codec wrote.
    static func decode(_ text: Substring) -> Result<Document, DocumentError>? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.last == "" else { return nil }
        lines.removeLast()
        guard let first = lines.first else { return nil }
        let head = first.split(separator: "\t", omittingEmptySubsequences: false)
        if head.first == "E" { return decodeError(head.dropFirst().map(unescape)).map { .failure($0) } }
        guard head.count == 5, head[0] == "D", let format = DocumentFormat(rawValue: String(head[1])) else { return nil }
        var doc = Document(format: format, blocks: [], pageCount: Int(head[2]),
                           declaredTitle: head[3].isEmpty ? nil : unescape(head[3]),
                           statedURL: head[4].isEmpty ? nil : unescape(head[4]))
        doc.blocks.reserveCapacity(lines.count - 1)
        for line in lines.dropFirst() {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count >= 7, let kind = Block.Kind(rawValue: String(f[0])), let level = Int(f[1]),
                  let lineNumber = Int(f[3]) else { return nil }
            let position = BlockPosition(page: f[2].isEmpty ? nil : Int(f[2]), line: lineNumber,
                                         path: f[5].isEmpty ? nil : unescape(f[5]))
            let number = f[4].isEmpty ? nil : unescape(f[4])
            if kind == .tableRow {
                doc.blocks.append(.tableRow(f.dropFirst(7).map(unescape), at: position))
            } else {
                doc.blocks.append(Block(kind, unescape(f[6]), level: level, number: number, position: position))
            }
        }
        return .success(doc)
    }

    private static func encode(_ e: DocumentError) -> String {
        switch e {
        case .encrypted: "encrypted"
        case .noTextLayer(let pages): "noTextLayer\t\(pages)"
        case .truncated: "truncated"
        case .damaged(let detail): "damaged\t\(escape(detail))"
        case .noMainContent: "noMainContent"
        default: "other"
        }
    }

    private static func decodeError(_ f: [String]) -> DocumentError? {
        switch (f.first, f.count) {
        case ("encrypted", 1): .encrypted
        case ("noTextLayer", 2): Int(f[1]).map { .noTextLayer(pages: $0) }
        case ("truncated", 1): .truncated
        case ("damaged", 2): .damaged(detail: f[1])
        case ("noMainContent", 1): .noMainContent
        default: nil
        }
    }

    /// Failures that depend on the file alone, so are worth remembering (not a missing tool or a timeout).
    static func isCacheable(_ e: DocumentError) -> Bool {
        switch e {
        case .encrypted, .noTextLayer, .truncated, .damaged, .noMainContent: true
        default: false
        }
    }

    static func escape<S: StringProtocol>(_ s: S) -> String {
        guard s.contains(where: { $0 == "\\" || $0 == "\t" || $0 == "\n" || $0 == "\r" }) else { return String(s) }
        var out = ""
        for c in s {
            switch c {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.append(c)
            }
        }
        return out
    }

    static func unescape<S: StringProtocol>(_ s: S) -> String {
        guard s.contains("\\") else { return String(s) }
        var out = ""
        var escaped = false
        for c in s {
            if escaped {
                switch c { case "t": out += "\t"; case "n": out += "\n"; case "r": out += "\r"; default: out.append(c) }
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else {
                out.append(c)
            }
        }
        return out
    }
}
