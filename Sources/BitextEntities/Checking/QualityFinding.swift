/// One thing a translator's QA pass reports: where it is, what kind of problem, and both texts.
public struct QualityFinding: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// A name rendered in a form the glossary does not accept.
        case name
        /// A number or date on one side that the other side renders differently.
        case number
        /// A target left untranslated: the source copied, or written in the source language.
        case untranslated
        /// A glossary term on the source side whose target side has none of the term's renderings.
        case term
        /// One source translated more than one way.
        case inconsistent
    }

    public var kind: Kind
    /// The bead (or translation unit) it is in, from 0.
    public var unit: Int
    public var sourceSentences: [Int]
    public var targetSentences: [Int]
    /// What is wrong, in words.
    public var message: String
    public var sourceText: String
    public var targetText: String

    public init(kind: Kind, unit: Int, sourceSentences: [Int], targetSentences: [Int], message: String, sourceText: String, targetText: String) {
        self.kind = kind
        self.unit = unit
        self.sourceSentences = sourceSentences
        self.targetSentences = targetSentences
        self.message = message
        self.sourceText = sourceText
        self.targetText = targetText
    }
}
