// RecognitionRatings: the ratings table and prose ratings combined under the report's framework; a table
// row beats prose, disagreeing statements of the same kind cancel out, and every value keeps its source.
import Documents

extension Recognition {
    mutating func recogniseRatings() {
        let year = result.published?.year ?? result.fieldwork?.year
        var framework = Framework.defaultFor(type: result.type, year: year)
        let other: (String) -> Bool = { [self] in namesOtherProvider($0) }
        var table = RatingsTable.read(document.blocks, framework: framework, namesOtherProvider: other)
        // PDU reports changed framework in 2024: let the table's own standards decide when the date does not.
        if result.type == .pdu {
            let alternative: Framework = framework.id == Framework.pdu2024.id ? .pdu2022 : .pdu2024
            let second = RatingsTable.read(document.blocks, framework: alternative, namesOtherProvider: other)
            if second.ratings.count > table.ratings.count && second.rejections.count <= table.rejections.count {
                framework = alternative; table = second
            }
        }
        result.framework = framework
        for (row, reason) in table.rejections { note(row, "table row not read as a rating: \(reason)") }

        var chosen: [String: (reading: RatingReading, block: Int, fromTable: Bool)] = [:]
        var cancelled = Set<String>()
        func key(_ t: ProseRatingOutcome.Target) -> String {
            if case .standard(let s) = t { return s.key }
            return "overall"
        }
        for t in table.ratings {
            let k = key(t.target)
            if let existing = chosen[k], existing.reading.rating != t.reading.rating {
                note(t.row, "'\(k)' is rated \(existing.reading.rating.label) in one row and \(t.reading.rating.label) in another; left unknown",
                     severity: .warning)
                cancelled.insert(k)
            } else if chosen[k] == nil {
                chosen[k] = (t.reading, t.row, true)
            }
        }
        let subjectWords = Set(([result.provider.name, result.provider.shortName] + result.provider.aliases)
            .flatMap { $0.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init) })
        let tableBlocks = Set(table.ratings.map(\.row))
        for line in lines where document.blocks[line.block].kind != .heading && !tableBlocks.contains(line.block) {
            let outcome = ProseRatings.read(line.text, framework: framework, subjectNameWords: result.providerKnown ? subjectWords : [],
                                            namesOtherProvider: other, namesSubject: { [self] in namesSubject($0) })
            for reason in outcome.rejections { note(line.block, "rating not taken: \(reason): '\(line.text)'") }
            for (target, reading) in outcome.ratings {
                let k = key(target)
                if let existing = chosen[k] {
                    if existing.reading.rating != reading.rating {
                        if existing.fromTable {
                            note(line.block, "the text rates '\(k)' \(reading.rating.label) but the ratings table says \(existing.reading.rating.label); the table is kept",
                                 severity: .warning)
                        } else {
                            note(line.block, "'\(k)' is rated \(existing.reading.rating.label) in one sentence and \(reading.rating.label) in another; left unknown",
                                 severity: .warning)
                            cancelled.insert(k)
                        }
                    }
                    continue
                }
                chosen[k] = (reading, line.block, false)
                sentences[k] = line.text
            }
        }
        for k in cancelled { chosen.removeValue(forKey: k) }
        if let o = chosen["overall"] {
            result.overall = o.reading
            record("overall", o.reading.rating.label, evidence(o.block, "overall", fromTable: o.fromTable), block: o.block)
        }
        for s in framework.standards {
            guard let c = chosen[s.key] else { continue }
            result.ratings.append(StandardRating(standard: s, rating: c.reading.rating, note: c.reading.note))
            record(s.key, c.reading.rating.label, evidence(c.block, s.key, fromTable: c.fromTable), block: c.block)
        }
    }

    private func evidence(_ block: Int, _ key: String, fromTable: Bool) -> String {
        fromTable ? document.blocks[block].text : (sentences[key] ?? document.blocks[block].text)
    }
}
