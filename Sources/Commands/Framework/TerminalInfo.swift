// TerminalInfo: what the shell knows about the terminal (interactive, width, colour, UTF-8), decided by the Shell module.

/// What the shell knows about the terminal; decided by the Shell module, read here.
public struct TerminalInfo: Sendable {
    public var interactive: Bool
    /// Terminal width in columns, or nil when not a terminal (then COLUMNS or 80).
    public var width: Int?
    /// Colour is allowed: a terminal, no NO_COLOR, TERM not dumb.
    public var colorAllowed: Bool
    public var utf8: Bool
    public init(interactive: Bool = false, width: Int? = nil, colorAllowed: Bool = false, utf8: Bool = true) {
        self.interactive = interactive; self.width = width; self.colorAllowed = colorAllowed; self.utf8 = utf8
    }
}
