import BitextText
import Foundation

/// Scores how likely two names, in English, Korean, Vietnamese or Japanese script, are the same
/// person or place, in [0, 1]. Each name is turned into candidate romanizations (Korean family names as
/// the press spells them, Hangul and kana through ICU, Vietnamese respellings of Japanese names back to
/// Hepburn), each romanization into a coarse key that merges what the scripts blur, and the best pair of
/// keys is compared (Jaro-Winkler and edit distance), in family-name-first and given-name-first order.
/// Not thread-safe: it owns ICU transliterators.
public final class NameMatcher {
    /// At and above this score two names are taken for the same entity (alignment anchors, `find`).
    public static let threshold = 0.87

    private let hangul: HangulRomanizer
    private let kana: Transliterator
    private let respelling: Transliterator
    /// Vietnamese words as Korean writes them, romanized (Phan Văn Giang → 판반장 → pan ban jang).
    private let vietnameseInKorean: Transliterator
    /// Korea's official rules for Japanese names in Hangul (Koizumi → 고이즈미); nil where ICU lacks them.
    private let japaneseToHangul: Transliterator?
    private let surnames: [Character: [[UInt8]]]
    private let detector = LanguageDetector()
    /// The same names and tokens come back for every pair of sentences a document pair offers: each
    /// name is prepared once (`forgetNames` empties this between documents, to keep memory bounded).
    private var preparedMemo: [PreparedKey: Prepared] = [:]
    /// What single words give, kept from one document pair to the next (an archive repeats its words)
    /// until there are `wordMemoLimit` of a kind: coarse keys of romanized tokens, romanizations of
    /// Korean words, Latin words read as Japanese in Hangul.
    private var coarseMemo: [[UInt8]: (coarse: [UInt8], blind: [UInt8])] = [:]
    private var koreanWordMemo: [UTF8Key: KoreanWord] = [:]
    private var japaneseWordMemo: [UTF8Key: [UInt8]] = [:]
    private var latinWordMemo: [UTF8Key: LatinWord] = [:]
    /// The words of candidate spans in Hangul-script texts (see `NameAnchors`), kept the same way.
    package let spanWords = SpanWordMemo()
    static let wordMemoLimit = 20_000

    public init() throws {
        hangul = try HangulRomanizer()
        kana = try Transliterator("Katakana-Latin; Hiragana-Latin; Latin-ASCII")
        respelling = try Transliterator(name: "bitext-vi-ja", rules: Resources.text("Languages/vi/respelling-ja.rules"))
        vietnameseInKorean = try Transliterator(name: "bitext-vi-ko", rules: Resources.text("Languages/vi/korean-reading.rules"))
        japaneseToHangul = try? Transliterator("ja_Latn-ko")
        var table: [Character: [[UInt8]]] = [:]
        for line in Resources.lines("Languages/ko/surnames.txt") {
            let cols = line.split(separator: "\t")
            if cols.count == 2, let c = cols[0].first { table[c] = cols[1].split(separator: " ").map { Array($0.utf8) } }
        }
        surnames = table
    }

    public struct Match: Sendable, Equatable {
        public var score: Double
        /// The romanizations that scored best.
        public var left: String
        public var right: String
        public var same: Bool { score >= NameMatcher.threshold }
    }

    /// A reading of a name (romanized tokens) as the keys the comparison uses: straight, and with the
    /// last token moved to the front (given name first or family name first).
    struct Reading: Equatable {
        var tokens: Int
        /// The romanized tokens themselves, for the texts a match reports.
        var romanized: NameKeys.Span
        var straight: Keys
        var rotated: Keys
    }

    /// Coarse keys of one token order, and the same with every vowel alike.
    struct Keys: Equatable {
        var coarse: NameKeys.Span
        var blind: NameKeys.Span
    }

    /// A name made ready to compare with many others.
    public struct Prepared {
        var keys: NameKeys
        var readings: [Reading]
        var hangul: Bool
        /// A name not in Hangul read as Japanese written in Hangul (Koizumi → 고이즈미), for Hangul names.
        var viaHangul: Reading?
    }

    struct PreparedKey: Hashable {
        var name: UTF8Key
        var language: String
    }

    /// A romanized token with its coarse keys.
    struct TokenForm {
        var letters: [UInt8]
        var coarse: [UInt8]
        var blind: [UInt8]
    }

