// LineWindow: the matching findings that hold concordance lines start..<end, one line per hit span, in stream order.
import QueryLanguage

struct LineWindow: MatchCollector {
    let start: Int
    let end: Int
    /// Findings (segments) holding lines of the window, ascending.
    private(set) var units: [Int] = []
    /// Lines before the first of those findings.
    private(set) var skipped = 0
    private var seen = 0
    var detail: MatchDetail { .counts }

    init(start: Int, end: Int) { self.start = start; self.end = end }

    mutating func collect(_ unit: MatchedUnit) {
        let n = unit.spanCount
        if seen + n <= start {
            skipped += n
        } else if seen < end {
            units.append(unit.unit)
        }
        seen += n
    }
}
