// LayoutColumn: what a table column holds and how much it matters — the layout engine decides widths from this.

/// One column of a `LayoutTable`. The kind says what may happen to its cells when the line is short:
/// identifiers, numbers and ratings are never cut, names shorten only to the forms their cells supply (and
/// only while they stay unique), prose wraps or is cut at a word boundary, links are never broken. The
/// priority says which columns give way first when even the shortest forms do not fit.
public struct LayoutColumn: Sendable {
    public enum Kind: Sendable, Equatable {
        /// Ids, citation ids, command names, dates, short codes: never cut. An id wider than its column goes
        /// whole on a line of its own above its row.
        case identifier
        /// Names of providers, owners, groups: a cell may supply shorter forms (registry short name, then an
        /// abbreviation); the longest forms that fit and stay unique on the screen are shown.
        case name
        /// Numbers, counts, "3/10", a number with its interval: never cut. A cell may supply shorter forms
        /// (the interval left out); one form is chosen for the whole column.
        case number
        /// Ratings: never cut; a cell may supply the short form ("RI") and the letter, one chosen per column.
        case rating
        /// Running text: wraps at word boundaries, or is cut at one with an ellipsis.
        case prose(Prose)
        /// A URL: never cut or broken; one wider than its column goes whole on a line of its own after its row.
        case link
        /// A bar drawn in whatever width is left (cells give a fraction from 0 to 1).
        case bar
    }

    public enum Prose: Sendable, Equatable {
        /// Over as many lines as it needs.
        case wrap
        /// One line, cut at a word boundary with an ellipsis at the end.
        case cut
        /// One line, cut at a word boundary with an ellipsis at the start (context left of a match).
        case cutLeading
    }

    /// Which columns give way first (lowest first; the rightmost among equals). Essential columns are never dropped.
    public struct Priority: Sendable, Comparable, Hashable {
        public var rank: Int
        public init(_ rank: Int) { self.rank = rank }
        public static let low = Priority(10), normal = Priority(20), high = Priority(30), essential = Priority(100)
        public static func < (a: Priority, b: Priority) -> Bool { a.rank < b.rank }
    }

    /// Header forms, longest first ("overall", "ovr"); the longest no wider than the cells is used.
    public var headers: [String]
    public var kind: Kind
    public var priority: Priority
    public var alignment: Column.Alignment
    /// Narrowest width for prose and bars; the widest for bars (nil: prose takes what its text needs).
    public var minimum: Int?
    public var maximum: Int?
    /// What a reader needs to read form level k of this column's cells ("RI: requires improvement"), shown under
    /// the table when that level is shown.
    public var legends: [String?]
    /// Shown under the table whenever the column is ("* fewer than 5 write-ups").
    public var note: String?
    /// Shown above the table when a shorter header form is ("A: HLNY CRC (2020-05)").
    public var headerNote: String?
    /// Text between the previous column and this one.
    public var separator: String
    /// A style for every cell of the column (cells may have their own).
    public var style: RenderContext.Style?

    public init(_ headers: [String], _ kind: Kind, priority: Priority = .normal, alignment: Column.Alignment? = nil,
                minimum: Int? = nil, maximum: Int? = nil, legends: [String?] = [], note: String? = nil,
                headerNote: String? = nil, separator: String = "  ", style: RenderContext.Style? = nil) {
        self.headers = headers.isEmpty ? [""] : headers
        self.headerNote = headerNote
        self.kind = kind; self.priority = priority
        self.alignment = alignment ?? (kind == .number ? .right : .left)
        self.minimum = minimum; self.maximum = maximum; self.legends = legends; self.note = note
        self.separator = separator; self.style = style
    }

    public init(_ header: String, _ kind: Kind, priority: Priority = .normal, alignment: Column.Alignment? = nil,
                minimum: Int? = nil, maximum: Int? = nil, legends: [String?] = [], note: String? = nil,
                separator: String = "  ", style: RenderContext.Style? = nil) {
        self.init([header], kind, priority: priority, alignment: alignment, minimum: minimum, maximum: maximum,
                  legends: legends, note: note, separator: separator, style: style)
    }

    /// The name a footer uses for the column when it is not shown.
    public var name: String { headers[0] }

    /// Whether cells choose among forms for the whole column (ratings, numbers).
    var levelled: Bool { kind == .rating || kind == .number }

    var isProse: Bool { if case .prose = kind { true } else { false } }
}