    /// A word of a Latin-script name: its letters as a token, and its Japanese reading in Hangul (nil
    /// where it has none), each with its coarse keys.
    struct LatinWord {
        var plain: TokenForm
        var japanese: TokenForm?
        /// Its reading as Korean writes Vietnamese, where the word is a Vietnamese syllable.
        var vietnamese: TokenForm?
    }

    /// A Korean word romanized three ways (see `korean`), and read as family name + given name where
    /// it can be (one reading per spelling of the family name; empty for most words). All with their
    /// coarse keys: a name of Korean words is then put together from its words without looking
    /// anything else up.
    final class KoreanWord {
        let plain: TokenForm
        let revised: TokenForm
        let bare: TokenForm
        let familyFirst: [[TokenForm]]
        /// The word prepared as a name on its own, once it has been.
        var alone: Prepared?
        /// Whether a spelling differs from the syllable-by-syllable one (a name has a reading in that
        /// spelling only where one of its words does).
        let revisedDiffers: Bool
        let bareDiffers: Bool

        init(plain: TokenForm, revised: TokenForm, bare: TokenForm, familyFirst: [[TokenForm]]) {
            self.plain = plain
            self.revised = revised
            self.bare = bare
            self.familyFirst = familyFirst
            revisedDiffers = revised.letters != plain.letters
            bareDiffers = bare.letters != plain.letters
        }
    }

    public func match(_ a: String, _ la: LanguageCode? = nil, _ b: String, _ lb: LanguageCode? = nil) -> Match {
        match(prepare(a, la), prepare(b, lb))
    }

    /// The name's readings and keys, computed on first use and kept until `forgetNames`.
    public func prepare(_ name: String, _ language: LanguageCode? = nil) -> Prepared {
        let key = PreparedKey(name: UTF8Key(name), language: language?.tag ?? "")
        if let known = preparedMemo[key] { return known }
        let value = preparedSyllables(name) ?? preparedASCII(name, language) ?? preparedAnyScript(name, language)
        preparedMemo[key] = value
        return value
    }

    func preparedAnyScript(_ name: String, _ language: LanguageCode?) -> Prepared {
        let profile = ScriptProfile(name)
        let hangul = profile.hangul > 0
        var keys = NameKeys()
        let readings = romanizedTokens(name, language, profile).map { reading($0.map(tokenForm), into: &keys) }
        let viaHangul = hangul ? nil : japaneseInHangul(name).map { reading($0.map(tokenForm), into: &keys) }
        return Prepared(keys: keys, readings: readings, hangul: hangul, viaHangul: viaHangul)
    }

    /// `preparedAnyScript` of a name of Hangul syllables and single spaces (nearly every Korean candidate
    /// span), read from its words' memo entries: the readings `korean` gives, in its order, without romanizing again.
    func preparedSyllables(_ name: String) -> Prepared? {
        var sawSyllable = false, lastWasSpace = true
        for scalar in name.unicodeScalars {
            if scalar == " " {
                if lastWasSpace { return nil }
                lastWasSpace = true
            } else if HangulRomanizer.isSyllable(scalar) {
                sawSyllable = true
                lastWasSpace = false
            } else {
                return nil
            }
        }
        guard sawSyllable, !lastWasSpace else { return nil }
        // Cut at the space bytes (no word is empty: spaces are single and inside).
        var words: [KoreanWord] = []
        let utf8 = name.utf8
        var start = utf8.startIndex, i = start
        while i < utf8.endIndex {
            if utf8[i] == UInt8(ascii: " ") {
                words.append(koreanWord(name[start..<i]))
                start = utf8.index(after: i)
            }
            utf8.formIndex(after: &i)
        }
        words.append(koreanWord(name[start..<utf8.endIndex]))
        return prepared(koreanWords: words)
    }

    /// A name of span words, each of Hangul syllables only: what `prepare` gives their text joined by spaces.
    package func prepared(syllableWords words: [SpanWord]) -> Prepared {
        prepared(koreanWords: words.map(koreanEntry))
    }

    /// A span word's Korean word entry, kept in the word.
    private func koreanEntry(_ word: SpanWord) -> KoreanWord {
        if let known = word.korean { return known }
        let entry = koreanWord(word.text[...])
        word.korean = entry
        return entry
    }

