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
        let sourceIsLatin = !a.source.language.isCJK
        let nameLanguage = sourceIsLatin ? a.source.language : a.target.language
        let otherLanguage = sourceIsLatin ? a.target.language : a.source.language
        let known = GlossaryMatcher(glossary: glossary, language: nameLanguage)
        let knownOther = GlossaryMatcher(glossary: glossary, language: otherLanguage)
        var found: [String: Proposal] = [:]
        for bead in a.beads where !bead.isInsertionOrDeletion && bead.confidence >= minConfidence {
            let names = sourceIsLatin ? a.sourceText(bead) : a.targetText(bead)
            let other = sourceIsLatin ? a.targetText(bead) : a.sourceText(bead)
            let spans = NameChecker.nameSpans(other).filter { knownOther.entities(in: $0).isEmpty }
            var usedHere = Set<String>()
            for mention in EntryExtractor.mentions(names) where known.entities(in: mention).isEmpty {
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

    /// Runs of one to three capitalised words, not a lone capitalised word at the start of the sentence.
    public static func mentions(_ text: String) -> [String] { mentions(text, passingOver: true) }

    /// `mentions`, with `passingOver` false reading every token as a name word (the long way, for tests).
    static func mentions(_ text: String, passingOver: Bool) -> [String] {
        var out: [String] = []
        var run: [String] = []
        func flush() {
            if !run.isEmpty { out.append(run.joined(separator: " ")) }
            run = []
        }
        for (i, piece) in WhitespaceSplit.words(text).enumerated() {
            // A token opening with a lower-case ASCII letter or a digit is no name word, whatever follows
            // (most tokens of a sentence: no string is made of them).
            if passingOver, let b = piece.utf8.first, (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) {
                flush()
                continue
            }
            let token = String(piece)
            let (w, capital, length) = nameWord(token)
            if capital && !(i == 0 && length <= 5) {
                if run.count == 3 { flush() }
                run.append(w)
                // A comma or stop after the word ends the name.
                if let last = token.last, EntryExtractor.endsName(last) { flush() }
            } else {
                flush()
            }
        }
        flush()
        return out
    }

    /// A comma, stop, closing bracket or quote: a name ends at it.
    static func endsName(_ c: Character) -> Bool {
        switch c {
        case ",", ".", ";", ":", "!", "?", ")", "”", "\"": true
        default: false
        }
    }

    /// A token as a word of a name: without punctuation at its ends or a possessive 's, whether it is
    /// capitalised (letters and hyphens only), and its length in characters.
    static func nameWord(_ token: String) -> (word: String, capital: Bool, length: Int) {
        var w = NameChecker.trimmingPunctuation(token)
        guard UTF8Scan.isASCII(w) else { return nameWordByCharacters(w) }
        // Most tokens: the same tests on the bytes, each character being one.
        if w.utf8.count >= 2, w.utf8.last == UInt8(ascii: "s"), w.utf8.dropLast().last == UInt8(ascii: "'") { w = String(w.utf8.dropLast(2))! }
        let length = w.utf8.count
        return (w, length > 1 && NameChecker.isCapitalisedLatin(w), length)
    }

    /// `nameWord` of a token already trimmed, character by character.
    static func nameWordByCharacters(_ trimmed: String) -> (word: String, capital: Bool, length: Int) {
        var w = trimmed
        if w.hasSuffix("’s") || w.hasSuffix("'s") { w = String(w.dropLast(2)) }
        let length = w.count
        return (w, (w.first?.isUppercase ?? false) && w.allSatisfy { $0.isLetter || $0 == "-" } && length > 1, length)
    }
}

import Foundation
