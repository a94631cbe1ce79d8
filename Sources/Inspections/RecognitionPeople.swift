// RecognitionPeople: the chief inspector ("Chief Inspector of Probation, Dame Glenys Stacey,") and the
// number of people supervised ("supervises more than 7,000 people"), each from the sentence that says so.
import Foundation

extension Recognition {
    // Compiled once: building a Regex costs more than running it on the few lines that reach it.
    private static let name = #"((?:(?:Dame|Sir|Dr|Mr|Mrs|Ms|Professor)\s+)?[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z][A-Za-z'’\-]*){1,2})"#
    private nonisolated(unsafe) static let chiefAfter = try? Regex(#"Chief Inspector of Probation,?\s+"# + name)
    private nonisolated(unsafe) static let chiefBefore = try? Regex(name + #"(?:\s+(?:CBE|OBE|MBE|KC|QC))?,?\s+(?:HM\s+|Her Majesty's\s+|His Majesty's\s+|the\s+)?Chief Inspector of Probation"#)
    private nonisolated(unsafe) static let supervisedCount = try? Regex(#"\b(?:supervis(?:es|ed|ing)|manag(?:es|ed|ing)|responsible for|works? with)\s+(?:(more than|over|around|about|almost|nearly|approximately|some|roughly|just over|just under|fewer than|less than|up to)\s+)?([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)\s+(?:people|individuals|offenders|service users|cases|men and women|adults)"#).ignoresCase()

    mutating func recognisePeople() {
        if let after = Self.chiefAfter, let before = Self.chiefBefore {
            for line in lines where FastText.has(line.text, "Chief Inspector") {
                if let m = line.text.firstMatch(of: after), let n = m.output[1].substring {
                    setChief(String(n), line); break
                }
                if let m = line.text.firstMatch(of: before), let n = m.output[1].substring {
                    let words = n.split(separator: " ")
                    // "Inspectors said Justin Russell, Chief Inspector..." keeps only the name-like words.
                    setChief(words.suffix(words.first.map { ["Dame", "Sir"].contains(String($0)) } == true ? 3 : 2).joined(separator: " "), line)
                    break
                }
            }
        }
        if let regex = Self.supervisedCount {
            for line in lines where FastText.hasDigit(line.text)
                && FastText.hasAny(line.text.lowercased(), ["supervis", "manag", "responsible for", "work"]) {
                if let m = line.text.firstMatch(of: regex), let count = m.output[2].substring {
                    // A figure for several providers or the country is not this provider's.
                    let lower = line.text.lowercased()
                    if ["across england", "nationally", "all pdus", "all crcs", "in total across"].contains(where: { lower.contains($0) }) { continue }
                    let qualifier = m.output[1].substring.map { "\($0.lowercased()) " } ?? ""
                    result.supervised = qualifier + count
                    record("supervised", qualifier + count, line.text, block: line.block)
                    break
                }
            }
        }
    }

    private mutating func setChief(_ name: String, _ line: ReportRecognizer.Line) {
        result.chiefInspector = name
        record("chief_inspector", name, line.text, block: line.block)
    }
}