    /// False where `match(a, b, atLeast: floor)` cannot find `a` the same as `b`, the name of these words
    /// of syllables (two or more), so that `b` need not be prepared: every pair of readings `match` would
    /// compare has keys whose lengths alone keep it at or below `floor`, its first bar. `b`'s readings
    /// (one per spelling, each of as many tokens as words) are measured from its words' entries.
    package func mayMatch(_ a: Prepared, syllableWords words: [SpanWord], atLeast floor: Double) -> Bool {
        var plain = (coarse: 0, blind: 0), revised = plain, bare = plain
        var hasRevised = false, hasBare = false
        for word in words {
            let entry = koreanEntry(word)
            plain.coarse += entry.plain.coarse.count
            plain.blind += entry.plain.blind.count
            revised.coarse += entry.revised.coarse.count
            revised.blind += entry.revised.blind.count
            bare.coarse += entry.bare.coarse.count
            bare.blind += entry.bare.blind.count
            hasRevised = hasRevised || entry.revisedDiffers
            hasBare = hasBare || entry.bareDiffers
        }
        let n = words.count, bar = max(0, floor - 1e-9)
        // `a`'s readings as `match` takes them against a Hangul name: its own, and its Japanese one in Hangul.
        let extra = a.hangul ? nil : a.viaHangul
        let count = a.readings.count + (extra == nil ? 0 : 1)
        func x(_ k: Int) -> Reading { k < a.readings.count ? a.readings[k] : extra! }
        // A reading of another number of tokens is compared only where `a` has none of `n`.
        let aHasN = (0..<count).contains { x($0).tokens == n }
        for k in 0..<count {
            let reading = x(k)
            if reading.tokens != n && aHasN { continue }
            let coarse = reading.straight.coarse.count, blind = reading.straight.blind.count
            if NameMatcher.canBeat(bar, coarse: (coarse, plain.coarse), blind: (blind, plain.blind))
                || hasRevised && NameMatcher.canBeat(bar, coarse: (coarse, revised.coarse), blind: (blind, revised.blind))
                || hasBare && NameMatcher.canBeat(bar, coarse: (coarse, bare.coarse), blind: (blind, bare.blind)) { return true }
        }
        return false
    }

    /// Whether keys of these lengths leave a pair of readings any chance of scoring above `bar` (see `match`).
    @inline(__always) static func canBeat(_ bar: Double, coarse: (Int, Int), blind: (Int, Int)) -> Bool {
        NameSimilarity.bound(coarse.0, coarse.1) > bar || vowelBlindWeight * NameSimilarity.bound(blind.0, blind.1) > bar
    }

    /// `NameMatcher.phoneticKeyOfHangul` of the word's text, kept in the word.
    package func phoneticKey(of word: SpanWord) -> String {
        if let known = word.phoneticKey { return known }
        let key = phoneticKeyOfHangul(word.text)
        word.phoneticKey = key
        return key
    }

    /// The first two letters of the word's phonetic key, kept in the word.
    package func block(of word: SpanWord) -> String {
        if let known = word.block { return known }
        let block = String(phoneticKey(of: word).prefix(2))
        word.block = block
        return block
    }

    /// The first `limit` letters of `phoneticKeyOfHangul` of span words of ASCII and syllables joined by
    /// spaces: the key of their letters one after another (a space gives no letter), each word's kept in the word.
    package func phoneticKey(ofLetters words: ArraySlice<SpanWord>, limit: Int) -> String {
        var letters: [UInt8] = []
        for word in words {
            if word.letters == nil { word.letters = hangul.romanizedLetters(word.text) ?? [] }
            letters += word.letters!
        }
        return PhoneticKey.skeleton(letters, limit: limit)
    }

    private func prepared(koreanWords words: [KoreanWord]) -> Prepared {
        if words.count == 1, let alone = words[0].alone { return alone }
        // The keys written straight from the words' entries (no list of token forms per reading).
        var keys = NameKeys()
        var readings: [Reading] = []
        readings.reserveCapacity(words.count == 1 ? 3 + words[0].familyFirst.count : 3)
        forEachKoreanReading(words) { n, token in readings.append(reading(tokens: n, token, into: &keys)) }
        let prepared = Prepared(keys: keys, readings: readings, hangul: true, viaHangul: nil)
        if words.count == 1 { words[0].alone = prepared }
        return prepared
    }

