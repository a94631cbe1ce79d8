// Framework and Standard: which standards an inspection rates, by name and (where confirmed) number.

/// One rated standard of a framework.
public struct Standard: Sendable, Hashable, Codable {
    /// Canonical lower-case name, the key write-ups use ("through the gate").
    public var key: String
    /// Display name ("Through the Gate").
    public var label: String
    /// The number the reports print, where sources confirm it ("4.2"); nil otherwise.
    public var number: String?
    /// A short column heading for tables and heatmaps ("TTG", "2.4").
    public var abbreviation: String
    /// Other words users type for it ("ttg", "upw", "staffing").
    public var synonyms: [String]

    public init(_ key: String, _ label: String, number: String? = nil, abbreviation: String, synonyms: [String] = []) {
        self.key = key; self.label = label; self.number = number
        self.abbreviation = abbreviation; self.synonyms = synonyms
    }
}

/// The kind of body inspected.
public enum ProviderType: String, Sendable, Codable, CaseIterable, Comparable {
    case crc = "CRC", nps = "NPS", pdu = "PDU", region = "Region"
    /// A document that does not say what kind of body it is about: never guessed.
    case unknown = "Unknown"
    public static func < (a: ProviderType, b: ProviderType) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
    /// Reads "crc", "NPS division", "Probation Delivery Unit", "regional" and the like.
    public static func read(_ text: String) -> ProviderType? {
        let t = text.lowercased()
        if t == "crc" || t.hasPrefix("crc") || t.contains("community rehabilitation") { return .crc }
        if t == "nps" || t.hasPrefix("nps") || t.contains("national probation") { return .nps }
        if t == "pdu" || t.hasPrefix("pdu") || t.contains("delivery unit") { return .pdu }
        if t.hasPrefix("region") { return .region }
        if t == "unknown" { return .unknown }
        return nil
    }
}

/// A rating framework: the standards an inspection of that kind and period rates, in report order.
public struct Framework: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var standards: [Standard]

    /// Finds a standard by key, label, number, abbreviation or synonym (case-insensitive).
    public func standard(named text: String) -> Standard? {
        let t = text.lowercased().trimmingSpaces()
        return standards.first { s in
            s.key == t || s.label.lowercased() == t || s.number == t || s.abbreviation.lowercased() == t
                || s.synonyms.contains(t)
        }
    }
}

extension String {
    func trimmingSpaces() -> String {
        // Fast path: nearly every value starts and ends with a visible ASCII character.
        let utf8 = self.utf8
        if let f = utf8.first, let l = utf8.last, f > 0x20, f < 0x80, l > 0x20, l < 0x80 { return self }
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }
}

private let leadership = Standard("leadership", "Leadership", number: "1.1", abbreviation: "1.1", synonyms: ["lead"])
private let staff = Standard("staff", "Staff", number: "1.2", abbreviation: "1.2", synonyms: ["staffing", "people"])
private let services = Standard("services", "Services", number: "1.3", abbreviation: "1.3")
private let information = Standard("information and facilities", "Information and facilities", number: "1.4",
                                   abbreviation: "1.4", synonyms: ["information", "facilities", "info"])
private let assessment = Standard("assessment", "Assessment", number: "2.1", abbreviation: "2.1")
private let planning = Standard("planning", "Planning", number: "2.2", abbreviation: "2.2")
private let implementation = Standard("implementation and delivery", "Implementation and delivery", number: "2.3",
                                      abbreviation: "2.3", synonyms: ["implementation", "delivery"])
private let reviewing = Standard("reviewing", "Reviewing", number: "2.4", abbreviation: "2.4", synonyms: ["review"])

/// Removes numbers that no source confirms for a framework, keeping names as the key.
private func unnumbered(_ s: Standard, abbreviation: String) -> Standard {
    var s = s; s.number = nil; s.abbreviation = abbreviation; return s
}

extension Framework {
    /// CRC inspections, 2018-20: unpaid work and Through the Gate are numbered 4.1 and 4.2 in the reports.
    public static let crc2018 = Framework(id: "crc-2018", name: "CRC inspections 2018-20", standards: [
        leadership, staff, services, information, assessment, planning, implementation, reviewing,
        Standard("unpaid work", "Unpaid work", number: "4.1", abbreviation: "4.1", synonyms: ["upw", "community payback"]),
        Standard("through the gate", "Through the Gate", number: "4.2", abbreviation: "4.2",
                 synonyms: ["ttg", "through-the-gate", "resettlement"]),
    ])

    /// NPS divisions, 2018-20: court work and victim work are 3.1 and 3.2.
    public static let nps2018 = Framework(id: "nps-2018", name: "NPS division inspections 2018-20", standards: [
        leadership, staff, services, information, assessment, planning, implementation, reviewing,
        Standard("court reports and case allocation", "Court reports and case allocation", number: "3.1",
                 abbreviation: "3.1", synonyms: ["court reports", "court work", "allocation", "court"]),
        Standard("statutory victim work", "Statutory victim work", number: "3.2", abbreviation: "3.2",
                 synonyms: ["victim work", "victims", "victim"]),
    ])

