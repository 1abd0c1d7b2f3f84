/// Revised Romanization of Korean with the sound changes place names are written with:
/// 백령도 → baengnyeongdo, 신라 → silla, 종로 → jongno, 한국어 → hangugeo. (ICU's Hangul-Latin spells
/// letter by letter: baeglyeongdo.)
public enum RevisedRomanization {
    static let initials = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
    static let medials = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"]
    /// Final consonants before a pause: only k, n, t, l, m, p, ng are heard.
    static let finals = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"]
    /// The same finals carried over to a following vowel (liaison): 한국어 → hangugeo.
    static let liaison = ["", "g", "kk", "gs", "n", "nj", "nh", "d", "r", "lg", "lm", "lb", "ls", "lt", "lp", "lh", "m", "b", "bs", "s", "ss", "ng", "j", "ch", "k", "t", "p", "h"]

    public static func romanize(_ word: String) -> String {
        var syllables: [(i: Int, m: Int, f: Int)] = []
        var out = ""
        func flush() {
            for (k, s) in syllables.enumerated() {
                var initial = initials[s.i]
                if k > 0 { initial = assimilatedInitial(previousFinal: syllables[k - 1].f, initial: s.i) }
                else if s.i == 5 { initial = "r" }
                out += initial + medials[s.m]
                if k + 1 < syllables.count {
                    out += assimilatedFinal(final: s.f, nextInitial: syllables[k + 1].i)
                } else {
                    out += finals[s.f]
                }
            }
            syllables = []
        }
        for scalar in word.unicodeScalars {
            let v = Int(scalar.value)
            if (0xAC00...0xD7A3).contains(v) {
                let index = v - 0xAC00
                syllables.append((index / 588, (index % 588) / 28, index % 28))
            } else {
                flush()
                out.unicodeScalars.append(scalar)
            }
        }
        flush()
        return out
    }

    /// Final consonant classes: 1 = k, 2 = t, 3 = p, 4 = l, 5 = n, 6 = m, 7 = ng, 0 = none.
    static func finalClass(_ f: Int) -> Int {
        switch finals[f] {
        case "k": 1
        case "t": 2
        case "p": 3
        case "l": 4
        case "n": 5
        case "m": 6
        case "ng": 7
        default: 0
        }
    }

    static func assimilatedFinal(final f: Int, nextInitial i: Int) -> String {
        if f == 0 { return "" }
        if i == 11 { return liaison[f] == "ng" ? "ng" : liaison[f] }    // ㅇ: the final moves to the next syllable
        let c = finalClass(f)
        switch i {
        case 2, 6:                                                  // ㄴ ㅁ: nasalisation
            return [1: "ng", 2: "n", 3: "m", 4: i == 2 ? "l" : "l"][c] ?? finals[f]
        case 5:                                                     // ㄹ
            return [1: "ng", 3: "m", 5: "l", 4: "l"][c] ?? finals[f]
        default:
            return finals[f]
        }
    }

    static func assimilatedInitial(previousFinal f: Int, initial i: Int) -> String {
        let c = finalClass(f)
        if f != 0 && i == 11 { return "" }                         // liaison handled on the final
        if i == 5 {                                                 // ㄹ
            if c == 4 || c == 5 { return "l" }                      // 신라 silla, 설날 seollal
            if c != 0 { return "n" }                                // 종로 jongno, 백령 baengnyeong
            return "r"
        }
        if i == 2, c == 4 { return "l" }                            // ㄹ + ㄴ → ll
        return initials[i]
    }
}