    /// Empties the memo of prepared names (a batch calls this between document pairs).
    public func forgetNames() {
        preparedMemo.removeAll(keepingCapacity: true)
        if coarseMemo.count > NameMatcher.wordMemoLimit { coarseMemo.removeAll() }
        if koreanWordMemo.count > NameMatcher.wordMemoLimit { koreanWordMemo.removeAll() }
        if japaneseWordMemo.count > NameMatcher.wordMemoLimit { japaneseWordMemo.removeAll() }
        if latinWordMemo.count > NameMatcher.wordMemoLimit { latinWordMemo.removeAll() }
        spanWords.trim()
    }

    /// The best-scoring pair of readings. With `atLeast`, pairs that cannot reach it are not scored, and
    /// a result below it only says "not the same" (alignment anchors need no more; it carries no texts).
    public func match(_ a: Prepared, _ b: Prepared, atLeast floor: Double = 0) -> Match {
        // A Latin-script name against a Hangul one: the Latin name is also read as Japanese in Hangul.
        let xExtra = !a.hangul && b.hangul ? a.viaHangul : nil
        let yExtra = a.hangul && !b.hangul ? b.viaHangul : nil
        // The readings of each side, the extra one last, read by index (no arrays built per match).
        let xCount = a.readings.count + (xExtra == nil ? 0 : 1), yCount = b.readings.count + (yExtra == nil ? 0 : 1)
        func xAt(_ k: Int) -> Reading { k < a.readings.count ? a.readings[k] : xExtra! }
        func yAt(_ k: Int) -> Reading { k < b.readings.count ? b.readings[k] : yExtra! }
        func xHasTokens(_ n: Int) -> Bool { (0..<xCount).contains { xAt($0).tokens == n } }
        func yHasTokens(_ n: Int) -> Bool { (0..<yCount).contains { yAt($0).tokens == n } }
        var best: (score: Double, x: Int, xRotated: Bool, y: Int, yRotated: Bool) = (0, -1, false, -1, false)
        a.keys.withBuffers { ka in
            b.keys.withBuffers { kb in
                for xi in 0..<xCount {
                    let x = xAt(xi)
                    for yi in 0..<yCount {
                        let y = yAt(yi)
                        // Where a name also reads as family name + given name, compare that reading with a
                        // name of as many parts, not the run-together one (김정일 is not Kim Jong-un).
                        if x.tokens != y.tokens, xHasTokens(y.tokens) || yHasTokens(x.tokens) { continue }
                        for order in 0..<3 {
                            // Straight against straight, then either side's last token moved to the front.
                            let cx = order == 1 ? x.rotated : x.straight, cy = order == 2 ? y.rotated : y.straight
                            // A pair whose key lengths alone keep it below the best so far cannot change the result.
                            let bar = max(best.score, floor - 1e-9)
                            let coarseBound = NameSimilarity.bound(cx.coarse.count, cy.coarse.count)
                            let blindBound = NameMatcher.vowelBlindWeight * NameSimilarity.bound(cx.blind.count, cy.blind.count)
                            if coarseBound <= bar && blindBound <= bar { continue }
                            // A score the keys cannot lift above the bar may come back as 0: it changes nothing.
                            var s = coarseBound > bar ? NameSimilarity.score(cx.coarse, in: ka, cy.coarse, in: kb, above: bar) : 0
                            // Vowels differ most between a name and its transcription (Kurt = 커트 keoteu): a key
                            // with every vowel alike counts too, a little less.
                            if cx.coarse.count >= 3 && cy.coarse.count >= 3 && s < 1 && blindBound > max(bar, s) {
                                let blind = NameSimilarity.score(cx.blind, in: ka, cy.blind, in: kb, above: bar / NameMatcher.vowelBlindWeight - 1e-9)
                                s = max(s, NameMatcher.vowelBlindWeight * blind)
                            }
                            if s > best.score { best = (s, xi, order == 1, yi, order == 2) }
                        }
                    }
                }
            }
        }
        guard best.x >= 0, best.score >= floor else { return Match(score: best.score, left: "", right: "") }
        return Match(score: best.score, left: NameMatcher.text(of: xAt(best.x), rotated: best.xRotated, in: a.keys),
                     right: NameMatcher.text(of: yAt(best.y), rotated: best.yRotated, in: b.keys))
    }

