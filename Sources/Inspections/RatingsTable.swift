// RatingsTable: the ratings a document's table rows state ("1.1 Leadership | Good", "Overall rating |
import Documents
import Foundation
// Requires improvement"), read by the report's framework, with the rows that could not be read and why.

struct TableRating {
    var target: ProseRatingOutcome.Target
    var reading: RatingReading
    var row: Int
}

enum RatingsTable {
    /// Columns headed "previous", "last inspection" and the like hold another inspection's ratings.
    static let previousHeadings = ["previous", "last inspection", "prior", "earlier", "last year", "before"]

    /// Ratings from table rows and "Standard: Rating" lines, in document order.
    static func read(_ blocks: [Block], framework: Framework, namesOtherProvider: (String) -> Bool)
        -> (ratings: [TableRating], rejections: [(row: Int, reason: String)]) {
        var ratings: [TableRating] = []
        var rejections: [(Int, String)] = []
        var excludedColumns = Set<Int>()
        var previousRow = -2
        for (index, block) in blocks.enumerated() {
            var cells: [String]
            if block.kind == .tableRow {
                cells = block.cells.map { $0.trimmingSpaces() }
                if index != previousRow + 1 { excludedColumns = [] }         // a new table
                previousRow = index
            } else if block.kind == .listItem || block.kind == .paragraph, let pair = labelled(block.text) {
                cells = pair
            } else {
                continue
            }
            let ratingColumns = cells.indices.filter { reading(cells[$0]) != nil && !excludedColumns.contains($0) }
            if ratingColumns.isEmpty {
                // A heading row: remember which columns hold earlier ratings.
                for (i, c) in cells.enumerated() where previousHeadings.contains(where: { c.lowercased().contains($0) }) {
                    excludedColumns.insert(i)
                }
                continue
            }
            let subject = cells.indices.filter { !ratingColumns.contains($0) && !excludedColumns.contains($0) && !cells[$0].isEmpty }
                .map { cells[$0] }.joined(separator: " ")
            guard let target = target(subject, framework: framework) else {
                if !subject.isEmpty, looksLikeStandard(subject) {
                    rejections.append((index, "'\(subject)' is not a standard of framework \(framework.id)"))
                }
                continue
            }
            if namesOtherProvider(subject) { rejections.append((index, "the row names another provider")); continue }
            guard ratingColumns.count == 1 else {
                rejections.append((index, "the row holds \(ratingColumns.count) ratings and no heading says which is this inspection's"))
                continue
            }
            ratings.append(TableRating(target: target, reading: reading(cells[ratingColumns[0]])!, row: index))
        }
        return (ratings, rejections)
    }

    /// A cell that is a rating word and nothing else (quotes and a trailing full stop allowed); never a
    /// single letter, which could be anything in a table.
    static func reading(_ cell: String) -> RatingReading? {
        let t = cell.trimmingCharacters(in: ["‘", "’", "'", "\"", "“", "”", ".", " ", "*"])
        guard t.count > 2 else { return nil }
        return Rating.read(t)
    }

    /// "Leadership: Good" or "Leadership – Good" as two cells; nil for any other text.
    static func labelled(_ text: String) -> [String]? {
        guard text.utf8.count <= 120 else { return nil }
        for sep in [": ", " – ", " - ", " — "] {
            guard let r = text.range(of: sep) else { continue }
            let left = String(text[..<r.lowerBound]), right = String(text[r.upperBound...])
            if reading(right) != nil, left.count <= 60 { return [left, right] }
        }
        return nil
    }

    /// What a row's label rates: "Overall rating", or a standard by number and name in the framework.
    static func target(_ label: String, framework: Framework) -> ProseRatingOutcome.Target? {
        var text = label.trimmingSpaces()
        let lower = text.lowercased()
        if lower == "overall" || lower == "overall rating" || lower == "overall rating for the pdu"
            || lower.hasPrefix("overall rating") || lower == "rating overall" {
            return .overall
        }
        // A leading number: "1.1", "1.1.", "Standard 1.1", "P 1.1".
        var number: String?
        for prefix in ["standard ", "std ", "p ", "s "] where text.lowercased().hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count))
        }
        let head = text.prefix { $0.isNumber || $0 == "." }
        if !head.isEmpty, head.contains("."), head.first?.isNumber == true {
            number = String(head.hasSuffix(".") ? head.dropLast() : head)
            text = String(text.dropFirst(head.count)).trimmingSpaces()
        }
        let byName = text.isEmpty ? nil : StandardNames.exact(text, framework: framework)
        if let number, framework.standards.contains(where: { $0.number != nil }) {
            guard let byNumber = framework.standards.first(where: { $0.number == number }) else { return nil }
            if !text.isEmpty, byName?.key != byNumber.key { return nil }    // number and name disagree
            return .standard(byNumber)
        }
        return byName.map { .standard($0) }
    }

    private static func looksLikeStandard(_ s: String) -> Bool {
        s.count <= 60 && (s.first?.isNumber == true || s.split(separator: " ").count <= 5)
    }
}
