// Writers: CSV (RFC 4180), TSV, JSON and Markdown forms of a DataTable, for spreadsheets and scripts.

public enum DelimitedWriter {
    /// Control characters other than newlines are escaped (`\x1b`): CSV on stdout may reach a terminal.
    public static func csv(_ t: DataTable) -> String {
        func field(_ raw: String) -> String {
            let s = TerminalSafe.escape(raw, keepNewlines: true)
            return s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + s.replacingAll("\"", with: "\"\"") + "\"" : s
        }
        var out = t.columns.map { field($0.name) }.joined(separator: ",") + "\r\n"
        for row in t.rows { out += row.map { field($0.plain) }.joined(separator: ",") + "\r\n" }
        return out
    }

    /// TSV: tabs and newlines inside a value become spaces, so every row stays one line; other control
    /// characters are escaped as in CSV.
    public static func tsv(_ t: DataTable) -> String {
        func field(_ s: String) -> String {
            TerminalSafe.escape(String(s.map { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 }))
        }
        var out = t.columns.map { field($0.name) }.joined(separator: "\t") + "\n"
        for row in t.rows { out += row.map { field($0.plain) }.joined(separator: "\t") + "\n" }
        return out
    }
}

public enum JSONWriter {
    /// A JSON string literal with every control character escaped.
    public static func string(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x7F || (0x80...0x9F).contains(u.value) {
                    let h = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - h.count) + h
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    public static func value(_ c: Cell) -> String {
        switch c {
        case .text(let s): string(s)
        case .int(let i): String(i)
        case .double(let d, let digits): d.isFinite ? formatFixed(d, digits: digits) : "null"
        case .bool(let b): b ? "true" : "false"
        case .list(let items): "[" + items.map(string).joined(separator: ", ") + "]"
        case .null: "null"
        }
    }

    /// An array of objects keyed by column name, one per row, keys in column order.
    public static func table(_ t: DataTable) -> String {
        if t.rows.isEmpty { return "[]\n" }
        let lines = t.rows.map { row in
            "  {" + zip(t.columns, row).map { string($0.name) + ": " + value($1) }.joined(separator: ", ") + "}"
        }
        return "[\n" + lines.joined(separator: ",\n") + "\n]\n"
    }
}

public enum MarkdownWriter {
    public static func table(_ t: DataTable) -> String {
        func field(_ s: String) -> String {
            TerminalSafe.escape(s).replacingAll("|", with: "\\|")
        }
        var out = "| " + t.columns.map { field($0.name) }.joined(separator: " | ") + " |\n"
        out += "|" + t.columns.map { $0.alignment == .right ? " ---: |" : " --- |" }.joined() + "\n"
        for row in t.rows {
            out += "| " + row.map { $0 == .null ? "" : field($0.plain) }.joined(separator: " | ") + " |\n"
        }
        return out
    }
}

extension String {
    /// Replaces every occurrence of a string (no Foundation needed).
    public func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var out = "", rest = self[...]
        while let r = rest.range(of: target) {
            out += rest[..<r.lowerBound]; out += replacement; rest = rest[r.upperBound...]
        }
        return out + rest
    }
}

extension Substring {
    func range(of target: String) -> Range<Index>? {
        guard let first = target.first else { return nil }
        var i = startIndex
        while i < endIndex {
            if self[i] == first && self[i...].hasPrefix(target) {
                return i..<self.index(i, offsetBy: target.count)
            }
            i = index(after: i)
        }
        return nil
    }
}