    /// A reading's romanized tokens joined by spaces, the last one first when rotated.
    static func text(of reading: Reading, rotated: Bool, in keys: NameKeys) -> String {
        var tokens = keys.tokens(of: reading.romanized)
        if rotated, tokens.count > 1 { tokens.insert(tokens.removeLast(), at: 0) }
        return tokens.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
    }

    private func reading(_ tokens: [TokenForm], into keys: inout NameKeys) -> Reading {
        reading(tokens: tokens.count, { tokens[$0] }, into: &keys)
    }

    /// A reading of `n` tokens, the `k`th being `token(k)`.
    private func reading(tokens n: Int, _ token: (Int) -> TokenForm, into keys: inout NameKeys) -> Reading {
        let romanized = keys.appendKey(tokens: n) { token($0).letters }
        let straight = Keys(coarse: keys.appendKey(tokens: n) { token($0).coarse }, blind: keys.appendKey(tokens: n) { token($0).blind })
        guard n > 1 else { return Reading(tokens: n, romanized: romanized, straight: straight, rotated: straight) }
        // The last token first, then the others in order.
        let rotated = Keys(coarse: keys.appendKey(tokens: n) { token(($0 + n - 1) % n).coarse },
                           blind: keys.appendKey(tokens: n) { token(($0 + n - 1) % n).blind })
        return Reading(tokens: n, romanized: romanized, straight: straight, rotated: rotated)
    }

    /// A romanized token with its coarse keys (remembered by token).
    private func tokenForm(_ token: [UInt8]) -> TokenForm {
        if let known = coarseMemo[token] { return TokenForm(letters: token, coarse: known.coarse, blind: known.blind) }
        let coarse = NameMatcher.coarse(token)
        let value = (coarse: coarse, blind: NameMatcher.vowelBlind(coarse))
        coarseMemo[token] = value
        return TokenForm(letters: token, coarse: value.coarse, blind: value.blind)
    }

    /// Candidate romanizations of a name, each a list of lower-case ASCII tokens.
    public func romanizations(_ name: String, _ language: LanguageCode? = nil) -> [[String]] {
        romanizedTokens(name, language, ScriptProfile(name)).map { $0.map { String(decoding: $0, as: UTF8.self) } }
    }

    private func romanizedTokens(_ name: String, _ language: LanguageCode?, _ profile: ScriptProfile) -> [[[UInt8]]] {
        if profile.hangul > 0 { return korean(name) }
        if profile.kana > 0 { return [words(name).map { lettersOnly(LatinFolding.fold(kana.apply(String($0)))) }] }
        var out = [words(name).map(plainLetters)]
        let lang = language ?? detector.detect(name)
        // Hyphenated syllables are how Vietnamese respells foreign names; try them as Hepburn too.
        // (The cheap test first: a Foundation substring search was a share of preparing English names.)
        if lang?.profile.nameWriting == .respelt || profile.vietnamese > 0 && name.contains("-") {
            out.append(words(name).map { lettersOnly(respelling.apply(String($0))) })
        }
        if let korean = vietnameseInKorean(name) { out.append(korean) }
        return out.filter { !$0.isEmpty && !$0.allSatisfy { $0.isEmpty } }
    }

    /// A name whose every word is a Vietnamese syllable, read as Korean writes Vietnamese, word by word
    /// (`Tran Dai Quang` → jjan dai kkwang against 쩐다이꽝, jjeondaikkwang); nil for any other name.
    private func vietnameseInKorean(_ name: String) -> [[UInt8]]? {
        let parts = words(name)
        let read = parts.map(vietnameseWordInKorean)
        guard !read.isEmpty, !read.contains(where: { $0 == nil }) else { return nil }
        return read.map { $0! }
    }

    /// One word of `vietnameseInKorean`; nil where the word is not a Vietnamese syllable.
    private func vietnameseWordInKorean(_ w: Substring) -> [UInt8]? {
        VietnameseSyllable.isSyllable(w) ? lettersOnly(vietnameseInKorean.apply(String(w))) : nil
    }

