// ItemWrap: short items ("2.4 G", "North Marsh CRC 2019→2020") packed into lines, never split inside an item.

public enum ItemWrap {
    /// `prefix` then the items joined by `separator`, wrapped at `width`; continuation lines start with
    /// `indent`. An item wider than a line is cut with an ellipsis. Control characters are escaped.
    public static func lines(_ items: [String], prefix: String = "", separator: String = ", ", indent: String = "",
                             width: Int, ascii: Bool = false) -> [String] {
        var out: [String] = [], line = prefix
        var fresh = true
        for (i, raw) in items.enumerated() {
            let item = TerminalSafe.escape(raw) + (i < items.count - 1 ? separator.trimmingTrailingSpaces() : "")
            let gap = fresh ? "" : (separator.hasSuffix(" ") ? " " : "")
            let room = width - DisplayWidth.of(line) - DisplayWidth.of(gap)
            if DisplayWidth.of(item) <= room {
                line += gap + item; fresh = false; continue
            }
            if !fresh || DisplayWidth.of(line) > DisplayWidth.of(indent) { out.append(line) }
            line = indent + DisplayWidth.truncate(item, to: max(1, width - DisplayWidth.of(indent)), ascii: ascii)
            fresh = false
        }
        if !line.isEmpty { out.append(line) }
        return out.map { DisplayWidth.of($0) > width ? DisplayWidth.truncate($0, to: width, ascii: ascii) : $0 }
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var s = self
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }
}
