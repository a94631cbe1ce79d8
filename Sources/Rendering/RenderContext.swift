// RenderContext: how values become text — format, width, colour and charset are parameters, never globals.

/// The output formats every result can be written in.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table, csv, tsv, json, markdown
}

/// Which characters charts may use.
public enum Charset: String, Sendable, CaseIterable {
    case unicode, ascii
}

public struct RenderContext: Sendable {
    public var format: OutputFormat
    /// Maximum line width in columns; no rendered line may exceed it.
    public var width: Int
    /// Whether ANSI colour and emphasis may be used.
    public var color: Bool
    public var charset: Charset

    public init(format: OutputFormat = .table, width: Int = 80, color: Bool = false, charset: Charset = .unicode) {
        self.format = format; self.width = max(20, width); self.color = color; self.charset = charset
    }

    /// Wraps text in an SGR sequence when colour is on.
    public func styled(_ text: String, _ style: Style) -> String {
        guard color, !text.isEmpty else { return text }
        return "\u{1B}[\(style.rawValue)m" + text + "\u{1B}[0m"
    }

    public enum Style: String, Sendable {
        case bold = "1", dim = "2", match = "1;31", heading = "1;4", green = "32", yellow = "33", red = "31",
             cyan = "36", magenta = "35"
    }
}

/// A value that can be shown: every command result conforms.
public protocol Renderable: Sendable {
    /// The text for the context's format. Table format is for people; the others carry the data behind it.
    func render(in context: RenderContext) -> String
}

/// Plain text that renders the same in every format except JSON, where it becomes a string.
public struct Message: Renderable {
    public var text: String
    public init(_ text: String) { self.text = text }
    public func render(in context: RenderContext) -> String {
        switch context.format {
        case .json: JSONWriter.string(text) + "\n"
        default: TerminalSafe.escape(text, keepNewlines: true) + (text.hasSuffix("\n") || text.isEmpty ? "" : "\n")
        }
    }
}

/// Several results shown one after another (e.g. a report card's tables).
public struct Stack: Renderable {
    public var parts: [any Renderable]
    public init(_ parts: [any Renderable]) { self.parts = parts }
    public func render(in context: RenderContext) -> String {
        if context.format == .json {
            let items = parts.map { $0.render(in: context).trimmingTrailingNewlines() }
            return "[" + items.joined(separator: ",\n") + "]\n"
        }
        return parts.map { $0.render(in: context) }.joined(separator: context.format == .table ? "\n" : "\n")
    }
}

extension String {
    public func trimmingTrailingNewlines() -> String {
        var s = self
        while s.hasSuffix("\n") { s.removeLast() }
        return s
    }
}
