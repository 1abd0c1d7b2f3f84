import BitextText
import BitextNames
import BitextGlossary

/// The kinds of evidence that two sentences say the same thing, whatever their languages.
public enum AnchorKind: UInt8, Sendable, CaseIterable {
    /// A number or date part, normalised (`9`, `2016`, `1200`).
    case number
    /// A Latin-script token written the same on both sides (`SAREX`, `C-130H`, `Naha`), folded.
    case token
    /// A glossary entity.
    case entity
    /// The consonant skeleton of a name, for names written in another script or respelled.
    case phonetic
    /// A quotation: translations keep quoted speech quoted.
    case quote
    /// A name outside the glossary that the name matcher pairs across the documents.
    case name
    /// A Sino-Korean and a Sino-Vietnamese word written with the same Chinese characters (국방 / quốc phòng).
    case cognate
    /// A word and its translation in a learned lexicon (`--lexicon`).
    case lexical
}

/// One anchor candidate found in a sentence, before it is matched against the other document.
public struct AnchorKey: Hashable, Sendable {
    public var kind: AnchorKind
    public var value: String
}

/// The phonetic anchor values of one document, asked of the other document's key prefixes.
public struct PhoneticKeySet: Sendable {
    private var keys = Set<UTF8Key>()
    /// Every key's first three letters: most words of the other document share them with no key.
    private var starts = Set<UTF8Key>()

    public init(_ sentences: [[AnchorKey]]) {
        for key in sentences.joined() where key.kind == .phonetic {
            keys.insert(UTF8Key(key.value))
            starts.insert(UTF8Key(String(key.value.utf8.prefix(3))!))
        }
    }

    /// Whether some key has the first three letters of `key` (a phonetic key: ASCII, three letters or more).
    func hasKey(startingWith key: String) -> Bool { starts.contains(UTF8Key(String(key.utf8.prefix(3))!)) }

    func contains(_ prefix: Substring.UTF8View) -> Bool { keys.contains(UTF8Key(String(prefix)!)) }

    func contains(_ key: String) -> Bool { keys.contains(UTF8Key(key)) }
}

/// The token anchors of one document, asked of the other document's Latin-script words. A Korean or
/// Japanese text has few such words, and most words of its translation's sentences are none of them: a
/// word part's length and first letter rule most out before a string is made of it.
public struct TokenSet: Sendable {
    private var tokens = Set<String>()
    /// Bit `min(length, 63)` of every token.
    private var lengths: UInt64 = 0
    /// Bit `byte % 64` of every token's first byte.
    private var firsts: UInt64 = 0

    public init(_ tokens: some Sequence<String>) {
        for token in tokens {
            self.tokens.insert(token)
            lengths |= 1 << UInt64(min(token.utf8.count, 63))
            firsts |= 1 << UInt64(token.utf8.first.map { $0 % 64 } ?? 0)
        }
    }

    /// False only where no token has a part of `length` bytes starting with `first`.
    @inline(__always) func mayContain(length: Int, first: UInt8) -> Bool {
        lengths & 1 << UInt64(min(length, 63)) != 0 && firsts & 1 << UInt64(first % 64) != 0
    }

    func contains(_ part: String) -> Bool { tokens.contains(part) }
}

/// Extracts anchor candidates from the sentences of one language, for alignment with `partner`.
public final class AnchorExtractor {
    public let language: LanguageCode
    let partner: LanguageCode
    let numbers: NumberExtractor
    let glossary: GlossaryMatcher?
    let romanizer: Transliterator?
    let hangul: HangulRomanizer?
    /// Names in Han characters (Chinese, Japanese), read through the Han readings table.
    let hanNames: HanNameReader?
    /// The language puts no space between words: a run of text is cut by script to find names in it.
    let unspaced: Bool
    /// Both languages are written in Latin script: only name-like tokens (capitalised, acronyms,
    /// with digits) count, or every "in" and "to" would match.
    let sameScript: Bool
    let usePhonetic: Bool