    /// `Shinjiro Koizumi` → 신지로 고이즈미 → sinjilo goijeumi, word by word (ICU turns a final n before
    /// punctuation into a stray jamo otherwise).
    private func japaneseInHangul(_ latin: String) -> [[UInt8]]? {
        guard let t = japaneseToHangul else { return nil }
        let parts = words(latin).map { japaneseWord($0, t) }
        return parts.contains(where: { $0.isEmpty }) || parts.isEmpty ? nil : parts
    }

    /// One word of `japaneseInHangul`, empty where it does not read as Japanese (remembered by word).
    private func japaneseWord(_ w: Substring, _ t: Transliterator) -> [UInt8] {
        let key = UTF8Key(String(w))
        if let known = japaneseWordMemo[key] { return known }
        let hangul = t.apply(LatinFolding.fold(w).filter { $0.isLetter })
        let value = hangul.unicodeScalars.allSatisfy({ Script.of($0) == .hangul }) ? syllables(hangul[...]) : []
        japaneseWordMemo[key] = value
        return value
    }

    /// `preparedAnyScript` of an ASCII name in a known language that does not respell names (nearly every
    /// English mention), put together from its words' entries: the folded letters and the Japanese
    /// reading in Hangul of each word, with their coarse keys, kept from one document pair to the next.
    func preparedASCII(_ name: String, _ language: LanguageCode?) -> Prepared? {
        guard let language, language.profile.nameWriting != .respelt, UTF8Scan.isASCII(name) else { return nil }
        let entries = words(name).map(latinWord)
        var keys = NameKeys()
        let plain = entries.map(\.plain)
        var readings = plain.isEmpty || plain.allSatisfy({ $0.letters.isEmpty }) ? [] : [reading(plain, into: &keys)]
        let vietnamese = entries.compactMap(\.vietnamese)
        if !vietnamese.isEmpty && vietnamese.count == entries.count { readings.append(reading(vietnamese, into: &keys)) }
        let japanese = entries.compactMap(\.japanese)
        let viaHangul = japanese.isEmpty || japanese.count < entries.count ? nil : reading(japanese, into: &keys)
        return Prepared(keys: keys, readings: readings, hangul: false, viaHangul: viaHangul)
    }

    private func latinWord(_ w: Substring) -> LatinWord {
        let key = UTF8Key(String(w))
        if let known = latinWordMemo[key] { return known }
        let japanese = japaneseToHangul.map { japaneseWord(w, $0) } ?? []
        let vietnamese = vietnameseWordInKorean(w).map(tokenForm)
        let value = LatinWord(plain: tokenForm(plainLetters(w)), japanese: japanese.isEmpty ? nil : tokenForm(japanese), vietnamese: vietnamese)
        latinWordMemo[key] = value
        return value
    }

    /// A Latin-script word's letters as a name's token: folded, lower-case ASCII.
    private func plainLetters(_ w: Substring) -> [UInt8] { lettersOnly(LatinFolding.fold(w)) }

    private func korean(_ name: String) -> [[[UInt8]]] {
        var out: [[[UInt8]]] = []
        forEachKoreanReading(words(name).map(koreanWord)) { n, token in out.append((0..<n).map { token($0).letters }) }
        return out
    }

    /// The readings of a name of Korean words, in order, each as its number of tokens and its `k`th
    /// token: syllable by syllable, then the other spellings where a word has them, then a lone word
    /// as family name + given name.
    private func forEachKoreanReading(_ words: [KoreanWord], _ body: (Int, (Int) -> TokenForm) -> Void) {
        body(words.count) { words[$0].plain }
        // Place names are written in Revised Romanization with its sound changes (백령도 → baengnyeongdo).
        if words.contains(where: \.revisedDiffers) { body(words.count) { words[$0].revised } }
        // Loanwords insert ㅡ (eu) to carry consonant clusters (블루 = blue, 피트 = Pete): try without it.
        if words.contains(where: \.bareDiffers) { body(words.count) { words[$0].bare } }
        if words.count == 1 {
            for reading in words[0].familyFirst { body(reading.count) { reading[$0] } }
        }
    }

