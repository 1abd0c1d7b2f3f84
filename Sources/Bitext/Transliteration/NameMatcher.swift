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

    private let hangul: Transliterator
    private let kana: Transliterator
    private let respelling: Transliterator
    /// Korea's official rules for Japanese names in Hangul (Koizumi → 고이즈미); nil where ICU lacks them.
    private let japaneseToHangul: Transliterator?
    private let surnames: [Character: [String]]
    private let detector = LanguageDetector()
    /// The same names and tokens come back for every pair of sentences a document pair offers:
    /// their romanizations and keys are computed once per matcher.
    private var romanizationMemo: [String: [[String]]] = [:]
    private var coarseMemo: [String: String] = [:]
    private var vowelBlindMemo: [String: String] = [:]

    public init() throws {
        hangul = try Transliterator("Hangul-Latin; Latin-ASCII")
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

    public func match(_ a: String, _ la: LanguageCode? = nil, _ b: String, _ lb: LanguageCode? = nil) -> Match {
        var best = Match(score: 0, left: "", right: "")
        var xs = memoizedRomanizations(a, la), ys = memoizedRomanizations(b, lb)
        // A Latin-script name against a Hangul one: also read the Latin name as Japanese written in Hangul.
        let aHangul = ScriptProfile(a).hangul > 0, bHangul = ScriptProfile(b).hangul > 0
        if aHangul != bHangul {
            let latin = aHangul ? b : a
            if let viaHangul = japaneseInHangul(latin) {
                if aHangul { ys.append(viaHangul) } else { xs.append(viaHangul) }
            }
        }
        for x in xs {
            for y in ys {
                // Where a name also reads as family name + given name, compare that reading with a
                // name of as many parts, not the run-together one (김정일 is not Kim Jong-un).
                if x.count != y.count, xs.contains(where: { $0.count == y.count }) || ys.contains(where: { $0.count == x.count }) { continue }
                for (xo, yo) in [(x, y), (rotated(x), y), (x, rotated(y))] {
                    // Vowels differ most between a name and its transcription (Kurt = 커트 keoteu): a key
                    // with every vowel alike counts too, a little less.
                    let cx = xo.map(coarseKey), cy = yo.map(coarseKey)
                    var s = NameMatcher.score(cx, cy)
                    if cx.joined().count >= 3 && cy.joined().count >= 3 {
                        s = max(s, NameMatcher.vowelBlindWeight * NameMatcher.score(cx.map(vowelBlindKey), cy.map(vowelBlindKey)))
                    }
                    if s > best.score { best = Match(score: s, left: xo.joined(separator: " "), right: yo.joined(separator: " ")) }
                }
            }
        }
        return best
    }

    private func memoizedRomanizations(_ name: String, _ language: LanguageCode?) -> [[String]] {
        let key = name + "\u{1F}" + (language?.tag ?? "")
        if let known = romanizationMemo[key] { return known }
        let value = romanizations(name, language)
        romanizationMemo[key] = value
        return value
    }

    private func coarseKey(_ token: String) -> String {
        if let known = coarseMemo[token] { return known }
        let value = NameMatcher.coarse(token)
        coarseMemo[token] = value
        return value
    }

    private func vowelBlindKey(_ token: String) -> String {
        if let known = vowelBlindMemo[token] { return known }
        let value = NameMatcher.vowelBlind(token)
        vowelBlindMemo[token] = value
        return value
    }

    private func rotated(_ tokens: [String]) -> [String] {
        tokens.count > 1 ? [tokens[tokens.count - 1]] + tokens.dropLast() : tokens
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
        var out: [[String]] = [ws.map { syllables(String($0)) }]
        // Place names are written in Revised Romanization with its sound changes (백령도 → baengnyeongdo).
        let revised = ws.map { lettersOnly(RevisedRomanization.romanize(String($0))) }
        if revised != out[0] { out.append(revised) }
        // Loanwords insert ㅡ (eu) to carry consonant clusters (블루 = blue, 피트 = Pete): try without it.
        let bare = ws.map { syllables(String($0), dropEpenthetic: true) }
        if bare != out[0] { out.append(bare) }
        // A single word of two to four syllables is a Korean personal name: family name first.
        if ws.count == 1, let first = ws[0].first, (2...4).contains(ws[0].count), let spellings = surnames[first] {
            let given = syllables(String(ws[0].dropFirst()))
            for s in spellings { out.append([s, given]) }
        }
        return out
    }

    /// Romanized syllable by syllable, final consonants unvoiced as in Revised Romanization (백 → baek).
    /// With `dropEpenthetic`, a syllable ending in ㅡ without a final consonant loses its vowel, and a
    /// word-initial 응 reads ng (응우옌 = Nguyen).
    private func syllables(_ word: String, dropEpenthetic: Bool = false) -> String {
        word.enumerated().map { (index, ch) -> String in
            var r = lettersOnly(hangul.apply(String(ch)))
            if dropEpenthetic {
                if index == 0 && ch == "응" { return "ng" }
                if r.count > 2, r.hasSuffix("eu"), index > 0 || word.count > 1 { return String(r.dropLast(2)) }
                // 블 (beul), 슨 (seun): the vowel only carries the cluster.
                if r.count > 3, let range = r.range(of: "eu"), range.lowerBound != r.startIndex, r.distance(from: r.startIndex, to: range.lowerBound) <= 2 {
                    r.removeSubrange(range)
                }
            }
            if r.count > 1, !r.hasSuffix("ng"), let last = r.last, let fix = ["g": "k", "b": "p", "d": "t"][String(last)] {
                r = String(r.dropLast()) + fix
            }
            return r
        }.joined()
    }

    private func words(_ name: String) -> [Substring] {
        name.split(whereSeparator: { $0.isWhitespace || $0 == "·" || $0 == "・" || $0 == "," })
    }

    private func lettersOnly(_ s: String) -> String { s.lowercased().filter { $0.isASCII && $0.isLetter } }

    /// Merges what romanizations of one name disagree on: voiced/voiceless pairs, l/r, eo/eu, long
    /// vowels, h, w and y glides, doubled letters.
    public static func coarse(_ token: String) -> String {
        // A post-vocalic r is silent in the transcriptions (Kurt = 커트, Esper = 에스퍼): an r after
        // a, e, i, o or u and before anything but a vowel or y goes. (By hand: a regular expression
        // compiled per token was most of a batch's time.)
        let letters = Array(token)
        var kept: [Character] = []
        kept.reserveCapacity(letters.count)
        for (i, c) in letters.enumerated() {
            if c == "r", i > 0, "aeiou".contains(letters[i - 1]), i + 1 == letters.count || !"aeiouy".contains(letters[i + 1]) { continue }
            kept.append(c)
        }
        var s = String(kept)
        for (from, to) in [("tch", "j"), ("sh", "s"), ("ch", "j"), ("ts", "j"), ("tz", "j"), ("ph", "p"), ("ck", "k"), ("kh", "k"),
                           ("th", "t"), ("eu", "u"), ("eo", "o"), ("ae", "e"), ("ee", "i"), ("oo", "u"), ("ou", "o"), ("oh", "o"),
                           ("wo", "o"), ("ei", "e"), ("ie", "i")] {
            s = s.replacing(from, with: to)
        }
        var out: [Character] = []
        for c in s {
            let mapped: Character?
            switch c {
            case "b", "p", "f", "v": mapped = "p"
            case "g", "k", "c", "q": mapped = "k"
            case "d", "t": mapped = "t"
            case "j", "z": mapped = "j"
            case "l", "r": mapped = "l"
            case "s", "x": mapped = "s"
            case "h": mapped = nil
            case "w": mapped = "u"
            case "y": mapped = "i"
            default: mapped = c
            }
            if let m = mapped, out.last != m { out.append(m) }
        }
        return String(out)
    }

    static let vowelBlindWeight = 0.95

    /// A coarse key with every run of vowels written `a`.
    static func vowelBlind(_ key: String) -> String {
        var out: [Character] = []
        for c in key {
            let m: Character = "aeiou".contains(c) ? "a" : c
            if !(m == "a" && out.last == "a") { out.append(m) }
        }
        return String(out)
    }

    /// Similarity of two names as lists of coarse tokens: of the whole, and when both have as many tokens,
    /// also of the worst-matching token (Nguyen Tan Dung is not Nguyen Tan Cuong).
    static func score(_ a: [String], _ b: [String]) -> Double {
        // Keys of one or two letters ("He", a bare vowel) match only themselves.
        if a.joined().count < 3 || b.joined().count < 3 { return a.joined() == b.joined() && !a.joined().isEmpty ? 1 : 0 }
        let whole = similarity(a.joined(), b.joined())
        guard a.count == b.count, a.count > 1 else { return whole }
        let worst = zip(a, b).map { similarity($0, $1) }.min() ?? 0
        return min(whole, worst + 0.1)
    }

    /// Mean of Jaro-Winkler and normalised edit-distance similarity.
    static func similarity(_ a: String, _ b: String) -> Double {
        if a.isEmpty || b.isEmpty { return 0 }
        if a == b { return 1 }
        let x = Array(a), y = Array(b)
        return 0.5 * jaroWinkler(x, y) + 0.5 * (1 - Double(levenshtein(x, y)) / Double(max(x.count, y.count)))
    }

    static func levenshtein(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count), current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    static func jaroWinkler(_ a: [Character], _ b: [Character]) -> Double {
        let window = max(0, max(a.count, b.count) / 2 - 1)
        var aMatched = [Bool](repeating: false, count: a.count), bMatched = [Bool](repeating: false, count: b.count)
        var matches = 0
        for i in a.indices {
            let lo = max(0, i - window), hi = min(b.count - 1, i + window)
            guard lo <= hi else { continue }
            for j in lo...hi where !bMatched[j] && a[i] == b[j] {
                aMatched[i] = true; bMatched[j] = true; matches += 1
                break
            }
        }
        if matches == 0 { return 0 }
        var transpositions = 0, k = 0
        for i in a.indices where aMatched[i] {
            while !bMatched[k] { k += 1 }
            if a[i] != b[k] { transpositions += 1 }
            k += 1
        }
        let m = Double(matches)
        let jaro = (m / Double(a.count) + m / Double(b.count) + (m - Double(transpositions) / 2) / m) / 3
        var prefix = 0
        while prefix < min(4, a.count, b.count) && a[prefix] == b[prefix] { prefix += 1 }
        return jaro + Double(prefix) * 0.1 * (1 - jaro)
    }
}