    /// `matcher`, when given, is the glossary's matcher for `language` (shared with the name pass).
    public init(language: LanguageCode, partner: LanguageCode, glossary: Glossary?, matcher: GlossaryMatcher? = nil) {
        self.language = language
        self.partner = partner
        numbers = NumberExtractor(language: language)
        self.glossary = matcher ?? glossary.map { GlossaryMatcher(glossary: $0, language: language) }
        let own = language.profile, other = partner.profile
        sameScript = own.writesNamesInLatin && other.writesNamesInLatin
        // Names are matched by sound across scripts, and where one side respells them (Vietnamese).
        usePhonetic = own.writesNamesInLatin != other.writesNamesInLatin || own.nameWriting == .respelt || other.nameWriting == .respelt
        hangul = own.romanizer == .hangul ? try? HangulRomanizer() : nil
        romanizer = if case .icu(let rules) = own.romanizer { try? Transliterator(rules) } else { nil }
        let routes = own.hanNameReadings.compactMap { name -> HanNameReader.Route? in
            switch name {
            case "mandarin": .mandarin
            case "japanese": .japanese
            case "sino-korean": .sinoKorean
            default: nil
            }
        }
        hanNames = usePhonetic && !routes.isEmpty ? HanNameReader(routes: routes, names: own.nameReadings) : nil
        unspaced = own.wordSeparator.isEmpty
    }

    /// Whether this side's phonetic anchors are every prefix of its words' keys (Korean and Japanese
    /// against a Latin-script partner): many keys a sentence, of which only those the partner has count.
    var readsPhoneticPrefixes: Bool { usePhonetic && (hangul != nil || romanizer != nil || hanNames != nil) }

    /// The anchors of a sentence. With `opposite`, phonetic prefixes the other document does not have are
    /// left out, and with `tokens`, token anchors it does not have: an anchor counts only when both
    /// documents have it, so the features are the same.
    public func anchors(of sentence: String, opposite: PhoneticKeySet? = nil, tokens: TokenSet? = nil) -> [AnchorKey] {
        var out: [AnchorKey] = []
        let sentence = WidthFolding.fold(sentence)
        for n in numbers.numbers(in: sentence) { out.append(AnchorKey(kind: .number, value: n)) }
        if let glossary {
            for m in glossary.matches(in: sentence) {
                let id = glossary.entityID(m.entity)
                out.append(AnchorKey(kind: .entity, value: m.short ? NameShortForms.shortKey(id) : id))
            }
        }
        let words = AnchorExtractor.words(sentence)
        tokenParts(words, kept: tokens) { out.append(AnchorKey(kind: .token, value: $0)) }
        if usePhonetic { out += phoneticAnchors(words, sentence: sentence, opposite: opposite) }
        for _ in 0..<min(2, AnchorExtractor.quotations(in: sentence)) { out.append(AnchorKey(kind: .quote, value: "quote")) }
        return out
    }

    /// The values of a sentence's token anchors, as `anchors(of:)` gives them. A sentence without a
    /// Latin-script letter has none, and is not cut into words (most sentences of a Korean text).
    public func tokens(of sentence: String) -> [String] {
        var out: [String] = []
        let sentence = WidthFolding.fold(sentence)
        guard AnchorExtractor.hasLatinLetter(sentence) else { return out }
        tokenParts(AnchorExtractor.words(sentence), kept: nil) { out.append($0) }
        return out
    }

    /// The parts of the sentence's Latin-script words that are token anchors, those in `kept` only when given.
    private func tokenParts(_ words: [Word], kept: TokenSet?, _ body: (String) -> Void) {
        words.withUnsafeBufferPointer { words in
            // Each word read in place (a copy of it retains its text).
            for index in words.indices where words[index].isLatin {
                if sameScript && !words[index].isNameLike(atStart: index == 0) { continue }
                guard let kept else { words[index].forEachPart(body); continue }
                words[index].forEachPart(where: kept.mayContain) { part in if kept.contains(part) { body(part) } }
            }
        }
    }

