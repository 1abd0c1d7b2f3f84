import BitextNames
import BitextGlossary
import BitextAlignment

/// Proposes glossary entries from an alignment: a capitalised name on the Latin-script side of an
/// aligned pair that the glossary does not know, and the span of the other side's sentence that the
/// name matcher pairs with it. A proposal counts the pairs that support it.
public struct EntryExtractor {
    public struct Proposal: Sendable, Equatable {
        public var score: Double
        public var support: Int
        public var sourceLanguage: String
        public var source: String
        public var targetLanguage: String
        public var target: String

        /// High match score and two supporting pairs, or a transliteration that is (nearly) exact.
        public var acceptable: Bool { acceptable(minScore: NameMatcher.threshold) }

        public func acceptable(minScore: Double) -> Bool { (score >= minScore && support >= 2) || score >= max(0.97, minScore) }

        public var suggestedID: String {
            let slug = LatinFolding.fold(source).map { $0.isLetter || $0.isNumber ? $0 : "-" }
            return String(slug).split(separator: "-").joined(separator: "-")
        }
    }

    let glossary: Glossary
    let matcher: NameMatcher
    /// Pairs below this confidence are not used.
    public var minConfidence = 0.5
    /// Candidate spans scoring below this are not proposed at all.
    public var minScore = 0.8

    public init(glossary: Glossary, matcher: NameMatcher) {
        self.glossary = glossary
        self.matcher = matcher
    }

    public func proposals(_ a: Alignment) -> [Proposal] {
        // Names come from the Latin-script side (the source when both are).
        let sourceIsLatin = a.source.language.profile.writesNamesInLatin
        let nameLanguage = sourceIsLatin ? a.source.language : a.target.language
        let otherLanguage = sourceIsLatin ? a.target.language : a.source.language
        let known = GlossaryMatcher(glossary: glossary, language: nameLanguage)
        let knownOther = GlossaryMatcher(glossary: glossary, language: otherLanguage)
        var found: [String: Proposal] = [:]
        for bead in a.beads where !bead.isInsertionOrDeletion && bead.confidence >= minConfidence {
            let names = sourceIsLatin ? a.sourceText(bead) : a.targetText(bead)
            let other = sourceIsLatin ? a.targetText(bead) : a.sourceText(bead)
            let spans = NameSpans.nameSpans(other).filter { knownOther.entities(in: $0).isEmpty }
            var usedHere = Set<String>()
            for mention in NameMentions.mentions(names) where known.entities(in: mention).isEmpty {
                let best = spans.map { (matcher.match(mention, nameLanguage, $0, otherLanguage).score, $0) }.max { ($0.0, $1.1) < ($1.0, $0.1) }
                guard let (score, span) = best, score >= minScore else { continue }
                let key = Glossary.formKey(mention) + "\t" + Glossary.formKey(span)
                guard usedHere.insert(key).inserted else { continue }
                var p = found[key] ?? Proposal(score: 0, support: 0, sourceLanguage: nameLanguage.tag, source: mention,
                                               targetLanguage: otherLanguage.tag, target: span)
                p.score = max(p.score, score)
                p.support += 1
                found[key] = p
            }
        }
        // Of proposals sharing a name, keep the best span.
        var bestByName: [String: Proposal] = [:]
        for p in found.values {
            let k = Glossary.formKey(p.source)
            if let q = bestByName[k], (q.score, q.support, q.target) >= (p.score, p.support, p.target) { continue }
            bestByName[k] = p
        }
        return bestByName.values.sorted { ($0.score, $0.support, $1.source) > ($1.score, $1.support, $0.source) }
    }
}

import Foundation
