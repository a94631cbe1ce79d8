// Comparison: two inspections side by side — facts, overall and each standard, with better/worse/same/unknown.
import Inspections

/// How A stands against B on one rating.
public enum Verdict: String, Sendable, Codable {
    case better, worse, same
    /// Either rating is unknown (or the standard is not in one framework): no comparison is made.
    case unknown

    public static func of(_ a: Rating?, _ b: Rating?) -> Verdict {
        guard let a, let b else { return .unknown }
        return a > b ? .better : a < b ? .worse : .same
    }
}

/// One rated line of a comparison: the overall rating or a standard.
public struct ComparedRating: Sendable {
    /// "overall", or the standard key.
    public var key: String
    /// "4.1 Unpaid work"; the number only when both frameworks give the standard the same number.
    public var label: String
    public var a: Rating?
    public var b: Rating?
    /// Whether each inspection's framework rates this standard at all ("not rated" differs from unknown).
    public var inA: Bool
    public var inB: Bool
    public var verdict: Verdict { Verdict.of(a, b) }
}

/// A fact of each inspection, by name ("owner", "published").
public struct ComparedFact: Sendable {
    public var name: String
    public var a: String?
    public var b: String?
}

public struct Comparison: Sendable {
    public var a: InspectionReport
    public var b: InspectionReport
    public var facts: [ComparedFact]
    public var overall: ComparedRating
    /// A's standards in its framework order, then any of B's that A's framework lacks.
    public var standards: [ComparedRating]

    public var scoreA: Score { a.score }
    public var scoreB: Score { b.score }

    /// Standards where both ratings are known, and how many A has better, worse and the same.
    public var tally: (better: Int, worse: Int, same: Int, unknown: Int) {
        var t = (better: 0, worse: 0, same: 0, unknown: 0)
        for s in standards {
            switch s.verdict {
            case .better: t.better += 1
            case .worse: t.worse += 1
            case .same: t.same += 1
            case .unknown: t.unknown += 1
            }
        }
        return t
    }

    public init(_ a: InspectionReport, _ b: InspectionReport) {
        self.a = a; self.b = b
        facts = [
            ComparedFact(name: "provider", a: a.provider.name, b: b.provider.name),
            ComparedFact(name: "inspection", a: a.id, b: b.id),
            ComparedFact(name: "owner", a: a.ownerGroup ?? a.owner, b: b.ownerGroup ?? b.owner),
            ComparedFact(name: "published", a: a.published?.description, b: b.published?.description),
            ComparedFact(name: "supervised", a: a.supervised, b: b.supervised),
            ComparedFact(name: "chief inspector", a: a.chiefInspector, b: b.chiefInspector),
            ComparedFact(name: "framework", a: a.framework.id, b: b.framework.id),
        ]
        overall = ComparedRating(key: "overall", label: "overall", a: a.overall, b: b.overall, inA: true, inB: true)
        var rows: [ComparedRating] = []
        let fa = a.framework, fb = b.framework
        for s in fa.standards {
            let other = fb.standards.first { $0.key == s.key }
            rows.append(ComparedRating(key: s.key, label: Comparison.label(s, other), a: a.rating(of: s),
                                       b: other.flatMap { b.rating(of: $0) }, inA: true, inB: other != nil))
        }
        for s in fb.standards where !fa.standards.contains(where: { $0.key == s.key }) {
            rows.append(ComparedRating(key: s.key, label: Comparison.label(s, nil), a: nil, b: b.rating(of: s),
                                       inA: false, inB: true))
        }
        standards = rows
    }

    /// The number is shown only when it means the same standard on both sides (or only one side rates it).
    static func label(_ s: Standard, _ other: Standard?) -> String {
        guard let n = s.number, other == nil || other?.number == n else { return s.label }
        return n + " " + s.label
    }
}