    /// Whether some scalar of the text is a Latin-script letter (Hangul syllables and ASCII without a lookup).
    static func hasLatinLetter(_ text: String) -> Bool {
        let table = ScalarTraits.table
        for u in text.unicodeScalars {
            if u.value < 0x80 {
                if (u.value | 0x20) >= 0x61 && (u.value | 0x20) <= 0x7A { return true }
            } else if u.value < 0xAC00 || u.value > 0xD7A3, ScalarTraits.of(u, in: table).contains(.latin) {
                return true
            }
        }
        return false
    }

    private func phoneticAnchors(_ words: [Word], sentence: String, opposite: PhoneticKeySet?) -> [AnchorKey] {
        // A sentence's few keys are gathered in a list, then sorted and each kept once (no hashing).
        var keys: [String] = []
        if unspaced && readsPhoneticPrefixes {
            unspacedKeys(sentence[...], opposite: opposite, into: &keys)
        } else if hangul != nil || romanizer != nil {
            for w in words where !w.isLatin {
                let key = hangul?.phoneticKey(w.text) ?? PhoneticKey.key(romanizer!.apply(String(w.text)))
                // Particles attach to names (고이즈미에게): every prefix of 3+ consonants may be the name.
                guard key.utf8.count >= 3 else { continue }
                if let opposite {
                    guard opposite.hasKey(startingWith: key) else { continue }
                    for l in 3...key.utf8.count where opposite.contains(key.utf8.prefix(l)) { keys.append(String(key.prefix(l))) }
                } else {
                    for l in 3...key.count { keys.append(String(key.prefix(l))) }
                }
            }
        } else {
            // Runs of up to three capitalised words: "Ahn Gyu-back" → NKPK meets 안규백 → NKPK.
            var run: [String] = []
            for (index, w) in words.enumerated() {
                if w.isLatin, w.isCapitalised, !(index == 0 && w.isCommonStart) {
                    run.append(PhoneticKey.key(w.text))
                    for start in max(0, run.count - 3)..<run.count {
                        let key = run[start...].joined()
                        if key.count >= 3 { keys.append(key) }
                    }
                } else {
                    run = []
                }
            }
        }
        keys.sort()
        return keys.indices.filter { $0 == 0 || keys[$0 - 1] != keys[$0] }.map { AnchorKey(kind: .phonetic, value: keys[$0]) }
    }

    /// The phonetic keys of a run of text without spaces (Japanese, Chinese): each katakana name (its parts
    /// joined by `・`) romanized, with every prefix of three consonants or more as for Hangul words; and every
    /// span of two to four Han characters read on each of the language's routes, kept whole, only where the
    /// other document has the key (with no other document, all of them).
    private func unspacedKeys(_ text: Substring, opposite: PhoneticKeySet?, into keys: inout [String]) {
        for run in UnspacedRuns.runs(of: text) {
            switch run.kind {
            case .katakana:
                guard let romanizer else { continue }
                // A middle dot joins the parts of one name (キム・サンウ) or separates names (マレーシア・パハン州):
                // each window of up to three parts is read, as runs of capitalised words are in English.
                let parts = run.text.split(whereSeparator: { $0.unicodeScalars.allSatisfy(UnspacedRuns.isJoiner) })
                var spellings: [String] = []
                for start in parts.indices {
                    for end in start..<min(start + 3, parts.count) { spellings.append(parts[start...end].joined()) }
                }
                // ン stands for a final n, ng or m: サンウ is Sang-woo, ワシントン Washington. Read both ways.
                spellings += spellings.filter { $0.contains("ン") }.map { $0.replacingOccurrences(of: "ン", with: "ング") }
                for spelling in spellings {
                    let key = PhoneticKey.key(romanizer.apply(spelling))
                    guard key.utf8.count >= 3 else { continue }
                    if let opposite {
                        guard opposite.hasKey(startingWith: key) else { continue }
                        for l in 3...key.utf8.count where opposite.contains(key.utf8.prefix(l)) { keys.append(String(key.prefix(l))) }
                    } else {
                        for l in 3...key.count { keys.append(String(key.prefix(l))) }
                    }
                }
            case .han:
                guard let hanNames else { continue }
                let characters = Array(run.text)
                for start in characters.indices {
                    for length in 2...4 where start + length <= characters.count {
                        for key in hanNames.keys(characters[start..<(start + length)]) where key.utf8.count >= 3 {
                            if opposite?.contains(key) ?? true { keys.append(key) }
                        }
                    }
                }
            }
        }
    }