    private func koreanWord(_ word: Substring) -> KoreanWord {
        let key = UTF8Key(String(word))
        if let known = koreanWordMemo[key] { return known }
        // A single word of two to four syllables is a Korean personal name: family name first.
        var familyFirst: [[TokenForm]] = []
        if let first = word.first, (2...4).contains(word.count), let spellings = surnames[first] {
            let given = tokenForm(syllables(word.dropFirst()))
            familyFirst = spellings.map { [tokenForm($0), given] }
        }
        let value = KoreanWord(plain: tokenForm(syllables(word)), revised: tokenForm(lettersOnly(RevisedRomanization.romanize(key.text))),
                               bare: tokenForm(syllables(word, dropEpenthetic: true)), familyFirst: familyFirst)
        koreanWordMemo[key] = value
        return value
    }

    /// Romanized syllable by syllable, final consonants unvoiced as in Revised Romanization (백 → baek).
    /// With `dropEpenthetic`, a syllable ending in ㅡ without a final consonant loses its vowel, and a
    /// word-initial 응 reads ng (응우옌 = Nguyen).
    private func syllables(_ word: Substring, dropEpenthetic: Bool = false) -> [UInt8] {
        var out: [UInt8] = []
        // Precomposed syllables (nearly every word) are one scalar each and read from a table.
        if word.unicodeScalars.allSatisfy({ HangulRomanizer.isSyllable($0) }) {
            let count = word.unicodeScalars.count
            out.reserveCapacity(4 * count)
            for (index, scalar) in word.unicodeScalars.enumerated() {
                hangul.withSyllable(scalar) { r in
                    NameMatcher.appendSyllable(r, index: index, isEung: scalar == "응", wordCount: count, dropEpenthetic: dropEpenthetic, to: &out)
                }
            }
        } else {
            let count = word.count
            for (index, ch) in word.enumerated() {
                NameMatcher.appendSyllable(Array(hangul.syllable(ch).utf8), index: index, isEung: ch == "응", wordCount: count,
                                           dropEpenthetic: dropEpenthetic, to: &out)
            }
        }
        return out
    }

    /// One syllable's romanization `r` (lower-case ASCII letters) appended as `syllables` spells it.
    private static func appendSyllable(_ r: some Collection<UInt8>, index: Int, isEung: Bool, wordCount: Int, dropEpenthetic: Bool,
                                       to out: inout [UInt8]) {
        let base = out.count
        if dropEpenthetic {
            if index == 0 && isEung { out += [UInt8(ascii: "n"), UInt8(ascii: "g")]; return }
            out.append(contentsOf: r)
            let n = out.count - base
            if n > 2, out[out.count - 2] == UInt8(ascii: "e"), out[out.count - 1] == UInt8(ascii: "u"), index > 0 || wordCount > 1 {
                out.removeLast(2)
                return
            }
            // 블 (beul), 슨 (seun): the vowel only carries the cluster.
            if n > 3, let p = (base..<(out.count - 1)).first(where: { out[$0] == UInt8(ascii: "e") && out[$0 + 1] == UInt8(ascii: "u") }),
               p != base, p - base <= 2 {
                out.removeSubrange(p..<(p + 2))
            }
        } else {
            out.append(contentsOf: r)
        }
        let n = out.count - base
        let endsInNG = n >= 2 && out[out.count - 2] == UInt8(ascii: "n") && out[out.count - 1] == UInt8(ascii: "g")
        if n > 1, !endsInNG {
            switch out[out.count - 1] {
            case UInt8(ascii: "g"): out[out.count - 1] = UInt8(ascii: "k")
            case UInt8(ascii: "b"): out[out.count - 1] = UInt8(ascii: "p")
            case UInt8(ascii: "d"): out[out.count - 1] = UInt8(ascii: "t")
            default: break
            }
        }
    }

    /// A Hangul text romanized syllable by syllable (other characters kept), as the blocking keys want it.
    public func romanizedHangul(_ text: String) -> String { hangul.romanize(text) }

    /// `PhoneticKey.key(romanizedHangul(text))`, from the syllable table where the text allows.
    public func phoneticKeyOfHangul(_ text: String) -> String { hangul.phoneticKey(text) }

    private func words(_ name: String) -> [Substring] {
        WhitespaceSplit.words(name, alsoAt: ["·", "・", ","])
    }

