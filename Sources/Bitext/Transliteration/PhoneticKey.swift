/// A consonant skeleton of a romanized name, coarse enough that a name and its Korean or
/// Vietnamese rendering meet: "Koizumi" and 고이즈미 (goijeumi) both give `KJM`,
/// "Black Eagles" and 블랙 이글스 give `PLK`,`KLS`. Vowels, h, w and y are dropped (they vary most
/// between romanizations); voiced and voiceless pairs merge; repeats collapse.
public enum PhoneticKey {
    public static func key(_ text: some StringProtocol) -> String {
        // Lower-case ASCII letters of the folded text (most names are ASCII already: no folding needed).
        var letters: [UInt8] = []
        letters.reserveCapacity(text.utf8.count)
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            for b in text.utf8 {
                let l = b | 0x20
                if (0x61...0x7A).contains(l), b >= 0x41 { letters.append(l) }
            }
        } else {
            for s in LatinFolding.fold(text).unicodeScalars where s.value >= 0x61 && s.value <= 0x7A { letters.append(UInt8(s.value)) }
        }
        let separator = UInt8(ascii: "-")
        var out: [UInt8] = []
        out.reserveCapacity(letters.count)
        func emit(_ c: Character) { let b = c.asciiValue!; if out.last != b { out.append(b) } }
        var i = 0
        while i < letters.count {
            let c = Character(Unicode.Scalar(letters[i]))
            let next = i + 1 < letters.count ? Character(Unicode.Scalar(letters[i + 1])) : " "
            switch (c, next) {
            case ("p", "h"): emit("P"); i += 2; continue
            case ("s", "h"): emit("S"); i += 2; continue
            case ("c", "h"), ("t", "s"), ("t", "z"): emit("J"); i += 2; continue
            case ("t", "h"): emit("T"); i += 2; continue
            case ("c", "k"): emit("K"); i += 2; continue
            default: break
            }
            switch c {
            case "b", "p", "f", "v": emit("P")
            case "c", "k", "g", "q": emit("K")
            case "d", "t": emit("T")
            case "j", "z": emit("J")
            case "s", "x": emit("S")
            case "l", "r": emit("L")
            case "m": emit("M")
            case "n": emit("N")
            default:
                // A vowel between two equal consonants keeps them apart ("Naha" has one N, "Nana" two).
                if "aeiou".contains(c), let last = out.last, last != separator { out.append(separator) }
            }
            i += 1
        }
        return String(decoding: out.lazy.filter { $0 != separator }, as: UTF8.self)
    }
}