    /// Number of quoted spans: paired typographic quotes (“…”, ‘…’, 「…」, «…») or straight double quotes.
    /// Read as UTF-8 bytes: the opening quotes are `E2 80 9C`, `E2 80 98`, `E3 80 8C`, `E3 80 8E`, `C2 AB`.
    static func quotations(in text: String) -> Int {
        var count = 0, straight = 0
        var b1: UInt8 = 0, b2: UInt8 = 0   // the two bytes before
        for b in text.utf8 {
            if b == 0x22 {
                straight += 1
            } else if b == 0xAB {
                if b1 == 0xC2 { count += 1 }
            } else if b1 == 0x80 && ((b2 == 0xE2 && (b == 0x9C || b == 0x98)) || (b2 == 0xE3 && (b == 0x8C || b == 0x8E))) {
                count += 1
            }
            b2 = b1
            b1 = b
        }
        return count + straight / 2
    }

    struct Word {
        var text: Substring
        var isLatin: Bool
        var isCapitalised: Bool
        var hasDigit: Bool
        var hasLetter: Bool
        /// An upper-case letter after the first character (acronyms, `McCain`).
        var hasInnerCapital: Bool

        init(text: Substring, isLatin: Bool, isCapitalised: Bool, hasDigit: Bool, hasLetter: Bool, hasInnerCapital: Bool) {
            self.text = text
            self.isLatin = isLatin
            self.isCapitalised = isCapitalised
            self.hasDigit = hasDigit
            self.hasLetter = hasLetter
            self.hasInnerCapital = hasInnerCapital
        }

        /// Reads the word's scalars once for all of its flags.
        init(text: Substring, isLatin: Bool) {
            self.text = text
            self.isLatin = isLatin
            var digit = false, letter = false, inner = false, first = true, capitalised = false
            for u in text.unicodeScalars {
                let upper = ScalarClass.isUppercase(u)
                if first { capitalised = upper; first = false } else if upper { inner = true }
                if !digit && ScalarClass.isDigit(u) { digit = true }
                if !letter && ScalarClass.isLetter(u) { letter = true }
            }
            isCapitalised = capitalised
            hasDigit = digit
            hasLetter = letter
            hasInnerCapital = inner
        }

        var isCommonStart: Bool { text.count <= 4 && !hasInnerCapital }

        /// Capitalised (but not merely sentence-initial), an acronym, or containing digits.
        func isNameLike(atStart: Bool) -> Bool {
            if hasDigit && hasLetter { return true }
            if hasInnerCapital { return true }
            return isCapitalised && !atStart
        }

        /// `C-130H` stays whole (`c130h`); `Gyu-back` gives `gyu`, `back`.
        var anchorParts: [String] {
            var parts: [String] = []
            forEachPart { parts.append($0) }
            return parts
        }

        /// Each of `anchorParts` in turn; of an ASCII word, only those whose length and first byte `keep`
        /// accepts are made into strings.
        func forEachPart(where keep: (_ length: Int, _ first: UInt8) -> Bool = { _, _ in true }, _ body: (String) -> Void) {
            let ascii = text.utf8.withContiguousStorageIfAvailable { Word.forEachASCIIPart($0, hasDigit: hasDigit, where: keep, body) }
            if ascii == true { return }
            let folded = LatinFolding.fold(text)
            if hasDigit { return body(folded.filter { $0.isLetter || $0.isNumber }) }
            for part in folded.split(whereSeparator: { !$0.isLetter }) where part.count >= 2 { body(String(part)) }
        }

        /// The parts of an ASCII word, read from its bytes (folding ASCII is lower-casing); nil otherwise.
        static func asciiParts(_ bytes: UnsafeBufferPointer<UInt8>, hasDigit: Bool) -> [String]? {
            var parts: [String] = []
            return forEachASCIIPart(bytes, hasDigit: hasDigit, where: { _, _ in true }) { parts.append($0) } ? parts : nil
        }

