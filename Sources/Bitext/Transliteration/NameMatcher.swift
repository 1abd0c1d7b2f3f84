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
    /// Korea's official rules for Japanese names in Hangul (Koizumi → 고이즈미); nil where ICU lacks them.
    private let japaneseToHangul: Transliterator?
    private let surnames: [Character: [String]]
    private let detector = LanguageDetector()
    /// The same names and tokens come back for every pair of sentences a document pair offers: each
    /// name is prepared once (`forgetNames` empties this between documents, to keep memory bounded).
    private var preparedMemo: [String: Prepared] = [:]
    private var coarseMemo: [String: [UInt8]] = [:]
    /// Romanizations of the Korean words of the names met (names of two words share them).
    private var koreanWordMemo: [Substring: (plain: String, revised: String, bare: String)] = [:]

    public init() throws {
        hangul = try HangulRomanizer()
        kana = try Transliterator("Katakana-Latin; Hiragana-Latin; Latin-ASCII")
        respelling = try Transliterator(name: "bitext-vi-ja", rules: Resources.text("Transliteration/vi-ja-respelling.txt"))
        japaneseToHangul = try? Transliterator("ja_Latn-ko")
        var table: [Character: [String]] = [:]
        for line in Resources.lines("Transliteration/ko-surnames.txt") {
            let cols = line.split(separator: "\t")
            if cols.count == 2, let c = cols[0].first { table[c] = cols[1].split(separator: " ").map(String.init) }
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
    struct Reading {
        var tokens: Int
        var straight: Keys
        var rotated: Keys
    }

    /// Coarse keys of one token order: per token and joined, and the same with every vowel alike.
    struct Keys {
        var text: String
        var coarse: [[UInt8]]
        var coarseJoined: [UInt8]
        var blind: [[UInt8]]
        var blindJoined: [UInt8]
    }

    /// A name made ready to compare with many others.
    public struct Prepared {
        var readings: [Reading]
        var hangul: Bool
        /// A name not in Hangul read as Japanese written in Hangul (Koizumi → 고이즈미), for Hangul names.
        var viaHangul: Reading?
    }

    public func match(_ a: String, _ la: LanguageCode? = nil, _ b: String, _ lb: LanguageCode? = nil) -> Match {
        match(prepare(a, la), prepare(b, lb))
    }

    /// The name's readings and keys, computed on first use and kept until `forgetNames`.
    public func prepare(_ name: String, _ language: LanguageCode? = nil) -> Prepared {
        let key = name + "\u{1F}" + (language?.tag ?? "")
        if let known = preparedMemo[key] { return known }
        let hangul = ScriptProfile(name).hangul > 0
        let value = Prepared(readings: romanizations(name, language).map(reading), hangul: hangul,
                             viaHangul: hangul ? nil : japaneseInHangul(name).map(reading))
        preparedMemo[key] = value
        return value
    }

    /// Empties the memo of prepared names (a batch calls this between document pairs).
    public func forgetNames() {
        preparedMemo.removeAll(keepingCapacity: true)
        coarseMemo.removeAll(keepingCapacity: true)
        koreanWordMemo.removeAll(keepingCapacity: true)
    }

    /// The best-scoring pair of readings. With `atLeast`, pairs that cannot reach it are not scored, and
    /// a result below it only says "not the same" (alignment anchors need no more).
    public func match(_ a: Prepared, _ b: Prepared, atLeast floor: Double = 0) -> Match {
        // A Latin-script name against a Hangul one: the Latin name is also read as Japanese in Hangul.
        let xExtra = !a.hangul && b.hangul ? a.viaHangul : nil
        let yExtra = a.hangul && !b.hangul ? b.viaHangul : nil
        // The readings of each side, the extra one last, read by index (no arrays built per match).
        let xCount = a.readings.count + (xExtra == nil ? 0 : 1), yCount = b.readings.count + (yExtra == nil ? 0 : 1)
        func xAt(_ k: Int) -> Reading { k < a.readings.count ? a.readings[k] : xExtra! }
        func yAt(_ k: Int) -> Reading { k < b.readings.count ? b.readings[k] : yExtra! }
        let xTokenCounts = (0..<xCount).map { xAt($0).tokens }, yTokenCounts = (0..<yCount).map { yAt($0).tokens }
        var best: (score: Double, x: Keys?, y: Keys?) = (0, nil, nil)
        for xi in 0..<xCount {
            let x = xAt(xi)
            for yi in 0..<yCount {
                let y = yAt(yi)
                // Where a name also reads as family name + given name, compare that reading with a
                // name of as many parts, not the run-together one (김정일 is not Kim Jong-un).
                if x.tokens != y.tokens, xTokenCounts.contains(y.tokens) || yTokenCounts.contains(x.tokens) { continue }
                for order in 0..<3 {
                    // Straight against straight, then either side's last token moved to the front.
                    let cx = order == 1 ? x.rotated : x.straight, cy = order == 2 ? y.rotated : y.straight
                    // A pair whose key lengths alone keep it below the best so far cannot change the result.
                    let bar = max(best.score, floor - 1e-9)
                    let coarseBound = NameSimilarity.bound(cx.coarseJoined.count, cy.coarseJoined.count)
                    let blindBound = NameMatcher.vowelBlindWeight * NameSimilarity.bound(cx.blindJoined.count, cy.blindJoined.count)
                    if coarseBound <= bar && blindBound <= bar { continue }
                    var s = coarseBound > bar ? NameSimilarity.score(cx.coarse, joined: cx.coarseJoined, cy.coarse, joined: cy.coarseJoined) : 0
                    // Vowels differ most between a name and its transcription (Kurt = 커트 keoteu): a key
                    // with every vowel alike counts too, a little less.
                    if cx.coarseJoined.count >= 3 && cy.coarseJoined.count >= 3 && s < 1 && blindBound > max(bar, s) {
                        s = max(s, NameMatcher.vowelBlindWeight * NameSimilarity.score(cx.blind, joined: cx.blindJoined, cy.blind, joined: cy.blindJoined))
                    }
                    if s > best.score { best = (s, cx, cy) }
                }
            }
        }
        return Match(score: best.score, left: best.x?.text ?? "", right: best.y?.text ?? "")
    }

    private func reading(_ tokens: [String]) -> Reading {
        Reading(tokens: tokens.count, straight: keys(tokens),
                rotated: tokens.count > 1 ? keys([tokens[tokens.count - 1]] + tokens.dropLast()) : keys(tokens))
    }

    private func keys(_ tokens: [String]) -> Keys {
        let coarseBytes = tokens.map { token -> [UInt8] in
            if let known = coarseMemo[token] { return known }
            let value = NameMatcher.coarse(Array(token.utf8))
            coarseMemo[token] = value
            return value
        }
        let blindBytes = coarseBytes.map(NameMatcher.vowelBlind)
        return Keys(text: tokens.joined(separator: " "), coarse: coarseBytes, coarseJoined: coarseBytes.flatMap { $0 },
                    blind: blindBytes, blindJoined: blindBytes.flatMap { $0 })
    }

    /// Candidate romanizations of a name, each a list of lower-case ASCII tokens.
    public func romanizations(_ name: String, _ language: LanguageCode? = nil) -> [[String]] {
        let profile = ScriptProfile(name)
        if profile.hangul > 0 { return korean(name) }
        if profile.kana > 0 { return [words(name).map { LatinFolding.fold(kana.apply(String($0))) }.map(lettersOnly)] }
        var out = [words(name).map { lettersOnly(LatinFolding.fold($0)) }]
        let lang = language ?? detector.detect(name)
        // Hyphenated syllables are how Vietnamese respells foreign names; try them as Hepburn too.
        if lang?.primary == "vi" || name.contains("-") && profile.vietnamese > 0 {
            out.append(words(name).map { lettersOnly(respelling.apply(String($0))) })
        }
        return out.filter { !$0.isEmpty && !$0.allSatisfy(\.isEmpty) }
    }

    /// `Shinjiro Koizumi` → 신지로 고이즈미 → sinjilo goijeumi, word by word (ICU turns a final n before
    /// punctuation into a stray jamo otherwise).
    private func japaneseInHangul(_ latin: String) -> [String]? {
        guard let t = japaneseToHangul else { return nil }
        let parts = words(latin).map { w -> String in
            let hangul = t.apply(LatinFolding.fold(w).filter { $0.isLetter })
            return hangul.unicodeScalars.allSatisfy({ Script.of($0) == .hangul }) ? syllables(hangul) : ""
        }
        return parts.contains("") || parts.isEmpty ? nil : parts
    }

    private func korean(_ name: String) -> [[String]] {
        let ws = words(name)
        let forms = ws.map(koreanWord)
        var out: [[String]] = [forms.map(\.plain)]
        // Place names are written in Revised Romanization with its sound changes (백령도 → baengnyeongdo).
        let revised = forms.map(\.revised)
        if revised != out[0] { out.append(revised) }
        // Loanwords insert ㅡ (eu) to carry consonant clusters (블루 = blue, 피트 = Pete): try without it.
        let bare = forms.map(\.bare)
        if bare != out[0] { out.append(bare) }
        // A single word of two to four syllables is a Korean personal name: family name first.
        if ws.count == 1, let first = ws[0].first, (2...4).contains(ws[0].count), let spellings = surnames[first] {
            let given = syllables(String(ws[0].dropFirst()))
            for s in spellings { out.append([s, given]) }
        }
        return out
    }

    private func koreanWord(_ word: Substring) -> (plain: String, revised: String, bare: String) {
        if let known = koreanWordMemo[word] { return known }
        let value = (syllables(String(word)), lettersOnly(RevisedRomanization.romanize(String(word))), syllables(String(word), dropEpenthetic: true))
        koreanWordMemo[word] = value
        return value
    }

    /// Romanized syllable by syllable, final consonants unvoiced as in Revised Romanization (백 → baek).
    /// With `dropEpenthetic`, a syllable ending in ㅡ without a final consonant loses its vowel, and a
    /// word-initial 응 reads ng (응우옌 = Nguyen).
    private func syllables(_ word: String, dropEpenthetic: Bool = false) -> String {
        word.enumerated().map { (index, ch) -> String in
            var r = hangul.syllable(ch)
            if dropEpenthetic {
                if index == 0 && ch == "응" { return "ng" }
                if r.count > 2, r.hasSuffix("eu"), index > 0 || word.count > 1 { return String(r.dropLast(2)) }
                // 블 (beul), 슨 (seun): the vowel only carries the cluster.
                if r.count > 3, let range = r.range(of: "eu"), range.lowerBound != r.startIndex, r.distance(from: r.startIndex, to: range.lowerBound) <= 2 {
                    r.removeSubrange(range)
                }
            }
            // Romanizations are ASCII letters: bytes count them.
            if r.utf8.count > 1, !r.hasSuffix("ng"), let last = r.utf8.last {
                switch last {
                case UInt8(ascii: "g"): r = String(r.dropLast()) + "k"
                case UInt8(ascii: "b"): r = String(r.dropLast()) + "p"
                case UInt8(ascii: "d"): r = String(r.dropLast()) + "t"
                default: break
                }
            }
            return r
        }.joined()
    }

    /// A Hangul text romanized syllable by syllable (other characters kept), as the blocking keys want it.
    public func romanizedHangul(_ text: String) -> String { hangul.romanize(text) }

    private func words(_ name: String) -> [Substring] {
        name.split(whereSeparator: { $0.isWhitespace || $0 == "·" || $0 == "・" || $0 == "," })
    }

    private func lettersOnly(_ s: String) -> String {
        // ASCII (romanizations mostly are): the letters, lower-cased, read from the bytes.
        if UTF8Scan.isASCII(s) {
            return String(decoding: s.utf8.lazy.filter { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }.map { $0 | 0x20 }, as: UTF8.self)
        }
        return s.lowercased().filter { $0.isASCII && $0.isLetter }
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
