// AssociationMeasures: how strongly a word is attracted to a node — MI, MI3, t-score, logDice, G² — from one 2×2 table.
import Foundation

/// The association of a word with a node from the 2×2 table of collocates' surface co-occurrence (Evert
/// 2008): `observed` (O₁₁) of the `windowTokens` (R₁) words inside the node's windows are this word, which
/// occurs `frequency` (C₁) times in the `tokens` (N) words looked at. Expected E₁₁ = R₁·C₁ / N.
///
/// - MI = log₂(O₁₁ / E₁₁): favours rare words.
/// - MI3 = log₂(O₁₁³ / E₁₁) (Oakes 1998): MI with the observed count cubed, so frequent pairs are not
///   drowned by one-off ones.
/// - t-score = (O₁₁ − E₁₁) / √O₁₁: how sure the attraction is; favours frequent words.
/// - logDice = 14 + log₂(2·O₁₁ / (R₁ + C₁)) (Rychlý 2008): the Dice coefficient of the same table on a
///   log scale. It does not depend on N, so it compares across sub-corpora of different sizes; at most 14
///   (when the word fills the windows and occurs nowhere else); each point less halves the association.
///   With windows as the node's side of the table, R₁ is the words within reach of the node.
/// - G² (Dunning 1993) over the four cells.
public struct AssociationMeasures: Sendable, Equatable {
    public var observed: Int
    public var windowTokens: Int
    public var frequency: Int
    public var tokens: Int

    public init(observed: Int, windowTokens: Int, frequency: Int, tokens: Int) {
        self.observed = observed; self.windowTokens = windowTokens; self.frequency = frequency; self.tokens = tokens
    }

    public var expected: Double { tokens == 0 ? 0 : Double(windowTokens) * Double(frequency) / Double(tokens) }

    /// nil when the word is never seen in the windows (log of zero).
    public var mutualInformation: Double? { observed == 0 ? nil : log2(Double(observed) / expected) }

    public var mi3: Double? { observed == 0 ? nil : log2(pow(Double(observed), 3) / expected) }

    public var tScore: Double? { observed == 0 ? nil : (Double(observed) - expected) / Double(observed).squareRoot() }

    public var logDice: Double? {
        observed == 0 ? nil : 14 + log2(2 * Double(observed) / Double(windowTokens + frequency))
    }

    public var logLikelihood: Double { Collocates.logLikelihood(observed, windowTokens, frequency, tokens) }
}

extension CollocateList {
    /// The full set of measures for one of this list's collocates.
    public func measures(of c: Collocate) -> AssociationMeasures {
        AssociationMeasures(observed: c.together, windowTokens: windowTokens, frequency: c.total, tokens: max(tokens, windowTokens))
    }
}