        /// Each part of an ASCII word whose length and (lower-cased) first byte `keep` accepts, as a string;
        /// false, and nothing done, for a word not in ASCII.
        @inline(__always)
        static func forEachASCIIPart(_ bytes: UnsafeBufferPointer<UInt8>, hasDigit: Bool,
                                     where keep: (_ length: Int, _ first: UInt8) -> Bool, _ body: (String) -> Void) -> Bool {
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
            let isLetter = { (b: UInt8) in (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
            let lower = { (b: UInt8) in b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
            // Strings written in place: `String(decoding:)` of a lazy map asks at run time whether the
            // collection is contiguous, and those casts cost more than the words.
            let string = { (count: Int, kept: (UInt8) -> Bool, from: Int) in
                String(unsafeUninitializedCapacity: count) { out in
                    var n = 0
                    for k in from..<bytes.count where kept(bytes[k]) {
                        guard n < count else { break }
                        out[n] = lower(bytes[k])
                        n += 1
                    }
                    return n
                }
            }
            if hasDigit {
                let kept = { (b: UInt8) in isLetter(b) || (b >= 0x30 && b <= 0x39) }
                guard let first = bytes.firstIndex(where: kept) else {
                    if keep(0, 0) { body("") }
                    return true
                }
                let count = bytes.count { kept($0) }
                if keep(count, lower(bytes[first])) { body(string(count, kept, first)) }
                return true
            }
            var start = 0
            for k in 0...bytes.count where k == bytes.count || !isLetter(bytes[k]) {
                if k - start >= 2 && keep(k - start, lower(bytes[start])) { body(string(k - start, { _ in true }, start)) }
                start = k + 1
            }
            return true
        }
    }

    /// Words: letters and digits with inner hyphens, apostrophes and dots (`U.S.`, `C-130H`).
    /// Walks scalars, not characters: a combining mark continues the word it follows. One pass over the
    /// scalars gathers each word's flags; words are cut out of the text at the scalar indices the walk
    /// passed (no offsets counted again from the start).
    static func words(_ text: String) -> [Word] {
        var out: [Word] = []
        let scalars = text.unicodeScalars
        var start: String.Index?, pending: String.Index?
        var traits: ScalarTraits = [], capitalised = false, inner = false
        func close(_ end: String.Index) {
            guard let from = start else { return }
            let isLatin = traits.contains(.latin) && !traits.contains(.cjk)
            // A possessive (`Obama's`): the flags are those of the word without it.
            let last = scalars.index(before: end)
            if last > from, scalars[last] == "s" {
                let apostrophe = scalars.index(before: last)
                if scalars[apostrophe] == "’" || scalars[apostrophe] == "'" {
                    out.append(Word(text: text[from..<apostrophe], isLatin: isLatin))
                    start = nil
                    return
                }
            }
            out.append(Word(text: text[from..<end], isLatin: isLatin, isCapitalised: capitalised, hasDigit: traits.contains(.digit),
                            hasLetter: traits.contains(.letter), hasInnerCapital: inner))
            start = nil
        }
        let table = ScalarTraits.table
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let c = scalars[index]
            let t = ScalarTraits.of(c, in: table)
            if let p = pending {
                // Inner punctuation stays in a word only when a letter or digit follows.
                if !t.contains(.word) { close(p) }
                pending = nil
            }
            if t.contains(.word) || (start != nil && t.contains(.mark)) {
                if start == nil {
                    start = index
                    traits = t
                    capitalised = t.contains(.upper)
                    inner = false
                } else {
                    traits.formUnion(t)
                    if t.contains(.upper) { inner = true }
                }
            } else if start != nil && (c == "-" || c == "." || c == "'" || c == "’") {
                pending = index
            } else {
                close(index)
            }
            index = scalars.index(after: index)
        }
        close(pending ?? scalars.endIndex)
        return out
    }
}
