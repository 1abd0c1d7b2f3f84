import BitextText
import BitextNames
import Foundation

/// Finds glossary entities in sentences of one language: longest match first, whole tokens for
/// Latin script, a token prefix for Hangul (particles attach to names: 요코스카의), and any
/// position inside unspaced Han/kana text.
public struct GlossaryMatcher: Sendable {
    struct Pattern: Sendable {
        var tokens: [String]
        var entity: Int
        var caseSensitive: Bool
        /// A person's family or given name alone (`Koizumi` of `Shinjiro Koizumi`): it names the person only
        /// where the article names them in full (`NameShortForms`).
        var short = false
    }

    /// An entity found in a text, and whether by a short form.
    public struct Match: Sendable, Equatable {
        public var entity: Int
        public var short: Bool
    }

    public let language: LanguageCode
    private let entityIDs: [String]
    /// First token → patterns starting with it, longest first. Keyed by UTF-8 bytes: a `String` key
    /// checks the normalisation of Korean text on every lookup, and text is NFC already.
    private var byFirstToken: [UTF8Key: [Pattern]] = [:]
    /// Single-token patterns of scripts without spaces or with attached particles.
    private var attached: [UTF8Key: [Pattern]] = [:]
    private var longestAttached = 0
    /// The first character of every attached form, as its bytes (keys are folded alike: bytes that differ
    /// are characters that differ).
    private var attachedFirsts = Set<UTF8Key>()

    public init(glossary: Glossary, language: LanguageCode) {
        self.language = language
        entityIDs = glossary.entries.map(\.id)
        let tag = language.tag, primary = language.primary
        for (index, entry) in glossary.entries.enumerated() {
            guard let forms = entry.forms[tag] ?? entry.forms[primary] else { continue }
            let formTokens = forms.map { GlossaryMatcher.tokens($0) }
            for (formIndex, form) in forms.enumerated() {
                let tokens = formTokens[formIndex]
                guard let first = tokens.first?.key else { continue }
                let isAcronym = GlossaryMatcher.isAcronym(form)
                var pattern = Pattern(tokens: tokens.map { isAcronym ? $0.original : $0.key }, entity: index, caseSensitive: isAcronym)
                pattern.short = entry.kind == .person && tokens.count == 1
                    && formTokens.contains { $0.count > 1 && ($0.first?.key == first || $0.last?.key == first) }
                if tokens.count == 1, GlossaryMatcher.isAttaching(first), first.unicodeScalars.count >= 2, first.count >= 2 {
                    attached[UTF8Key(first), default: []].append(pattern)
                    if let c = first.first { attachedFirsts.insert(UTF8Key(String(c))) }
                    longestAttached = max(longestAttached, first.count)
                } else {
                    byFirstToken[UTF8Key(pattern.tokens[0]), default: []].append(pattern)
                }
            }
        }
        // Longest first; most keys have one pattern, and are left untouched.
        var slot = byFirstToken.values.startIndex
        while slot != byFirstToken.values.endIndex {
            if byFirstToken.values[slot].count > 1 { byFirstToken.values[slot].sort { $0.tokens.count > $1.tokens.count } }
            byFirstToken.values.formIndex(after: &slot)
        }
    }

    /// The matchers of several languages, built at once on as many cores (each reads every form of a
    /// large glossary).
    public static func matchers(glossary: Glossary, languages: [LanguageCode]) -> [GlossaryMatcher] {
        let slots = ConcurrentSlots<GlossaryMatcher>(count: languages.count)
        DispatchQueue.concurrentPerform(iterations: languages.count) { k in
            slots.set(k, GlossaryMatcher(glossary: glossary, language: languages[k]))
        }
        return (0..<languages.count).map { slots.value($0) }
    }

    /// An acronym (`DAPA`, `F-35`, `KF-21`) is matched with its case: at most six characters, each an
    /// uppercase letter, a digit or `+-.`. A lowercase ASCII letter or a space rules a form out before its
    /// characters are read (most forms of a large glossary are names in mixed case).
    static func isAcronym(_ form: String) -> Bool {
        for b in form.utf8 where b == 0x20 || (b >= 0x61 && b <= 0x7A) { return false }
        return form.count <= 6 && form.allSatisfy { $0.isUppercase || $0.isNumber || "+-.".contains($0) }
    }

    public func entityID(_ index: Int) -> String { entityIDs[index] }

    /// Indices of the entities found, in text order (repeated if mentioned twice).
    public func entities(in text: String) -> [Int] { matches(in: text).map(\.entity) }

