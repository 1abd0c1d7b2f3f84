/// A consonant skeleton of a romanized name, coarse enough that a name and its Korean or
/// Vietnamese rendering meet: "Koizumi" and 고이즈미 (goijeumi) both give `KJM`,
/// "Black Eagles" and 블랙 이글스 give `PLK`,`KLS`. Vowels, h, w and y are dropped (they vary most
/// between romanizations); voiced and voiceless pairs merge; repeats collapse.
public enum PhoneticKey {
    public static func key(_ text: some StringProtocol) -> String {
        let letters = Array(LatinFolding.fold(text).unicodeScalars.filter { $0.value >= 0x61 && $0.value <= 0x7A }.map { Character($0) })
        var out: [Character] = []
        var i = 0
        func emit(_ c: Character) { if out.last != c { out.append(c) } }
        while i < letters.count {
            let c = letters[i]
            let next = i + 1 < letters.count ? letters[i + 1] : " "
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
                if "aeiou".contains(c), let last = out.last, last != "-" { out.append("-") }
            }
            i += 1
        }
        return String(out.filter { $0 != "-" })
    }
}
