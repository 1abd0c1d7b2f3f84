/// Name QA on an alignment: finds names rendered in a form the glossary does not accept.
///
/// Two checks. Across each aligned pair, an entity found on one side whose name appears on the other
/// side only in an unaccepted form (the matcher recognises it, the glossary does not list it) is an
/// inconsistency; an entity simply not named on the other side (a pronoun, a title) is not. Within every
/// sentence, aligned or not, a short variant (a family name alone: 고이즈미) followed by another name
/// part that makes an unaccepted full name (고이즈미 신조 where only 고이즈미 신지로 is accepted) is reported too.
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
    static let checkedKinds: Set<GlossaryEntry.Kind> = [.person, .place, .org, .unit, .ship]

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
        var issues: [Issue] = []
        var seen = Set<String>()
        func add(_ issue: Issue) {
            let key = "\(issue.side)|\(issue.sentence)|\(issue.entity)|\(issue.found)"
            if seen.insert(key).inserted { issues.append(issue) }
        }
        // Within sentences: unaccepted full names built on a short variant.
        for (side, matcherForSide, segments, language) in [("source", src, a.source.segments, a.source.language), ("target", tgt, a.target.segments, a.target.language)] {
            for (index, segment) in segments.enumerated() {
                for (entity, found, expected) in unacceptedFullNames(segment.text, matcherForSide, language) {
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
            let here = Set(src.entities(in: s).map(src.entityID)), there = Set(tgt.entities(in: t).map(tgt.entityID))
            for (ids, other, otherText, otherLanguage, side, first) in [(here.subtracting(there), "target", t, a.target.language, "target", bead.target.lowerBound),
                                                                        (there.subtracting(here), "source", s, a.source.language, "source", bead.source.lowerBound)] {
                _ = other
                for id in ids.sorted() {
                    guard let e = glossary[id], NameChecker.checkedKinds.contains(e.kind), let forms = e.forms[otherLanguage.tag] ?? e.forms[otherLanguage.primary] else { continue }
                    for span in NameChecker.nameSpans(otherText) {
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
                    let next = NameChecker.stripParticle(tokens[i + short.count])
                    guard NameChecker.looksLikeNamePart(next), glossaryClaims(next, language) == nil else { continue }
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

    /// Korean particles that attach to names.
    static let particles = ["에게서", "으로서", "에서", "에게", "께서", "으로", "이다", "은", "는", "이", "가", "을", "를", "의", "에", "와", "과", "도", "로", "만"]
    static let particleLengths = particles.map { ($0, $0.count) }
    static let particleEnds = Set(particles.compactMap(\.last))
    static let particleScalars = particles.map { Array($0.unicodeScalars) }
    static let particleEndScalars = Array(Set(particles.compactMap(\.unicodeScalars.last)))

    static func stripParticle(_ token: String) -> String {
        let t = NameChecker.trimmingPunctuation(token)
        guard let s = t.unicodeScalars.first, Script.of(s) == .hangul else { return t }
        // Syllables alone (most words) are one scalar a character: compared as scalars.
        if t.unicodeScalars.allSatisfy(HangulRomanizer.isSyllable) {
            // Most words end in no particle's last syllable: compared only when one might fit.
            guard let last = t.unicodeScalars.last, particleEndScalars.contains(last) else { return t }
            let scalars = Array(t.unicodeScalars)
            for p in particleScalars where scalars.count > p.count + 1 && scalars.suffix(p.count).elementsEqual(p) {
                return String(String.UnicodeScalarView(scalars.dropLast(p.count)))
            }
            return t
        }
        guard let last = t.last, particleEnds.contains(last) else { return t }
        let count = t.count
        for (p, length) in particleLengths where count > length + 1 && t.hasSuffix(p) { return String(t.dropLast(length)) }
        return t
    }

    /// The token without punctuation at its ends (`CharacterSet.punctuationCharacters`). A token that
    /// starts and ends with an ASCII letter or digit or a Hangul syllable has none there: it is returned
    /// as it is (Foundation's trimming was a share of a batch's time, called for every word).
    static func trimmingPunctuation(_ token: String) -> String {
        func plain(_ s: Unicode.Scalar?) -> Bool {
            guard let s else { return false }
            let v = s.value
            return (v >= 0x30 && v <= 0x39) || ((v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A) || HangulRomanizer.isSyllable(s)
        }
        let scalars = token.unicodeScalars
        if plain(scalars.first) && plain(scalars.last) { return token }
        // ASCII punctuation at the ends (a full stop, a comma, brackets, quotes) is stripped here, from a
        // table built from the same character set; any other scalar there is left to Foundation.
        var lo = scalars.startIndex, hi = scalars.endIndex
        while lo < hi, scalars[lo].isASCII, asciiPunctuation[Int(scalars[lo].value)] { scalars.formIndex(after: &lo) }
        while lo < hi, scalars[scalars.index(before: hi)].isASCII, asciiPunctuation[Int(scalars[scalars.index(before: hi)].value)] {
            scalars.formIndex(before: &hi)
        }
        if lo == hi { return "" }
        if (scalars[lo].isASCII || plain(scalars[lo])) && (scalars[scalars.index(before: hi)].isASCII || plain(scalars[scalars.index(before: hi)])) {
            return String(token[lo..<hi])
        }
        return token.trimmingCharacters(in: .punctuationCharacters)
    }

    /// Which ASCII scalars `CharacterSet.punctuationCharacters` holds.
    static let asciiPunctuation: [Bool] = (0..<128).map { CharacterSet.punctuationCharacters.contains(Unicode.Scalar(UInt8($0))) }

    /// A capitalised Latin word, or a Hangul word of two or three syllables.
    static func looksLikeNamePart(_ token: String) -> Bool {
        guard let first = token.first else { return false }
        if first.isUppercase { return token.allSatisfy { $0.isLetter || $0 == "-" } }
        return (2...3).contains(token.count) && token.unicodeScalars.allSatisfy { Script.of($0) == .hangul }
    }

    /// Candidate name mentions: runs of one to three capitalised Latin words, or one or two Hangul words.
    static func nameSpans(_ text: String) -> [String] {
        let tokens = WhitespaceSplit.words(text).map { stripParticle(String($0)) }.filter { !$0.isEmpty }
        // What each token is, found once (a token is in up to three windows).
        let latin = tokens.map(isCapitalisedLatin), hangul = tokens.map(isHangulWord)
        var spans: [String] = []
        spanWindows(count: tokens.count, latin: { latin[$0] }, hangul: { hangul[$0] }) { window in
            spans.append(window.count == 1 ? tokens[window.lowerBound] : tokens[window].joined(separator: " "))
        }
        return spans
    }

    /// The windows of tokens `nameSpans` keeps, in its order: one to three capitalised Latin words, or one
    /// or two Hangul words, given what each token is.
    static func spanWindows(count: Int, latin: (Int) -> Bool, hangul: (Int) -> Bool, _ body: (Range<Int>) -> Void) {
        for i in 0..<count {
            for length in 1...3 where i + length <= count {
                let window = i..<(i + length)
                if window.allSatisfy(latin) || (length <= 2 && window.allSatisfy(hangul)) { body(window) }
            }
        }
    }

    /// Hangul only (syllables or jamo).
    static func isHangulWord(_ t: String) -> Bool {
        t.unicodeScalars.allSatisfy { HangulRomanizer.isSyllable($0) || Script.of($0) == .hangul }
    }

    /// Capitalised, of letters and hyphens only, and not opening with a Hangul syllable (asked of its
    /// first scalar only). An ASCII token is read from its bytes.
    static func isCapitalisedLatin(_ t: String) -> Bool {
        if UTF8Scan.isASCII(t) {
            return t.utf8.first.map { (0x41...0x5A).contains($0) } == true
                && t.utf8.allSatisfy { (0x61...0x7A).contains($0 | 0x20) || $0 == UInt8(ascii: "-") }
        }
        return isCapitalisedLatinByCharacters(t)
    }

    static func isCapitalisedLatinByCharacters(_ t: String) -> Bool {
        !(t.unicodeScalars.first.map(HangulRomanizer.isSyllable) ?? false)
            && (t.first?.isUppercase ?? false) && t.allSatisfy { $0.isLetter || $0 == "-" }
    }
}

import Foundation