    /// The entities found, in text order, each with whether a short form found it.
    public func matches(in text: String) -> [Match] {
        // A glossary without a form in this language (German against the bundled en/ko/vi/ja glossary)
        // finds nothing: the sentence is not even tokenised.
        if byFirstToken.isEmpty, attached.isEmpty { return [] }
        let toks = GlossaryMatcher.tokens(text)
        var found: [Match] = []
        var i = 0
        outer: while i < toks.count {
            let key = toks[i].key, original = toks[i].original
            // Compared as bytes: `==` on strings checks canonical equivalence, and a Korean key (jamo) is
            // canonically its original (syllables), which cost that comparison a normalisation per token.
            // An original that differs from its key only in form finds nothing the key does not (the table
            // holds keys, and originals only of acronyms).
            let candidates = key.utf8.elementsEqual(original.utf8) ? 1 : 2
            for c in 0..<candidates {
                for p in byFirstToken[UTF8Key(c == 0 ? key : original)] ?? [] where i + p.tokens.count <= toks.count {
                    if matches(p, toks, at: i) {
                        found.append(Match(entity: p.entity, short: p.short))
                        i += p.tokens.count
                        continue outer
                    }
                }
            }
            if GlossaryMatcher.isAttaching(key) {
                let unspaced = GlossaryMatcher.isUnspaced(key)
                // A spaced word (Korean) is looked up from its start only: most open with a letter no attached
                // form opens with, and are not cut into characters at all.
                if unspaced || key.first.map({ attachedFirsts.contains(UTF8Key(String($0))) }) == true {
                    let chars = Array(key)
                    let starts = unspaced ? Array(chars.indices) : [0]
                    var k = 0
                    while k < starts.count {
                        let s = starts[k]
                        var hit = false
                        guard attachedFirsts.contains(UTF8Key(String(chars[s]))) else { k += 1; continue }
                        for len in stride(from: min(longestAttached, chars.count - s), through: 2, by: -1) {
                            if let p = attached[UTF8Key(String(chars[s..<(s + len)]))]?.first {
                                found.append(Match(entity: p.entity, short: p.short))
                                hit = true
                                while k < starts.count, starts[k] < s + len { k += 1 }
                                break
                            }
                        }
                        if !hit { k += 1 }
                    }
                }
            }
            i += 1
        }
        return found
    }

    private func matches(_ p: Pattern, _ toks: [(key: String, original: String)], at i: Int) -> Bool {
        for (k, t) in p.tokens.enumerated() {
            let text = p.caseSensitive ? toks[i + k].original : toks[i + k].key
            if k == p.tokens.count - 1, GlossaryMatcher.isAttaching(t) {
                if !text.utf8.starts(with: t.utf8) { return false }
            } else if !text.utf8.elementsEqual(t.utf8) {
                return false
            }
        }
        return true
    }

    /// Tokens split at anything that is not a letter or digit; keys folded (case, diacritics).
    /// Read as clusters of scalars (`Character`'s letter and number tests without grapheme breaking, which was
    /// most of the glossary's cost per sentence).
    static func tokens(_ text: String) -> [(key: String, original: String)] {
        tokensOfPlainText(text) ?? tokensByClusters(text)
    }

    /// The definition of `tokens`, for any text.
    static func tokensByClusters(_ text: String) -> [(key: String, original: String)] {
        let chars = ScalarClusters(text)
        var out: [(key: String, original: String)] = []
        var start: Int?
        for k in 0...chars.count {
            let inWord = k < chars.count && (chars.isLetter(k) || ScalarClass.isDigit(chars[k]))
            if inWord, start == nil { start = k }
            if !inWord, let s = start {
                let token = chars.text(s, k)
                out.append((LatinFolding.fold(token), token))
                start = nil
            }
        }
        return out
    }

    /// `tokens` of text whose letters are ASCII and Hangul syllables (an English or a Korean sentence),
    /// read from its UTF-8: each of those scalars is a cluster of its own, and a word is a run of them and
    /// ASCII digits; its key is built as the word is read (ASCII lower-cased, a syllable as its jamo, as
    /// folding does). Nil for other text, which goes through `ScalarClusters`.
    static func tokensOfPlainText(_ text: String) -> [(key: String, original: String)]? {
        var text = text
        return text.withUTF8 { bytes -> [(key: String, original: String)]? in
            var out: [(key: String, original: String)] = []
            var key: [UInt8] = []
            var start = -1
            func close(at end: Int) {
                guard start >= 0 else { return }
                let original = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                out.append((key.elementsEqual(original.utf8) ? original : String(decoding: key, as: UTF8.self), original))
                key.removeAll(keepingCapacity: true)
                start = -1
            }
            var k = 0
            while k < bytes.count {
                let b = bytes[k]
                if b < 0x80 {
                    if (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) {
                        if start < 0 { start = k }
                        key.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                    } else {
                        close(at: k)
                    }
                    k += 1
                    continue
                }
                // Two or three bytes: the scalars this reader knows; anything longer is other text.
                let v: UInt32
                let width: Int
                if b >= 0xC2 && b <= 0xDF, k + 1 < bytes.count {
                    v = UInt32(b & 0x1F) << 6 | UInt32(bytes[k + 1] & 0x3F)
                    width = 2
                } else if b >= 0xE0 && b <= 0xEF, k + 2 < bytes.count {
                    v = UInt32(b & 0x0F) << 12 | UInt32(bytes[k + 1] & 0x3F) << 6 | UInt32(bytes[k + 2] & 0x3F)
                    width = 3
                } else {
                    return nil
                }
                if HangulDecomposition.isSyllable(v) {
                    if start < 0 { start = k }
                    HangulDecomposition.appendUTF8(ofSyllable: v, to: &key)
                } else if v == 0xA0 || v == 0x2019 || v == 0x201C || v == 0x201D || v == 0x2018 || v == 0xB7 || (v >= 0x2010 && v <= 0x2015) || v == 0x2026 {
                    // No-break space, curly quotes, middle dot, dashes, ellipsis: separators, as in `tokens`.
                    close(at: k)
                } else {
                    return nil
                }
                k += width
            }
            close(at: bytes.count)
            return out
        }
    }

    package static func isAttaching(_ token: String) -> Bool {
        guard let s = token.unicodeScalars.first else { return false }
        let script = Script.of(s)
        return script == .hangul || script == .han || script == .kana
    }

    static func isUnspaced(_ token: String) -> Bool {
        guard let s = token.unicodeScalars.first else { return false }
        let script = Script.of(s)
        return script == .han || script == .kana
    }
}
