// SectionStandards: which rated standards a write-up's section is about, so a section can be shown with its ratings.

/// The standards a section heading covers in a framework. The inspectorate's reports are arranged by domain:
/// "Organisational delivery" holds leadership, staff, services and information; "Case supervision" holds
/// assessment, planning, implementation and delivery, and reviewing. Other headings name their standards
/// ("Unpaid work and Through the Gate", "Court work and victim work"), read part by part through the
/// framework's names and synonyms. A heading that names none ("Overall findings") covers none.
public enum SectionStandards {
    static let domains: [String: [String]] = [
        "organisational delivery": ["leadership", "staff", "staffing", "services", "information and facilities"],
        "case supervision": ["assessment", "planning", "implementation and delivery", "reviewing"],
    ]

    /// The framework's standards under `heading`, in the framework's order.
    public static func standards(of heading: String, in framework: Framework) -> [Standard] {
        let h = heading.lowercased().trimmingSpaces()
        if let keys = domains[h] { return framework.standards.filter { keys.contains($0.key) } }
        var found: [Standard] = []
        for part in h.components(separatedBy: " and ") + [h] {
            if let s = framework.standard(named: part), !found.contains(s) { found.append(s) }
        }
        return framework.standards.filter { found.contains($0) }
    }
}