    /// PDU inspections published 2022-23: nine standards; no source prints their numbers, so none are given.
    public static let pdu2022 = Framework(id: "pdu-2022", name: "PDU inspections 2022-23", standards: [
        unnumbered(leadership, abbreviation: "Lead"), unnumbered(staff, abbreviation: "Staff"),
        unnumbered(services, abbreviation: "Serv"), unnumbered(information, abbreviation: "Info"),
        Standard("court work", "Court work", abbreviation: "Court", synonyms: ["court", "court reports"]),
        unnumbered(assessment, abbreviation: "Assess"), unnumbered(planning, abbreviation: "Plan"),
        unnumbered(implementation, abbreviation: "Impl"), unnumbered(reviewing, abbreviation: "Review"),
    ])

    /// PDU inspections from 2024: seven standards (court work is rated regionally).
    public static let pdu2024 = Framework(id: "pdu-2024", name: "PDU inspections from 2024", standards: [
        unnumbered(leadership, abbreviation: "Lead"),
        Standard("staffing", "Staffing", abbreviation: "Staff", synonyms: ["staff", "people"]),
        unnumbered(services, abbreviation: "Serv"),
        unnumbered(assessment, abbreviation: "Assess"), unnumbered(planning, abbreviation: "Plan"),
        unnumbered(implementation, abbreviation: "Impl"), unnumbered(reviewing, abbreviation: "Review"),
    ])

    /// Regional inspections from 2024.
    public static let region2024 = Framework(id: "region-2024", name: "Regional inspections from 2024", standards: [
        unnumbered(leadership, abbreviation: "Lead"),
        Standard("staffing", "Staffing", abbreviation: "Staff", synonyms: ["staff"]),
        Standard("desistance", "Desistance", abbreviation: "Desist"),
        Standard("public protection", "Public protection", abbreviation: "PubPro"),
        Standard("resettlement", "Resettlement", abbreviation: "Resett"),
        Standard("unpaid work", "Unpaid work", abbreviation: "UPW", synonyms: ["upw"]),
        Standard("court work", "Court work", abbreviation: "Court", synonyms: ["court"]),
        Standard("statutory victim work", "Statutory victim work", abbreviation: "Victim",
                 synonyms: ["victim work", "victims", "victim"]),
    ])

    /// Ten standards numbered 1.1-1.4, 2.1-2.4, 3.1, 3.2 with neutral names: for corpora (such as
    /// synthetic benchmarks) that key ratings by number without naming a framework.
    public static let numbered = Framework(id: "numbered", name: "Numbered standards 1.1-3.2", standards: [
        leadership, staff, services, information, assessment, planning, implementation, reviewing,
        Standard("standard 3.1", "Standard 3.1", number: "3.1", abbreviation: "3.1"),
        Standard("standard 3.2", "Standard 3.2", number: "3.2", abbreviation: "3.2"),
    ])

    /// Every standard any framework names, by name only (numbers mean different standards in different
    /// frameworks): for a document that does not say what kind of inspection it reports.
    public static let generic = Framework(id: "generic", name: "Standards by name, framework not known", standards: [
        unnumbered(leadership, abbreviation: "Lead"), unnumbered(staff, abbreviation: "Staff"),
        unnumbered(services, abbreviation: "Serv"), unnumbered(information, abbreviation: "Info"),
        unnumbered(assessment, abbreviation: "Assess"), unnumbered(planning, abbreviation: "Plan"),
        unnumbered(implementation, abbreviation: "Impl"), unnumbered(reviewing, abbreviation: "Review"),
        Standard("unpaid work", "Unpaid work", abbreviation: "UPW", synonyms: ["upw", "community payback"]),
        Standard("through the gate", "Through the Gate", abbreviation: "TTG", synonyms: ["ttg", "through-the-gate"]),
        Standard("court work", "Court work", abbreviation: "Court", synonyms: ["court reports", "court reports and case allocation"]),
        Standard("statutory victim work", "Statutory victim work", abbreviation: "Victim", synonyms: ["victim work"]),
        Standard("desistance", "Desistance", abbreviation: "Desist"),
        Standard("public protection", "Public protection", abbreviation: "PubPro"),
        Standard("resettlement", "Resettlement", abbreviation: "Resett"),
    ])

    public static let all: [Framework] = [.crc2018, .nps2018, .pdu2022, .pdu2024, .region2024, .numbered, .generic]

    public static func named(_ id: String) -> Framework? { all.first { $0.id == id.lowercased() } }

    /// The framework a report of this type and publication year was rated under.
    public static func defaultFor(type: ProviderType, year: Int?) -> Framework {
        switch type {
        case .crc: .crc2018
        case .nps: .nps2018
        case .pdu: (year ?? 2024) < 2024 ? .pdu2022 : .pdu2024
        case .region: .region2024
        case .unknown: .generic
        }
    }
}
