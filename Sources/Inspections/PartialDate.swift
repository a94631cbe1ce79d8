// PartialDate: a publication or fieldwork date known to the year, the month or the day.

/// A date that may be known only to the year or month, as the facts often are.
public struct PartialDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year; self.month = month; self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil for anything else or an impossible date.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let y = Int(parts[0]), (1900...2100).contains(y)
        else { return nil }
        var m: Int?, d: Int?
        if parts.count >= 2 {
            guard parts[1].count == 2, let mm = Int(parts[1]), (1...12).contains(mm) else { return nil }
            m = mm
        }
        if parts.count == 3 {
            guard parts[2].count == 2, let dd = Int(parts[2]), (1...PartialDate.days(inMonth: m!, year: y)).contains(dd)
            else { return nil }
            d = dd
        }
        self.init(year: y, month: m, day: d)
    }

    /// The date a longer text starts with ("2019-11/2019-12" -> 2019-11, "2020-01 (from 2020-01-06)" ->
    /// 2020-01), else the first year in it ("autumn 2019" -> 2019); nil when it has neither.
    public static func leading(in text: String) -> PartialDate? {
        let head = text.prefix { $0.isNumber || $0 == "-" }
        if head.count < text.count, let d = PartialDate(parsing: String(head)) { return d }
        for word in text.split(whereSeparator: { !$0.isNumber }) where word.count == 4 {
            if let d = PartialDate(parsing: String(word)) { return d }
        }
        return nil
    }

    static func days(inMonth m: Int, year y: Int) -> Int {
        switch m {
        case 2: (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// ISO form with only the known parts: "2019", "2019-02", "2019-02-21".
    public var description: String {
        var s = pad(year, 4)
        if let month { s += "-" + pad(month, 2) }
        if let day { s += "-" + pad(day, 2) }
        return s
    }

    /// Unknown parts sort before known ones within the same year or month.
    public static func < (a: PartialDate, b: PartialDate) -> Bool {
        (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"]

    /// "21 February 2019", "February 2019" or "2019".
    public var longDescription: String {
        var s = ""
        if let day { s += "\(day) " }
        if let month { s += PartialDate.monthNames[month - 1] + " " }
        return s + String(year)
    }
}

/// Zero-pads a number to a width.
func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return String(repeating: "0", count: max(0, width - s.count)) + s
}
