// RecognizedReport: what a document says about its inspection, each value with where it was read.
import Documents

/// The facts recognised in one document. Values not stated are nil (or the unknown provider and type).
public struct RecognizedReport: Sendable {
    public var title: String
    public var provider: Provider
    /// False when no provider could be recognised ("Unknown provider").
    public var providerKnown: Bool
    public var type: ProviderType
    public var framework: Framework
    public var published: PartialDate?
    public var fieldwork: PartialDate?
    public var chiefInspector: String?
    public var supervised: String?
    public var overall: RatingReading?
    /// Known standard ratings in framework order.
    public var ratings: [StandardRating]
    /// The address the document states, else its file name.
    public var sources: [String]
    /// Every recognised field with its sentence or row and position, in front-matter order.
    public var inferred: [InferredField]
    /// Why values were left unknown, and anything else a reviewer should see.
    public var diagnostics: [LoadDiagnostic]
    /// The block the title was read from, left out of the body so it is not said twice.
    public var titleBlockIndex: Int?

    public static let unknownProvider = Provider(id: "unknown", name: "Unknown provider", type: .unknown)
}
