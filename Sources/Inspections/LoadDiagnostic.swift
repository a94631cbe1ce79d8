// LoadDiagnostic: a problem found while loading a write-up, with its file, line, column and a hint.

public struct SourceLocation: Sendable, Hashable, Codable, Comparable {
    public var file: String
    /// 1-based; 0 when the problem concerns the whole file.
    public var line: Int
    /// 1-based, counted in characters; 0 when not known.
    public var column: Int
    public init(file: String, line: Int = 0, column: Int = 0) { self.file = file; self.line = line; self.column = column }
    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
    /// "FILE:LINE:COL", leaving out unknown parts.
    public var description: String {
        var s = file
        if line > 0 { s += ":\(line)"; if column > 0 { s += ":\(column)" } }
        return s
    }
}

public enum Severity: String, Sendable, Codable, Comparable {
    case error, warning, note
    public static func < (a: Severity, b: Severity) -> Bool {
        let order: [Severity] = [.error, .warning, .note]
        return order.firstIndex(of: a)! < order.firstIndex(of: b)!
    }
}

public struct LoadDiagnostic: Sendable, Hashable, Codable, Error {
    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    public var hint: String?
    public init(_ severity: Severity, _ location: SourceLocation, _ message: String, hint: String? = nil) {
        self.severity = severity; self.location = location; self.message = message; self.hint = hint
    }
    /// "FILE:LINE:COL: error: message" then "hint: ..." on its own line when there is one.
    public var rendered: String {
        var s = "\(location.description): \(severity.rawValue): \(message)"
        if let hint { s += "\nhint: \(hint)" }
        return s
    }
}
