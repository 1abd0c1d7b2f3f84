import BitextText
import BitextNames
import BitextGlossary
import BitextAlignment

/// Name QA on an alignment: finds names rendered in a form the glossary does not accept.
///
/// Two checks. Across each aligned pair, an entity found on one side whose name appears on the other
/// side only in an unaccepted form (the matcher recognises it, the glossary does not list it) is an
/// inconsistency; an entity simply not named on the other side (a pronoun, a title) is not. Within every
/// sentence, aligned or not, a short variant (a family name alone: 고이즈미) followed by another name
/// part that makes an unaccepted full name (고이즈미 신조 where only 고이즈미 신지로 is accepted) is reported too,
/// where the pair names that person in full somewhere (a family name alone is not a person).
public struct NameChecker {
    public struct Issue: Sendable, Equatable {
        public var entity: String
        /// `source` or `target`.
        public var side: String
        public var sentence: Int
        public var found: String
        public var expected: String
        public var sourceText: String
        public var targetText: String
    }

    /// Kinds whose names must be rendered consistently; titles and terms are translated freely.
    package static let checkedKinds: Set<GlossaryEntry.Kind> = [.person, .place, .org, .unit, .ship]

    let glossary: Glossary
    let matcher: NameMatcher
    private var matchers: [String: GlossaryMatcher] = [:]

    public init(glossary: Glossary, matcher: NameMatcher) {
        self.glossary = glossary
        self.matcher = matcher
    }

    public func check(_ a: Alignment) -> [Issue] {
        // One matcher per language, built once: they index the whole glossary.
        var checker = self
        checker.matchers = [a.source.language.tag: GlossaryMatcher(glossary: glossary, language: a.source.language),
                            a.target.language.tag: GlossaryMatcher(glossary: glossary, language: a.target.language)]
        return checker.run(a)
    }

    private func run(_ a: Alignment) -> [Issue] {
        let src = matchers[a.source.language.tag]!, tgt = matchers[a.target.language.tag]!
        // A family or given name alone stands for the glossary's person only where the pair names them in
        // full (`NameShortForms`): Junichiro Koizumi's article is not checked against Shinjiro's entry.
        var namedInFull = Set<String>()
        for (m, segments) in [(src, a.source.segments), (tgt, a.target.segments)] {
            for segment in segments { for hit in m.matches(in: segment.text) where !hit.short { namedInFull.insert(m.entityID(hit.entity)) } }
        }
        func entities(_ m: GlossaryMatcher, _ text: String) -> Set<String> {
            Set(m.matches(in: text).map { (m.entityID($0.entity), $0.short) }.filter { !$0.1 || namedInFull.contains($0.0) }.map(\.0))
        }
        var issues: [Issue] = []
        var seen = Set<String>()
        func add(_ issue: Issue) {
            let key = "\(issue.side)|\(issue.sentence)|\(issue.entity)|\(issue.found)"
            if seen.insert(key).inserted { issues.append(issue) }
        }
        // Within sentences: unaccepted full names built on a short variant.
        for (side, matcherForSide, segments, language) in [("source", src, a.source.segments, a.source.language), ("target", tgt, a.target.segments, a.target.language)] {
            for (index, segment) in segments.enumerated() {
                for (entity, found, expected) in unacceptedFullNames(segment.text, matcherForSide, language) where namedInFull.contains(entity) {
                    let bead = a.beads.first { (side == "source" ? $0.source : $0.target).contains(index) }
                    add(Issue(entity: entity, side: side, sentence: index, found: found, expected: expected,
                              sourceText: bead.map { a.sourceText($0) } ?? (side == "source" ? segment.text : ""),
                              targetText: bead.map { a.targetText($0) } ?? (side == "target" ? segment.text : "")))
                }
            }
        }
        // Across aligned pairs: a name the other side renders in a form the glossary does not accept.
        for bead in a.beads where !bead.isInsertionOrDeletion {
            let s = a.sourceText(bead), t = a.targetText(bead)
            let here = entities(src, s), there = entities(tgt, t)
            for (ids, other, otherText, otherLanguage, side, first) in [(here.subtracting(there), "target", t, a.target.language, "target", bead.target.lowerBound),
                                                                        (there.subtracting(here), "source", s, a.source.language, "source", bead.source.lowerBound)] {
                _ = other
                for id in ids.sorted() {
                    guard let e = glossary[id], NameChecker.checkedKinds.contains(e.kind), let forms = e.forms[otherLanguage.tag] ?? e.forms[otherLanguage.primary] else { continue }
                    for span in NameSpans.nameSpans(otherText) {
                        // Equal to an accepted form, or a word derived from one (Korea → Korean), is fine.
                        let spanKey = Glossary.formKey(span)
                        let accepted = forms.contains { spanKey.hasPrefix(Glossary.formKey($0)) || Glossary.formKey($0).hasPrefix(spanKey) }
                        guard !accepted, glossaryClaims(span, otherLanguage) == nil else { continue }
                        let best = forms.map { matcher.match(span, otherLanguage, $0, otherLanguage).score }.max() ?? 0
                        if best >= NameMatcher.threshold {
                            add(Issue(entity: id, side: side, sentence: first, found: span, expected: forms[0], sourceText: s, targetText: t))
                        }
                    }
                }
            }
        }
        return issues.sorted { ($0.side, $0.sentence, $0.entity) < ($1.side, $1.sentence, $1.entity) }
    }

    /// A short variant (one form's tokens are a strict prefix of another form's) followed by a name part
    /// that together resemble, but are not, an accepted form.
    private func unacceptedFullNames(_ text: String, _ m: GlossaryMatcher, _ language: LanguageCode) -> [(String, String, String)] {
        var out: [(String, String, String)] = []
        let tokens = text.split(separator: " ").map(String.init)
        for e in glossary.entries where NameChecker.checkedKinds.contains(e.kind) {
            guard let forms = e.forms[language.tag] ?? e.forms[language.primary] else { continue }
            let keys = forms.map { Glossary.formKey($0).split(separator: " ").map(String.init) }
            for (k, short) in keys.enumerated() where keys.contains(where: { $0.count > short.count && Array($0.prefix(short.count)) == short }) {
                _ = k
                for i in tokens.indices where i + short.count < tokens.count {
                    let window = tokens[i..<(i + short.count)].map { Glossary.formKey($0) }
                    guard window == short else { continue }
                    // The full accepted form is there: nothing to report.
                    let fullHere = keys.contains { key in
                        key.count > short.count && i + key.count <= tokens.count
                            && tokens[i..<(i + key.count)].map { Glossary.formKey($0) } == key
                    }
                    if fullHere { continue }
                    let next = NameSpans.stripParticle(tokens[i + short.count])
                    guard NameSpans.looksLikeNamePart(next), glossaryClaims(next, language) == nil else { continue }
                    let candidate = (tokens[i..<(i + short.count)] + [next]).joined(separator: " ")
                    if forms.contains(where: { Glossary.formKey($0) == Glossary.formKey(candidate) }) { continue }
                    let longer = forms.filter { Glossary.formKey($0).split(separator: " ").count > short.count }
                    let best = longer.map { (matcher.match(candidate, language, $0, language).score, $0) }.max { $0.0 < $1.0 }
                    if let best, best.0 >= 0.75 { out.append((e.id, candidate, best.1)) }
                }
            }
        }
        return out
    }

    private func glossaryClaims(_ text: String, _ language: LanguageCode) -> String? {
        let m = matchers[language.tag] ?? GlossaryMatcher(glossary: glossary, language: language)
        return m.entities(in: text).first.map(m.entityID)
    }
}

import Foundation