    private func lettersOnly(_ s: some StringProtocol) -> [UInt8] {
        // ASCII (romanizations mostly are): the letters, lower-cased, read from the bytes.
        if UTF8Scan.isASCII(s) {
            return Array(s.utf8.lazy.filter { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }.map { $0 | 0x20 })
        }
        return Array(s.lowercased().filter { $0.isASCII && $0.isLetter }.utf8)
    }

    /// Merges what romanizations of one name disagree on: voiced/voiceless pairs, l/r, eo/eu, long
    /// vowels, h, w and y glides, doubled letters.
    public static func coarse(_ token: String) -> String {
        String(decoding: coarse(Array(token.utf8)), as: UTF8.self)
    }

    /// Letter pairs and triples each romanization spells its own way, merged in this order.
    private static let spellings: [([UInt8], [UInt8])] = [
        ("tch", "j"), ("sh", "s"), ("ch", "j"), ("ts", "j"), ("tz", "j"), ("ph", "p"), ("ck", "k"), ("kh", "k"),
        ("th", "t"), ("eu", "u"), ("eo", "o"), ("ae", "e"), ("ee", "i"), ("oo", "u"), ("ou", "o"), ("oh", "o"),
        ("wo", "o"), ("ei", "e"), ("ie", "i"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// `coarse` over the bytes of a lower-case ASCII token (what romanizations are).
    static func coarse(_ letters: [UInt8]) -> [UInt8] {
        func isVowel(_ c: UInt8) -> Bool { c == 0x61 || c == 0x65 || c == 0x69 || c == 0x6F || c == 0x75 }
        // A post-vocalic r is silent in the transcriptions (Kurt = 커트, Esper = 에스퍼): an r after
        // a, e, i, o or u and before anything but a vowel or y goes.
        var s: [UInt8] = []
        s.reserveCapacity(letters.count)
        for (i, c) in letters.enumerated() {
            if c == UInt8(ascii: "r"), i > 0, isVowel(letters[i - 1]),
               i + 1 == letters.count || !(isVowel(letters[i + 1]) || letters[i + 1] == UInt8(ascii: "y")) { continue }
            s.append(c)
        }
        for (from, to) in spellings where s.count >= from.count {
            // Most spellings are not in a given token: look before copying it.
            guard s.indices.dropLast().contains(where: { s[$0] == from[0] && s[$0 + 1] == from[1] }) else { continue }
            var replaced: [UInt8] = [], i = 0
            replaced.reserveCapacity(s.count)
            while i < s.count {
                if i + from.count <= s.count, s[i] == from[0], s[i + 1] == from[1], from.count < 3 || s[i + 2] == from[2] {
                    replaced += to
                    i += from.count
                } else {
                    replaced.append(s[i])
                    i += 1
                }
            }
            s = replaced
        }
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        for c in s {
            let mapped: UInt8?
            switch c {
            case UInt8(ascii: "b"), UInt8(ascii: "p"), UInt8(ascii: "f"), UInt8(ascii: "v"): mapped = UInt8(ascii: "p")
            case UInt8(ascii: "g"), UInt8(ascii: "k"), UInt8(ascii: "c"), UInt8(ascii: "q"): mapped = UInt8(ascii: "k")
            case UInt8(ascii: "d"), UInt8(ascii: "t"): mapped = UInt8(ascii: "t")
            case UInt8(ascii: "j"), UInt8(ascii: "z"): mapped = UInt8(ascii: "j")
            case UInt8(ascii: "l"), UInt8(ascii: "r"): mapped = UInt8(ascii: "l")
            case UInt8(ascii: "s"), UInt8(ascii: "x"): mapped = UInt8(ascii: "s")
            case UInt8(ascii: "h"): mapped = nil
            case UInt8(ascii: "w"): mapped = UInt8(ascii: "u")
            case UInt8(ascii: "y"): mapped = UInt8(ascii: "i")
            default: mapped = c
            }
            if let m = mapped, out.last != m { out.append(m) }
        }
        return out
    }

    static let vowelBlindWeight = 0.95

    /// A coarse key with every run of vowels written `a`.
    static func vowelBlind(_ key: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(key.count)
        for c in key {
            let vowel = c == 0x61 || c == 0x65 || c == 0x69 || c == 0x6F || c == 0x75
            if !(vowel && out.last == 0x61) { out.append(vowel ? 0x61 : c) }
        }
        return out
    }
}
