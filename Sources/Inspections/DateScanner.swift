// DateScanner: dates written in prose ("21 February 2019", "21st February 2019", "February 2019") found with their places.

/// A date found in text: what it says, to the day or the month, and where it is (Character offsets).
struct DateMention {
    var date: PartialDate
    var range: Range<Int>
}

enum DateScanner {
    static let months: [String: Int] = {
        var m: [String: Int] = [:]
        for (i, name) in PartialDate.monthNames.enumerated() {
            m[name.lowercased()] = i + 1
            m[String(name.lowercased().prefix(3))] = i + 1
        }
        m["sept"] = 9
        return m
    }()

    /// Every date in the text, in order.
    static func dates(in text: String) -> [DateMention] {
        let words = Words.split(text)
        var out: [DateMention] = []
        var i = 0
        while i < words.count {
            let w = words[i]
            guard let month = months[w.lower], w.lower.count >= 3,
                  // "May" is also a verb: only read as a month next to a year.
                  i + 1 < words.count, let year = Int(words[i + 1].lower), words[i + 1].lower.count == 4,
                  (1990...2100).contains(year) else { i += 1; continue }
            if w.text.first?.isUppercase != true { i += 1; continue }
            var start = w.range.lowerBound
            var day: Int?
            if i > 0, let d = dayNumber(words[i - 1].lower), words[i - 1].range.upperBound + 2 >= w.range.lowerBound {
                day = d; start = words[i - 1].range.lowerBound
            }
            if let d = day, d > PartialDate.days(inMonth: month, year: year) { day = nil; start = w.range.lowerBound }
            out.append(DateMention(date: PartialDate(year: year, month: month, day: day), range: start..<words[i + 1].range.upperBound))
            i += 2
        }
        return out
    }

    private static func dayNumber(_ w: String) -> Int? {
        var digits = w
        for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) { digits = String(digits.dropLast(2)) }
        guard digits.count <= 2, let d = Int(digits), (1...31).contains(d) else { return nil }
        return d
    }
}

/// Words of a text with their Character ranges: letters, digits, and ' or ’ inside words.
struct Words {
    struct Word { var text: String; var lower: String; var range: Range<Int> }

    static func split(_ text: String) -> [Word] {
        var out: [Word] = []
        var current = "", start = 0, i = 0
        for c in text {
            if c.isLetter || c.isNumber || ((c == "'" || c == "’" || c == "-") && !current.isEmpty) {
                if current.isEmpty { start = i }
                current.append(c)
            } else if !current.isEmpty {
                out.append(finish(current, start))
                current = ""
            }
            i += 1
        }
        if !current.isEmpty { out.append(finish(current, start)) }
        return out
    }

    private static func finish(_ w: String, _ start: Int) -> Word {
        var t = w
        while let last = t.last, last == "'" || last == "’" || last == "-" { t.removeLast() }
        return Word(text: t, lower: t.lowercased(), range: start..<(start + t.count))
    }
}
